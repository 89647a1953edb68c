/**
 * The notices in a channel's language (RenderOptions.words): every kind rendered in the
 * pseudo-language shows no visible text outside a marker, but for the values the test gave it
 * (addresses, names, the engine's own reasons, times); German and Indonesian read as written.
 */
import { describe, expect, it } from 'vitest';

import { formatTime } from '../../../../electron/engine/format/display';
import { renderMessage } from '../../../../electron/engine/notify/message';
import type {
  DdnsNotice,
  MemoryNotice,
  Notice,
  NoticeKind,
  SiteNotice,
} from '../../../../electron/engine/notify/types';
import { english, translator } from '../../../../shared/i18n/translators';
import type { NetworkIdentity } from '../../../../shared/identity';
import { formatIdentity } from '../../../../shared/identity';
import { pseudoTranslator, unmarkedText } from '../../../helpers/pseudo-language';

const AT = Date.UTC(2026, 10, 23, 0, 40, 6);
const ISP: NetworkIdentity = { asn: 64500, org: 'Example ISP', country: 'DE', vpn: null };
const CLOUD: NetworkIdentity = { asn: 64511, org: 'Other Net', country: 'NL', vpn: null };

/** One notice of every kind (the typecheck says so), and variants, with the values a test can name. */
const NOTICES: Record<string, Notice> = {
  'ipv4-changed': {
    kind: 'ipv4-changed',
    key: 'k',
    at: AT,
    family: 4,
    from: '203.0.113.7',
    to: '198.51.100.4',
    fromSince: AT - 26 * 3600_000,
    sources: ['ipify', 'cloudflare'],
    identity: ISP,
    fromIdentity: CLOUD,
  },
  'ipv6-changed': {
    kind: 'ipv6-changed',
    key: 'k',
    at: AT,
    family: 6,
    from: null,
    to: '2001:db8::5',
    fromSince: null,
    sources: [],
  },
  flap: {
    kind: 'flap',
    key: 'k',
    at: AT,
    family: 4,
    address: '203.0.113.7',
    via: '198.51.100.4',
    viaMs: 95_000,
    sources: ['ipify'],
  },
  offline: { kind: 'offline', key: 'k', at: AT, since: AT - 90_000, cause: 'no route to the sources' },
  online: { kind: 'online', key: 'k', at: AT, offlineMs: 300_000 },
  degraded: { kind: 'degraded', key: 'k', at: AT, degraded: true, reason: 'one source left' },
  'degraded-recovered': { kind: 'degraded', key: 'k', at: AT, degraded: false, reason: 'two sources agree' },
  'frequent-changes': { kind: 'frequent-changes', key: 'k', at: AT, family: 6, count: 4, windowSec: 3600 },
  started: { kind: 'started', key: 'k', at: AT, v4: '203.0.113.7', v6: null },
  'nat-changed': {
    kind: 'nat-changed',
    key: 'k',
    at: AT,
    from: 'nat',
    to: 'cgnat',
    routerAddress: '100.64.0.9',
    publicAddress: '203.0.113.7',
  },
  'provider-changed': {
    kind: 'provider-changed',
    key: 'k',
    at: AT,
    family: 4,
    address: '203.0.113.7',
    fromNetwork: CLOUD,
    toNetwork: ISP,
  },
  'service-down': {
    kind: 'service-down',
    key: 'k',
    at: AT,
    monitor: 'm',
    name: 'nas',
    why: 'connection refused',
    afterChange: true,
    downForMs: null,
  },
  'service-up': {
    kind: 'service-up',
    key: 'k',
    at: AT,
    monitor: 'm',
    name: 'nas',
    why: null,
    afterChange: false,
    downForMs: 125_000,
  },
  'ddns-stopped': ddns('ddns-stopped'),
  'ddns-waiting': ddns('ddns-waiting'),
  'ddns-failed': ddns('ddns-failed'),
  'ddns-in-step': ddns('ddns-in-step'),
  'ddns-waiting-unplanned': { ...ddns('ddns-waiting'), why: null, nextAttemptAt: null },
  'ddns-in-step-at-once': { ...ddns('ddns-in-step'), troubleMs: null, why: null },
  'site-changed': site('site-changed'),
  'site-offline': site('site-offline'),
  'site-online': site('site-online'),
  'site-changed-away': { ...site('site-changed'), whileAway: true },
  'site-offline-away': { ...site('site-offline'), whileAway: true },
  'site-offline-unheard': { ...site('site-offline'), offlineSince: null, reason: 'stopped' },
  'site-online-away': { ...site('site-online'), whileAway: true },
  'memory-high': memory(),
  'memory-high-from-a-setting': { ...memory(), boundSource: 'setting', boundFromBytes: null, since: 'notice' },
  'memory-high-nothing-grew': { ...memory(), boundSource: 'machine', grew: null, grewBytes: null },
  test: { kind: 'test', key: 'k', at: AT },
  'quiet-summary': {
    kind: 'quiet-summary',
    key: 'k',
    at: AT,
    since: AT - 90_000,
    notices: [site('site-changed'), ddns('ddns-in-step')],
    count: 2,
  },
  'quiet-summary-more': {
    kind: 'quiet-summary',
    key: 'k',
    at: AT,
    since: AT - 90_000,
    notices: [site('site-online')],
    count: 31,
  },
} satisfies Record<NoticeKind, Notice> & Record<string, Notice>;

