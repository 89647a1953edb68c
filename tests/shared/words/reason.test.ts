/**
 * The engine's reasons as codes (issue 62, shared/contract/reason.ts): every code the engine can
 * produce has a message in every language, and a reader says a code it knows in its language and
 * the English field for one it does not. Each code's English: reason-english.test.ts.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';

import { parseNmcliMetered } from '../../../electron/engine/speed/metered';
import { reasonSchema } from '../../../shared/contract/reason';
import { de } from '../../../shared/i18n/catalogues/de';
import { en, type MessageId } from '../../../shared/i18n/catalogues/en';
import { id } from '../../../shared/i18n/catalogues/id';
import { english, translator } from '../../../shared/i18n/translators';
import { reason, type Reason, type ReasonCode } from '../../../shared/reason';
import { reasonWords, sayReason } from '../../../shared/words/reason';
import { pseudoTranslator } from '../../helpers/pseudo-language';
import { ANSWERS } from './reason-samples';

/** Sample values for every argument a reason's message takes (names from the English). */
const SAMPLE: Record<string, string | number> = {
  kb: 64,
  timeoutMs: 5000,
  problem: 'missing',
  wanted: 'channel',
  device: 'eth0',
  provider: 'Porkbun',
  issues: 'zoneId: expected the 32 hex digits Cloudflare shows as Zone ID',
  state: 'metered',
  guessed: 'yes',
  said: 'x',
  family: 4,
  cost: 'Fixed',
  platform: 'aix',
  host: 'h.example',
  found: '192.0.2.1',
  current: '192.0.2.2',
  status: 503,
  expected: 'any',
  port: '22',
  error: 'connect ECONNREFUSED 127.0.0.1:1',
  errorLine: 'connect ECONNREFUSED 127.0.0.1:1',
  durationMs: 60_000,
  count: 2,
  here: 'yes',
  method: 'pause',
  got: 'IPv6',
  address: '2001:db8::1',
  range: '2001:db8::/32',
  kind: 'netlink',
  what: 'exited',
  command: 'ip',
  code: '1',
  signal: 'none',
  hasStderr: 'yes',
  stderr: 'x',
  retry: 'yes',
  retrySec: '5',
  servers: 'ns1.example.org (192.0.2.53)',
  label: 'Cloudflare home.example.org A',
  meaning: 'credentials',
  statusName: 'HTTP 403 Forbidden',
  families: 'v4',
  received: '1000',
  display: 'wayland-0',
  answers: ANSWERS,
  want: '203.0.113.1',
  seconds: 61,
  zone: 'example.org',
  dnsError: 'queryNs ESERVFAIL example.org',
  empty: 'no',
  rcode: 'NOTAUTH',
  key: 'ipwatch.',
  name: 'home.example.org',
  server: 'ns1.example.org',
  addresses: '198.51.100.7',
  tsigError: 'BADSIG',
  clock: 'ahead',
  base: 'https://desec.io/api/v1/',
  broker: 'mqtts://broker.example:8883',
  prefix: 'ipwatch',
  topic: 'ipwatch/office/',
  dropped: 3,
  file: '/etc/ipwatch/ca.pem',
  why: 'missing',
  first: 'ipwatch/+/state',
  second: 'ipwatch/+/event',
  kib: '600',
  maxKib: '512',
  field: 'url',
  how: 'exit',
  program: '/usr/local/bin/on-change',
  refusal: 'EINVAL',
  step: 'publish',
  ms: 41,
  type: 'pager',
  id: 'ops',
  tsigClass: 'IN',
  ttl: 300,
  algorithm: 'hmac-sha256',
  named: 'yes',
  serverId: '81384788765712384',
  roleId: '81384788765712385',
  to: 2,
  copy: 'settings.v0.json',
  from: '192.0.2.9',
  userId: '81384788765712386',
  was: 'admin',
  now: 'viewer',
  changed: 'yes',
  guild: '81384788765712384',
  channel: '81384788765712390',
  options: '{"limit":5}',
  args: 'refresh:4',
  changes: "the hook's arguments",
  upload: 'no',
  choice: 'wan2',
  interface: 'eth0',
  kept: '/data/pre-restore.sqlite',
  format: 'seed',
  role: 'admin',
  via: 'discord',
  sid: 's0123456789ab',
  own: 'no',
  keys: 'chatId, topic',
  iface: 'eth1',
};

