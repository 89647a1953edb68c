/**
 * The shared words in German and Indonesian, and every one of them in the pseudo-language with no
 * text outside the catalogue (docs/i18n.md): the health state, a family's note, an uncertain
 * check, a check's result, the network flag, a service monitor, the speed test, the certificate
 * and a dynamic DNS record. The values given (addresses, names, the engine's reasons) are data.
 */
import { describe, expect, it } from 'vitest';

import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import type { MonitorStatus } from '../../../shared/contract/monitors';
import type { SpeedStatus } from '../../../shared/contract/speed';
import { familyNote, healthOf, type HealthInput } from '../../../shared/health';
import type { Translator } from '../../../shared/i18n/translator';
import { english, translator } from '../../../shared/i18n/translators';
import { formatIdentity, type NetworkIdentity } from '../../../shared/network-identity';
import type { Attempt, LastCheck } from '../../../shared/types';
import { cutLines } from '../../../shared/words/cut-lines';
import { ddnsRecordLine } from '../../../shared/words/ddns';
import { checkResultWords, noSourceLine } from '../../../shared/words/health-no-source';
import { uncertainNote } from '../../../shared/words/health-uncertain';
import { monitorLine } from '../../../shared/words/monitor';
import { certificateLine, plainHttpWords } from '../../../shared/words/serving';
import { speedLine } from '../../../shared/words/speed';
import { appStatus, caughtErrors, family, lastCheck, noAddress, NOW, sourceHealth } from '../../helpers/app-status';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const A = '81.2.69.142';
const B = '81.2.69.160';
const ok = (sourceId: string, ip: string): Attempt => ({
  sourceId,
  provider: sourceId,
  kind: 'http',
  ok: true,
  ip,
  latencyMs: 9,
});
const uncertain = (attempts: Attempt[]): LastCheck => lastCheck({ result: 'uncertain', attempts });

/** A status in each health the badge shows, with the values it carries (data, not words). */
const HEALTHS: [string, HealthInput | null, { connected?: boolean }][] = [
  ['disconnected', appStatus(), { connected: false }],
  ['no status', null, {}],
  ['paused', appStatus({ pausedSince: NOW }), {}],
  ['stopped', appStatus({ running: false }), {}],
  ['starting', appStatus({ running: false }, { v4: { lastCheck: null }, v6: { lastCheck: null } }), {}],
  ['nothing watched', appStatus({}, { v4: { enabled: false }, v6: { enabled: false } }), {}],
  ['no internet', appStatus({ online: false }), {}],
  [
    'no source',
    appStatus(
      {},
      {
        v4: { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) },
        v6: { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) },
      },
    ),
    {},
  ],
  ['first check', appStatus({ online: null }, { v4: { lastCheck: null } }), {}],
  ['both uncertain', appStatus({}, { v4: noAddress('uncertain'), v6: noAddress('unavailable') }), {}],
  ['one family missing', appStatus({}, { v6: noAddress('uncertain') }), {}],
  ['a kept error', appStatus({ lastError: { message: 'disk full', at: NOW, where: 'store' } }), {}],
  ['an internal error', appStatus({ internalErrors: caughtErrors(true) }), {}],
  [
    'a failing channel',
    appStatus({ notifications: [{ ...appStatus().notifications[0]!, id: 'alerts', state: 'failing' }] }),
    {},
  ],
  ['sources failing', appStatus({ sources: [sourceHealth('a', 4, { state: 'open' }), sourceHealth('b', 4)] }), {}],
  ['online', appStatus(), {}],
];

const MONITOR: MonitorStatus = {
  id: 'nc',
  name: 'Nextcloud',
  type: 'http',
  target: 'https://81.2.69.142/',
  state: 'down',
  why: 'answered status 502',
  latencyMs: null,
  checkedAt: null,
  since: null,
  afterChange: true,
  notForwarded: true,
};
const SPEED: SpeedStatus = {
  enabled: true,
  runningSince: null,
  nextAt: null,
  skipped: null,
  metered: null,
  last: {
    id: 1,
    at: NOW,
    trigger: 'schedule',
    server: 'speed.cloudflare.com',
    family: 4,
    downloadMbps: 512.4,
    uploadMbps: null,
    latencyMs: 12,
    jitterMs: 1,
    bytes: 1,
    durationMs: 1,
    cut: null,
    error: null,
  },
};
const RECORD: DdnsRecordStatus = {
  id: 'home',
  provider: 'dyndns2',
  name: 'home.example.org',
  type: 'A',
  state: 'in-step',
  why: null,
  address: A,
  holds: null,
  waitingFor: [],
  notAsked: ['ns2.example.net'],
  nextAttemptAt: null,
  lastUpdateAt: null,
  lastPropagationMs: 1234,
  lastLookAt: null,
};
const CLOUD: NetworkIdentity = { asn: 16509, org: 'Amazon', country: 'DE', vpn: 'hosting-asn' };
const TLS = { tls: { fingerprint: 'AB:CD', generated: true, notAfter: 1 }, plainHttpOnLan: true };