function ddns(kind: DdnsNotice['kind']): DdnsNotice {
  return {
    kind,
    key: 'k',
    at: AT,
    record: 'r',
    name: 'home.example.org',
    recordType: 'A',
    provider: 'cloudflare',
    state: 'failed',
    was: 'waiting',
    why: 'the provider refused the token',
    address: '203.0.113.7',
    troubleMs: 600_000,
    nextAttemptAt: AT + 60_000,
  };
}

function memory(): MemoryNotice {
  const MB = 1024 * 1024;
  return {
    kind: 'memory-high',
    key: 'k',
    at: AT,
    rssBytes: 450 * MB,
    heapUsedBytes: 40 * MB,
    heapTotalBytes: 60 * MB,
    nativeBytes: 390 * MB,
    wasmBytes: 12 * MB,
    boundBytes: 400 * MB,
    boundSource: 'cgroup-v2',
    boundFromBytes: 500 * MB,
    grew: 'native',
    grewBytes: 300 * MB,
    since: 'start',
    sinceAt: AT - 3600_000,
  };
}

function site(kind: SiteNotice['kind']): SiteNotice {
  return {
    kind,
    key: 'k',
    at: AT,
    site: 'office',
    changes: [{ what: 'IPv4 address', from: '192.0.2.1', to: '192.0.2.2' }],
    offlineSince: AT - 40_000,
    reason: 'connection lost',
    offlineMs: 720_000,
    whileAway: false,
  };
}

/** The values the notices carry, which no catalogue translates. */
const DATA = [
  '203.0.113.7',
  '198.51.100.4',
  '2001:db8::5',
  '100.64.0.9',
  'ipify, cloudflare',
  'ipify',
  formatIdentity(ISP, english),
  formatIdentity(CLOUD, english),
  'no route to the sources',
  'one source left',
  'two sources agree',
  'connection refused',
  'nas',
  'home.example.org',
  'A',
  'the provider refused the token',
  formatTime(AT + 60_000, 'Europe/Berlin'),
  'office',
  '192.0.2.1',
  '192.0.2.2',
  // The site's state word, shown as it is beside the words for it.
  'connection lost',
  'stopped',
  'IPv4',
  'IPv6',
  formatTime(AT, 'Europe/Berlin'),
  formatTime(AT - 90_000, 'Europe/Berlin'),
  formatTime(AT - 40_000, 'Europe/Berlin'),
  // A memory notice's sizes: figures, their unit the same in every language.
  ...[450, 40, 60, 390, 12, 400, 500, 300].map((mb) => `${mb}.0 MB`),
];

const pseudo = pseudoTranslator();
/** Everything a channel may show of a notice, with the addresses shown and hidden. */
const texts = (n: Notice) =>
  (['none', 'hidden'] as const).flatMap((mask) => {
    const m = renderMessage(n, { timezone: 'Europe/Berlin', mask, now: AT, words: pseudo });
    return [m.title, m.summary, m.text, ...m.fields.flatMap((f) => [f.name, f.value])];
  });

describe('every notice in the pseudo-language', () => {
  const kinds = Object.keys(NOTICES);

  it.each(kinds)('%s: no text outside the catalogue', (kind) => {
    const found = texts(NOTICES[kind]!).flatMap((t) => unmarkedText(t, DATA));
    expect(found).toEqual([]);
  });

  it('a hard-coded word is found', () =>
    expect(unmarkedText(`${pseudo.t('notice.offline.title')} since 203.0.113.7`, DATA)).toEqual(['since']));
});

