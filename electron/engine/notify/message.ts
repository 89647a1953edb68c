/**
 * Turns a notice into words: title, one-line summary, labelled fields and a plain-text
 * body, with times in the user's time zone and addresses masked per channel. Channels with
 * rich formats (Discord embeds, Slack blocks) build on the fields; the rest send `text`.
 */
import { formatIdentity } from '../../../shared/identity';
import { natOf } from '../../../shared/nat';
import type { MaskMode } from '../../../shared/notify-types';
import type { Family } from '../../../shared/types';
import { formatDuration } from '../../../shared/words/duration';
import { natChangeWords } from '../../../shared/words/nat';
import { formatTime, showAddress } from '../format/display';
import { ddnsBody, maskAddressesIn } from './ddns-message';
import { serviceBody } from './service-message';
import { siteBody } from './site-message';
import type { ChangeNotice, Message, Notice, ProviderNotice } from './types';

export interface RenderOptions {
  /** IANA zone; '' = the system's. */
  timezone: string;
  mask: MaskMode;
  /** The sending time, for "went offline 40 s ago"; the notice's own time when not given. */
  now?: number;
}

const fam = (f: Family) => (f === 4 ? 'IPv4' : 'IPv6');

type Body = Pick<Message, 'title' | 'summary' | 'fields' | 'tone'>;

function changeBody(n: ChangeNotice, o: RenderOptions): Body {
  const ip = (a: string | null) => showAddress(a, o.mask);
  const hidden = o.mask === 'hidden';
  const fields = [
    { name: 'Family', value: fam(n.family) },
    { name: 'Old address', value: ip(n.from) },
    { name: 'New address', value: ip(n.to) },
  ];
  if (n.fromSince !== null) fields.push({ name: 'Old address lasted', value: formatDuration(n.at - n.fromSince) });
  if (n.sources.length) fields.push({ name: 'Confirmed by', value: n.sources.join(', ') });
  // Who and where, not the address itself: shown under every mask.
  const network = formatIdentity(n.identity);
  const before = formatIdentity(n.fromIdentity);
  if (network) fields.push({ name: 'Network', value: network });
  if (before && before !== network) fields.push({ name: 'Old network', value: before });
  const summary =
    (hidden ? `Your public ${fam(n.family)} address changed.` : `${fam(n.family)} ${ip(n.from)} → ${ip(n.to)}`) +
    (network ? ` (${network})` : '');
  return { title: `Public ${fam(n.family)} address changed`, summary, fields, tone: 'info' };
}

/** A change of network: where the address now comes from, the address itself masked as any. */
function providerBody(n: ProviderNotice, ip: (a: string | null) => string): Body {
  const now = formatIdentity(n.toNetwork) || 'an unknown network';
  const before = formatIdentity(n.fromNetwork) || 'an unknown network';
  return {
    title: `${fam(n.family)} network changed`,
    summary: `Your ${fam(n.family)} address now comes from ${now} (was ${before}).`,
    fields: [
      { name: 'Network', value: now },
      { name: 'Old network', value: before },
      { name: 'New address', value: ip(n.address) },
    ],
    tone: n.toNetwork.vpn ? 'warn' : 'info',
  };
}

/** A change that came back: this machine's address left and returned within the flap window. */
function flapBody(n: Extract<Notice, { kind: 'flap' }>, o: RenderOptions): Body {
  const ip = (a: string | null) => showAddress(a, o.mask);
  const hidden = o.mask === 'hidden';
  return {
    title: `Public ${fam(n.family)} address flapped`,
    summary: hidden
      ? `Your ${fam(n.family)} address changed and came back within ${formatDuration(n.viaMs)}.`
      : `${fam(n.family)} ${ip(n.address)} → ${ip(n.via)} → ${ip(n.address)} within ${formatDuration(n.viaMs)}`,
    fields: [
      { name: 'Family', value: fam(n.family) },
      { name: 'Address', value: ip(n.address) },
      { name: 'Briefly', value: ip(n.via) },
      { name: 'For', value: formatDuration(n.viaMs) },
      ...(n.sources.length ? [{ name: 'Confirmed by', value: n.sources.join(', ') }] : []),
    ],
    tone: 'warn',
  };
}