/** The reason inside a code's that takes one. */
const INNER: Partial<Record<ReasonCode, Reason>> = {
  'reason.speed.metered': reason('reason.metered.macos'),
  'reason.ddns.zoneNotFound': reason('reason.ddns.nsQuery', SAMPLE),
  'reason.ddns.unsigned': reason('reason.ddns.rcode', SAMPLE),
  'reason.ddns.badTime': reason('reason.ddns.clock', SAMPLE),
  'reason.keyring.notStored': reason('reason.keyring.linux'),
  'reason.ddns.driftedApi': reason('reason.ddns.holds', SAMPLE),
  'reason.ddns.anotherWriterApi': reason('reason.ddns.holdsNone', SAMPLE),
  'reason.ddns.notBelieved': reason('reason.ddns.tsigAnswer', SAMPLE),
  'reason.ddns.httpSaidInner': reason('reason.ddns.dyndns2Said', SAMPLE),
  'reason.ddns.observedPublished': reason('reason.ddns.hostUnread', SAMPLE),
  'reason.ddns.nothingPublished': reason('reason.ddns.hostCannotRead', SAMPLE),
  'reason.signIn.withDiscord': reason('reason.signIn.serverAdmin', SAMPLE),
  'reason.signIn.refusedWithDiscord': reason('reason.signIn.noRole'),
  'reason.plugin.couldNotStart': reason('reason.hook.notFound', SAMPLE),
  'reason.signIn.sessionEnded': reason('reason.signIn.byDiscord', { changed: 'no' }),
  'reason.signIn.roleChanged': reason('reason.signIn.bySettings', { changed: 'yes' }),
};

describe('every code the engine can produce has its words', () => {
  // ReasonCode is the catalogue's `reason.*` keys: the list below is that type's, not one kept by hand.
  const codes = Object.keys(en).filter((k) => k.startsWith('reason.')) as ReasonCode[];
  expectTypeOf<ReasonCode>().toEqualTypeOf<Extract<MessageId, `reason.${string}`>>();
  expectTypeOf<ReasonCode>().toExtend<MessageId>();

  it('the codes are not empty, and each lives in one room of the catalogue', () => {
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.every((code) => !code.endsWith('.'))).toBe(true);
  });

  it.each(codes)('%s, in English, German, Indonesian and the pseudo-language', (code) => {
    const r = reason(code, SAMPLE, INNER[code]);
    expect(reasonSchema.safeParse(r).success).toBe(true);
    expect(de[code]).toBeTruthy();
    expect(id[code]).toBeTruthy();
    const said = ['en', 'de', 'id'].map((l) => reasonWords(r, translator(l as 'en' | 'de' | 'id')));
    // No argument left unplaced ("{status}"); the keyring's advice quotes JSON ({ "env": "NAME" }) as text.
    expect(said.every((s) => s.length > 0 && !/\{\w+\}/.test(s))).toBe(true);
    expect(reasonWords(r, pseudoTranslator())).toMatch(/⟦/);
  });
});

describe('a reader', () => {
  const r = reason('reason.monitor.statusNotExpected', { status: 502, expected: 'any' });
  const englishField = reasonWords(r, english);

  it('says a code it knows in its language', () => {
    expect(sayReason(r, englishField, translator('de'))).toBe(
      'antwortete mit Status 502, erwartet: eine 2xx- oder 3xx-Antwort',
    );
    expect(sayReason(r, englishField, translator('id'))).toBe(
      'menjawab dengan status 502, yang diharapkan jawaban 2xx atau 3xx',
    );
  });

  it('says the English field for no reason, or a code of another version', () => {
    expect(sayReason(undefined, 'as the engine said', translator('de'))).toBe('as the engine said');
    expect(sayReason({ code: 'reason.from.the.future', values: {} }, 'as the engine said', translator('de'))).toBe(
      'as the engine said',
    );
    expect(sayReason({ code: 'web.speed.title', values: {} }, 'not a reason', translator('de'))).toBe('not a reason');
  });

  it('says a reason inside one in the same language', () => {
    const metered = reason(
      'reason.speed.metered',
      {},
      parseNmcliMetered('GENERAL.METERED:yes', 'wwan0').reason as Reason,
    );
    expect(sayReason(metered, '', translator('de'))).toBe(
      'Nicht getestet: Die Verbindung ist getaktet (NetworkManager (wwan0): getaktet).',
    );
  });
});