describe('a change notice in German and Indonesian', () => {
  const change = NOTICES['ipv4-changed']!;
  it.each([
    [
      'de',
      'Öffentliche IPv4-Adresse geändert',
      [
        'IPv4 203.0.113.7 → 198.51.100.4 (AS64500 Example ISP, DE)',
        'IP-Version: IPv4',
        'Alte Adresse: 203.0.113.7',
        'Neue Adresse: 198.51.100.4',
        'Dauer der alten Adresse: 1 Tg. 2 Std.',
        'Bestätigt von: ipify, cloudflare',
        'Netz: AS64500 Example ISP, DE',
        'Altes Netz: AS64511 Other Net, NL',
        'Zeit: 23.11.2026, 01:40:06 MEZ',
      ],
    ],
    [
      'id',
      'Alamat IPv4 publik berubah',
      [
        'IPv4 203.0.113.7 → 198.51.100.4 (AS64500 Example ISP, DE)',
        'Versi IP: IPv4',
        'Alamat lama: 203.0.113.7',
        'Alamat baru: 198.51.100.4',
        'Lama alamat sebelumnya: 1 hr 2 jam',
        'Dikonfirmasi oleh: ipify, cloudflare',
        'Jaringan: AS64500 Example ISP, DE',
        'Jaringan lama: AS64511 Other Net, NL',
        'Waktu: 23 Nov 2026, 01.40.06 GMT+1',
      ],
    ],
  ] as const)('%s', (language, title, lines) => {
    const m = renderMessage(change, { timezone: 'Europe/Berlin', mask: 'none', words: translator(language) });
    expect(m.title).toBe(title);
    expect(m.text).toBe(lines.join('\n'));
  });

  it.each([
    ['de', 'Ihre öffentliche IPv4-Adresse hat sich geändert. (AS64500 Example ISP, DE)', '(verborgen)'],
    ['id', 'Alamat IPv4 publik Anda berubah. (AS64500 Example ISP, DE)', '(disembunyikan)'],
  ] as const)('%s, the addresses hidden', (language, summary, hidden) => {
    const m = renderMessage(change, { timezone: 'UTC', mask: 'hidden', words: translator(language) });
    expect(m.summary).toBe(summary);
    expect(m.fields[1]!.value).toBe(hidden);
  });

  it.each([
    ['de', 'Nach 5 Min. offline wieder online.', 'Ausfall'],
    ['id', 'Kembali online setelah terputus 5 mnt.', 'Lama terputus'],
  ] as const)('back online in %s', (language, summary, field) => {
    const m = renderMessage(NOTICES.online!, { timezone: 'UTC', mask: 'none', words: translator(language) });
    expect(m.summary).toBe(summary);
    expect(m.fields[0]!.name).toBe(field);
  });

  it.each([
    [
      'de',
      'nas ist ausgefallen nach der Adressänderung',
      'nas antwortet nicht mehr seit der Adressänderung: connection refused',
    ],
    ['id', 'nas mati setelah alamat berubah', 'nas berhenti menjawab setelah alamat berubah: connection refused'],
  ] as const)('a service down after the change in %s', (language, title, summary) => {
    const m = renderMessage(NOTICES['service-down']!, { timezone: 'UTC', mask: 'none', words: translator(language) });
    expect([m.title, m.summary]).toEqual([title, summary]);
  });

  it.each([
    ['de', 'office ist wieder da, nach 12 Min. offline', 'office ging vor 40 Sek. offline (connection lost)'],
    ['id', 'office kembali, setelah terputus 12 mnt', 'office terputus 40 dtk yang lalu (connection lost)'],
  ] as const)('a site back and gone in %s', (language, back, gone) => {
    const say = (n: Notice) =>
      renderMessage(n, { timezone: 'UTC', mask: 'none', now: AT, words: translator(language) }).summary;
    expect([say(NOTICES['site-online']!), say(NOTICES['site-offline']!)]).toEqual([back, gone]);
  });

  it.each([
    [
      'de',
      'home.example.org A wartet auf neuen Versuch',
      'Die Aktualisierung des DNS-Eintrags home.example.org (A) ist nicht durchgegangen: the provider refused the token. IPWatch versucht es um 23.11.2026, 00:41:06 UTC selbst erneut.',
    ],
    [
      'id',
      'home.example.org A menunggu untuk dicoba lagi',
      'Pembaruan record DNS home.example.org (A) tidak berhasil: the provider refused the token. IPWatch akan mencoba lagi sendiri pada 23 Nov 2026, 00.41.06 UTC.',
    ],
  ] as const)('a DNS record waiting to retry in %s', (language, title, summary) => {
    const m = renderMessage(NOTICES['ddns-waiting']!, { timezone: 'UTC', mask: 'none', words: translator(language) });
    expect([m.title, m.summary]).toEqual([title, summary]);
  });

  it.each([
    ['de', 'Jetzt hinter Carrier-Grade-NAT', 'Vorher: Hinter Ihrem Router (NAT)'],
    ['id', 'Kini di balik NAT operator (CGNAT)', 'Sebelumnya: Di balik router Anda (NAT)'],
  ] as const)('a NAT change in %s', (language, title, before) => {
    const m = renderMessage(NOTICES['nat-changed']!, { timezone: 'UTC', mask: 'none', words: translator(language) });
    expect(m.title).toBe(title);
    expect(m.text.split('\n')).toContain(before);
  });
});