/** Every shared words function over the cases above, in one language. */
function everything(words: Translator): string[] {
  const healths = HEALTHS.flatMap(([, s, opts]) => {
    const h = healthOf(s, words, opts);
    return [h.label, h.reason, h.detail];
  });
  const notes = [
    family(4, noAddress('unavailable')),
    family(6, noAddress('unavailable')),
    family(4, { ip: null, lastCheck: lastCheck({ result: 'unavailable', requests: 0 }) }),
    family(4, { ip: null, lastCheck: uncertain([ok('a', A), ok('b', B)]) }),
    family(4, { ip: null, lastCheck: uncertain([ok('a', A), ok('b', A)]) }),
  ].map((f) => familyNote(f, words) ?? '');
  const results = (['unchanged', 'confirmed', 'changed', 'uncertain', 'unavailable', 'disabled'] as const).map((r) =>
    checkResultWords({ result: r, requests: 3 }, words),
  );
  return [
    ...healths,
    ...notes,
    ...results,
    uncertainNote(lastCheck({ result: 'uncertain' }), 'IPv6', words),
    noSourceLine(4, words),
    formatIdentity(CLOUD, words),
    monitorLine(MONITOR, words),
    speedLine(SPEED, words)!.text,
    speedLine({ ...SPEED, runningSince: NOW }, words)!.text,
    certificateLine(TLS, words)!,
    plainHttpWords(words),
    ddnsRecordLine(RECORD, words),
    cutLines(['one', 'two', 'three'], 12, words),
  ];
}

const DATA = [
  A,
  B,
  'IPv4',
  'IPv6',
  'disk full',
  'store',
  'alerts',
  'Nextcloud',
  'answered status 502',
  'AS16509 Amazon, DE',
  'AB:CD',
  'home.example.org A',
  'ns2.example.net',
  'one',
  'test',
  'boom',
];

describe('the shared words in the pseudo-language', () => {
  it('show no text outside the catalogue', () => {
    const texts = everything(pseudoTranslator());
    expect(texts.flatMap((t) => unmarkedText(t, DATA))).toEqual([]);
  });

  it('say something different from English for every case', () => {
    const en = everything(english);
    const de = everything(translator('de'));
    const id = everything(translator('id'));
    // "Online" is German's and Indonesian's word too, and a kept error is the engine's text; all else differs.
    const same = (other: string[]) => en.filter((t, i) => t === other[i] && t !== 'Online');
    expect(same(de)).toEqual(['store: disk full']);
    expect(same(id)).toEqual(['store: disk full']);
  });
});

describe('the shared words in German and Indonesian', () => {
  const de = translator('de');
  const id = translator('id');
  it.each<[string, (w: Translator) => string, string, string]>([
    ['the badge while paused', (w) => healthOf(appStatus({ pausedSince: NOW }), w).label, 'Pausiert', 'Dijeda'],
    ['no internet', (w) => healthOf(appStatus({ online: false }), w).label, 'Kein Internet', 'Tidak ada internet'],
    [
      'all well',
      (w) => healthOf(appStatus(), w).detail,
      'IPv4 und IPv6 von der letzten Prüfung bestätigt.',
      'IPv4 dan IPv6 terkonfirmasi oleh cek terakhir.',
    ],
    [
      'one family uncertain',
      (w) => healthOf(appStatus({}, { v6: noAddress('uncertain') }), w).label,
      'IPv6 unsicher',
      'IPv6 tidak pasti',
    ],
    [
      'sources failing',
      (w) =>
        healthOf(appStatus({ sources: [sourceHealth('a', 4, { state: 'open' }), sourceHealth('b', 4)] }), w).reason,
      'IPv4: 1 von 2 Quellen fallen aus',
      'IPv4: 1 dari 2 sumber gagal',
    ],
    [
      'no IPv6 answered',
      (w) => familyNote(family(6, noAddress('unavailable')), w)!,
      'Keine IPv6-Quelle hat geantwortet: dieses Netz hat vielleicht kein IPv6. Dann schalten Sie IPv6 in den Einstellungen aus.',
      'Tidak ada sumber IPv6 yang menjawab: jaringan ini mungkin tidak punya IPv6. Jika begitu, matikan IPv6 di Pengaturan.',
    ],
    [
      'a check with no source',
      (w) => checkResultWords({ result: 'unavailable', requests: 0 }, w),
      'nicht überwacht: keine Quelle',
      'tidak dipantau: tidak ada sumber',
    ],
    [
      'a flagged network',
      (w) => formatIdentity(CLOUD, w),
      'AS16509 Amazon, DE (Hosting- oder Cloud-Netz)',
      'AS16509 Amazon, DE (jaringan hosting atau cloud)',
    ],
    [
      'a monitor down',
      (w) => monitorLine({ ...MONITOR, notForwarded: false }, w),
      'Nextcloud: ausgefallen seit der Adressänderung (answered status 502)',
      'Nextcloud: mati sejak alamat berubah (answered status 502)',
    ],
    [
      'the speed test',
      (w) => speedLine(SPEED, w)!.text,
      'Geschwindigkeit: Download 512 Mbit/s, Upload nicht gemessen, 12 ms',
      'Kecepatan: unduh 512 Mbps, unggahan tidak terukur, 12 ms',
    ],
    [
      'a record in step',
      (w) => ddnsRecordLine({ ...RECORD, notAsked: [] }, w),
      `home.example.org A: aktuell auf ${A} (1,2 s nach dem Update aktuell)`,
      `home.example.org A: sesuai di ${A} (sesuai 1,2 s setelah pembaruan)`,
    ],
    ['lines cut', (w) => cutLines(['one', 'two', 'three'], 20, w), 'one\n… und 2 weitere', 'one\n… dan 2 lainnya'],
  ])('%s', (_what, say, german, indonesian) => {
    expect(say(de)).toBe(german);
    expect(say(id)).toBe(indonesian);
  });

  it('an uncertain check names how many sources gave each address, in the plural of the language', () => {
    const c = uncertain([ok('a', A), ok('b', B), ok('c', B)]);
    expect(uncertainNote(c, 'IPv4', de)).toContain(`${A} von 1 Quelle, ${B} von 2 Quellen`);
    expect(uncertainNote(c, 'IPv4', id)).toContain(`${A} dari 1 sumber, ${B} dari 2 sumber`);
  });
});
