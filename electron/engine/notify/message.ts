/**
 * Turns a notice into words: title, one-line summary, labelled fields and a plain-text
 * body, with times in the user's time zone and addresses masked per channel. Channels with
 * rich formats (Discord embeds, Slack blocks) build on the fields; the rest send `text`.
 * Every word is the catalogue's (shared/i18n), in the channel's language: `words`.
 */
import type { WireReason } from '../../../shared/contract/reason';
import { type MessageId, type Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import { formatIdentity } from '../../../shared/identity';
import { natOf } from '../../../shared/nat';
import { maskedBlock, networkShiftWords } from '../../../shared/network-shift';
import type { MaskMode } from '../../../shared/notify-types';
import type { Family } from '../../../shared/types';
import { formatDuration } from '../../../shared/words/duration';
import { natChangeWords } from '../../../shared/words/nat';
import { formatTime, showAddress } from '../format/display';
import { ddnsBody, maskAddressesIn, maskAddressesInReason } from './ddns-message';
import { memoryBody } from './memory-message';
import { quietBody } from './quiet-message';
import { serviceBody } from './service-message';
import { siteBody } from './site-message';
import type { ChangeNotice, Message, Notice, ProviderNotice } from './types';

export interface RenderOptions {
  /** IANA zone; '' = the system's. */
  timezone: string;
  mask: MaskMode;
  /** The sending time, for "went offline 40 s ago"; the notice's own time when not given. */
  now?: number;
  /** The channel's language (its own setting, else the app's); English when not given. */
  words?: Translator;
}

const fam = (f: Family) => (f === 4 ? 'IPv4' : 'IPv6');

type Body = Pick<Message, 'title' | 'summary' | 'fields' | 'tone'>;

/** What every body needs: the options, the language, and addresses and durations in them. */
interface Say {
  o: RenderOptions;
  w: Translator;
  ip(a: string | null): string;
  span(ms: number): string;
  field(name: MessageId, value: string): { name: string; value: string };
}

function changeBody(n: ChangeNotice, { o, w, ip, span, field }: Say): Body {
  const family = fam(n.family);
  const fields = [
    field('notice.field.family', family),
    field('notice.field.oldAddress', ip(n.from)),
    field('notice.field.newAddress', ip(n.to)),
  ];
  if (n.fromSince !== null) fields.push(field('notice.field.oldAddressLasted', span(n.at - n.fromSince)));
  if (n.sources.length) fields.push(field('notice.field.confirmedBy', n.sources.join(', ')));
  // Who and where, not the address itself: shown under every mask.
  const network = formatIdentity(n.identity, w);
  const before = formatIdentity(n.fromIdentity, w);
  if (network) fields.push(field('notice.field.network', network));
  if (before && before !== network) fields.push(field('notice.field.oldNetwork', before));
  const said =
    o.mask === 'hidden'
      ? w.t('notice.changed.summaryHidden', { family })
      : w.t('notice.changed.summary', { family, from: ip(n.from), to: ip(n.to) });
  const summary = network ? w.t('notice.withNetwork', { summary: said, network }) : said;
  return { title: w.t('notice.changed.title', { family }), summary, fields, tone: 'info' };
}

/** A change of network: where the address now comes from, the address itself masked as any. */
function providerBody(n: ProviderNotice, { o, w, ip, field }: Say): Body {
  const family = fam(n.family);
  const now = formatIdentity(n.toNetwork, w) || w.t('notice.provider.unknownNetwork');
  const before = formatIdentity(n.fromNetwork, w) || w.t('notice.provider.unknownNetwork');
  // A block names where the address is: masked as the address is.
  const block = maskedBlock(ip, o.mask === 'hidden');
  const shift = n.shift ? [field('notice.field.networkShift', networkShiftWords(n.shift, w, block))] : [];
  return {
    title: w.t(n.shift?.kind === 'block' ? 'notice.provider.blockTitle' : 'notice.provider.title', { family }),
    summary: w.t('notice.provider.summary', { family, now, before }),
    fields: [
      ...shift,
      field('notice.field.network', now),
      field('notice.field.oldNetwork', before),
      field('notice.field.newAddress', ip(n.address)),
    ],
    tone: n.toNetwork.vpn ? 'warn' : 'info',
  };
}

/** A change that came back: this machine's address left and returned within the flap window. */
function flapBody(n: Extract<Notice, { kind: 'flap' }>, { o, w, ip, span, field }: Say): Body {
  const family = fam(n.family);
  const duration = span(n.viaMs);
  return {
    title: w.t('notice.flap.title', { family }),
    summary:
      o.mask === 'hidden'
        ? w.t('notice.flap.summaryHidden', { family, duration })
        : w.t('notice.flap.summary', { family, address: ip(n.address), via: ip(n.via), duration }),
    fields: [
      field('notice.field.family', family),
      field('notice.field.address', ip(n.address)),
      field('notice.field.briefly', ip(n.via)),
      field('notice.field.for', duration),
      ...(n.sources.length ? [field('notice.field.confirmedBy', n.sources.join(', '))] : []),
    ],
    tone: 'warn',
  };
}

/** The notices of this machine's connection and detection: offline, online, degraded, frequent changes. */
function connectionBody(
  n: Extract<Notice, { kind: 'offline' | 'online' | 'degraded' | 'frequent-changes' }>,
  { o, w, span, field }: Say,
): Body {
  switch (n.kind) {
    case 'offline':
      return {
        title: w.t('notice.offline.title'),
        summary: w.t('notice.offline.summary', {
          since: formatTime(n.since, o.timezone, w.language),
          duration: span(n.at - n.since),
        }),
        fields: [field('notice.field.cause', n.cause)],
        tone: 'bad',
      };
    case 'online':
      return {
        title: w.t('notice.online.title'),
        summary: w.t('notice.online.summary', { duration: span(n.offlineMs) }),
        fields: [field('notice.field.outage', span(n.offlineMs))],
        tone: 'good',
      };
    case 'degraded':
      return n.degraded
        ? {
            title: w.t('notice.degraded.title'),
            summary: w.t('notice.degraded.summary', { reason: n.reason }),
            fields: [],
            tone: 'warn',
          }
        : {
            title: w.t('notice.recovered.title'),
            summary: w.t('notice.recovered.summary', { reason: n.reason }),
            fields: [],
            tone: 'good',
          };
    case 'frequent-changes':
      return {
        title: w.t('notice.frequent.title', { family: fam(n.family) }),
        summary: w.t('notice.frequent.summary', { count: n.count, duration: span(n.windowSec * 1000) }),
        fields: [],
        tone: 'warn',
      };
  }
}

function body(n: Notice, say: Say): Body {
  const { o, w, ip, field } = say;
  switch (n.kind) {
    case 'ipv4-changed':
    case 'ipv6-changed':
      return changeBody(n, say);
    case 'flap':
      return flapBody(n, say);
    case 'offline':
    case 'online':
    case 'degraded':
    case 'frequent-changes':
      return connectionBody(n, say);
    case 'started':
      return {
        title: w.t('notice.started.title'),
        summary: w.t('notice.started.summary'),
        fields: [field('notice.field.ipv4', ip(n.v4)), field('notice.field.ipv6', ip(n.v6))],
        tone: 'info',
      };
    case 'nat-changed': {
      const words = natChangeWords(n.from, n.to, w);
      return {
        ...words,
        fields: [
          field('notice.field.before', natOf(n.from, w).label),
          field('notice.field.now', natOf(n.to, w).label),
          field('notice.field.routerAddress', ip(n.routerAddress)),
          field('notice.field.publicIpv4', ip(n.publicAddress)),
          field('notice.field.meaning', natOf(n.to, w).detail),
        ],
      };
    }
    case 'provider-changed':
      return providerBody(n, say);
    case 'service-down':
    case 'service-up':
      return serviceBody(n, w);
    case 'ddns-stopped':
    case 'ddns-waiting':
    case 'ddns-failed':
    case 'ddns-in-step':
      return ddnsBody(n, o, w);
    case 'site-changed':
    case 'site-offline':
    case 'site-online':
      return siteBody(n, o, w);
    case 'memory-high':
      return memoryBody(n, w);
    case 'test':
      return { title: w.t('notice.test.title'), summary: w.t('notice.test.summary'), fields: [], tone: 'info' };
    case 'quiet-summary':
      return quietBody(n, o.timezone, w, (held) => body(held, say).summary);
  }
}

export function renderMessage(n: Notice, o: RenderOptions): Message {
  const w = o.words ?? english;
  const say: Say = {
    o,
    w,
    ip: (a) => showAddress(a, o.mask, w),
    span: (ms) => formatDuration(ms, 2, w),
    field: (name, value) => ({ name: w.t(name), value }),
  };
  const b = body(n, say);
  const time = formatTime(n.at, o.timezone, w.language);
  const fields = [...b.fields, say.field('notice.field.time', time)];
  const text = [b.summary, ...fields.map((f) => w.t('notice.line', f))].join('\n');
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
    if (k === 'reason' && n.kind.startsWith('ddns-') && typeof v === 'object' && v !== null) {
      out[k] = maskAddressesInReason(v as WireReason, mask);
      continue;
    }
    // A quiet window's summary: each notice it held masked as it would have been on its own.
    if (k === 'notices' && n.kind === 'quiet-summary') {
      out[k] = n.notices.map((held) => noticeData(held, mask));
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