function body(n: Notice, o: RenderOptions): Body {
  const ip = (a: string | null) => showAddress(a, o.mask);
  switch (n.kind) {
    case 'ipv4-changed':
    case 'ipv6-changed':
      return changeBody(n, o);
    case 'flap':
      return flapBody(n, o);
    case 'offline':
      return {
        title: 'Offline',
        summary: `No connection since ${formatTime(n.since, o.timezone)} (${formatDuration(n.at - n.since)}).`,
        fields: [{ name: 'Cause', value: n.cause }],
        tone: 'bad',
      };
    case 'online':
      return {
        title: 'Back online',
        summary: `Back online after ${formatDuration(n.offlineMs)} offline.`,
        fields: [{ name: 'Outage', value: formatDuration(n.offlineMs) }],
        tone: 'good',
      };
    case 'degraded':
      return n.degraded
        ? {
            title: 'IP detection degraded',
            summary: `Address changes may go unnoticed: ${n.reason}.`,
            fields: [],
            tone: 'warn',
          }
        : {
            title: 'IP detection back to normal',
            summary: `Detection recovered: ${n.reason}.`,
            fields: [],
            tone: 'good',
          };
    case 'frequent-changes':
      return {
        title: `Frequent ${fam(n.family)} changes`,
        summary: `${n.count} changes within ${formatDuration(n.windowSec * 1000)}: the connection looks flaky.`,
        fields: [],
        tone: 'warn',
      };
    case 'started':
      return {
        title: 'IPWatch started',
        summary: 'Monitoring your public addresses.',
        fields: [
          { name: 'IPv4', value: ip(n.v4) },
          { name: 'IPv6', value: ip(n.v6) },
        ],
        tone: 'info',
      };
    case 'nat-changed': {
      const words = natChangeWords(n.from, n.to);
      return {
        ...words,
        fields: [
          { name: 'Before', value: natOf(n.from).label },
          { name: 'Now', value: natOf(n.to).label },
          { name: "Router's external address", value: ip(n.routerAddress) },
          { name: 'Public IPv4 address', value: ip(n.publicAddress) },
          { name: 'What it means', value: natOf(n.to).detail },
        ],
      };
    }
    case 'provider-changed':
      return providerBody(n, ip);
    case 'service-down':
    case 'service-up':
      return serviceBody(n);
    case 'ddns-stopped':
    case 'ddns-waiting':
    case 'ddns-failed':
    case 'ddns-in-step':
      return ddnsBody(n, o);
    case 'site-changed':
    case 'site-offline':
    case 'site-online':
      return siteBody(n, o);
    case 'test':
      return {
        title: 'IPWatch test notification',
        summary: 'If you can read this, the channel works.',
        fields: [],
        tone: 'info',
      };
  }
}

export function renderMessage(n: Notice, o: RenderOptions): Message {
  const b = body(n, o);
  const time = formatTime(n.at, o.timezone);
  const fields = [...b.fields, { name: 'Time', value: time }];
  const text = [b.summary, ...fields.map((f) => `${f.name}: ${f.value}`)].join('\n');
  return { ...b, fields, text, time };
}

const ADDRESS_FIELDS = new Set(['from', 'to', 'address', 'via', 'v4', 'v6']);
/** A NAT change's `from` and `to` are verdicts; its addresses are these. */
const NAT_ADDRESS_FIELDS = new Set(['routerAddress', 'publicAddress']);

/**
 * The notice's own fields for machine consumers (webhook payload, MQTT event), addresses
 * masked like the text. The internal key is left out: the idempotency key stands for it.
 */
const maskOrNull = (a: string | null, mask: MaskMode) => (a === null ? null : showAddress(a, mask));

export function noticeData(n: Notice, mask: MaskMode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const addresses = n.kind === 'nat-changed' ? NAT_ADDRESS_FIELDS : ADDRESS_FIELDS;
  for (const [k, v] of Object.entries(n)) {
    if (k === 'key') continue;
    // A DNS record's why can quote a server's answer: its addresses are masked in the text.
    if (k === 'why' && n.kind.startsWith('ddns-') && typeof v === 'string') {
      out[k] = maskAddressesIn(v, mask);
      continue;
    }
    // Another site's address changes: each one's addresses masked as this machine's are.
    if (k === 'changes' && n.kind === 'site-changed') {
      out[k] = n.changes.map((c) => ({ ...c, from: maskOrNull(c.from, mask), to: maskOrNull(c.to, mask) }));
      continue;
    }
    out[k] = addresses.has(k) && (typeof v === 'string' || v === null) ? (v === null ? null : showAddress(v, mask)) : v;
  }
  return out;
}
