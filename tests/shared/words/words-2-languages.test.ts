/**
 * The shared words of the `words-2` area in German and Indonesian (real words, as a person reads
 * them) and in the pseudo-language (every output from the catalogue, nothing but the test's data
 * outside a marker): a check's trigger, a DNS record's change, a network error, a role's and a
 * session's words, the actions and an unreadable file (issue 62).
 */
import { describe, expect, it } from 'vitest';

import { translator } from '../../../shared/i18n/translators';
import { type DdnsStateEvent, TRIGGERS } from '../../../shared/types';
import { ACTION_WORDS, actionWords } from '../../../shared/words/actions';
import { ddnsStateLine, ddnsStateWord } from '../../../shared/words/ddns-event';
import { errorInLine, errorInWords, errorWords } from '../../../shared/words/error';
import { viewersCannotChange, viewersCannotSeeSignIns, viewersCannotTest } from '../../../shared/words/roles';
import { noBrowserSessions, noSuchSession, revokedOwnSession, revokedSession } from '../../../shared/words/sessions';
import { triggerWords } from '../../../shared/words/trigger';
import { unreadableWords } from '../../../shared/words/unreadable-file';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const de = translator('de');
const id = translator('id');
const en = translator('en');
const pseudo = pseudoTranslator();

const event = (from: string, to: string, more: Partial<DdnsStateEvent> = {}): DdnsStateEvent => ({
  type: 'ddns-state',
  at: Date.UTC(2026, 10, 23),
  record: 'home',
  name: 'home.example.org',
  recordType: 'A',
  provider: 'dyndns2',
  from,
  to,
  why: null,
  address: '81.2.69.142',
  notice: null,
  troubleMs: null,
  nextAttemptAt: null,
  ...more,
});
const IN_STEP_AGAIN = event('stopped', 'in-step', { notice: 'in-step', troubleMs: 4 * 60_000 });
const WAITING = event('updating', 'waiting', { notice: 'waiting', why: 'badauth' });

/** The engine's raw texts and where they went; each reads as a sentence of the catalogue's. */
const ERRORS: [string, string | undefined][] = [
  ['connect ECONNREFUSED 127.0.0.1:18999', undefined],
  ['ECONNREFUSED', undefined],
  ['getaddrinfo ENOTFOUND hooks.example.invalid', undefined],
  ['network: getaddrinfo EAI_AGAIN ntfy.sh', undefined],
  ['timed out', 'https://push.example.org/message'],
  ['network: EPROXYREFUSED: the proxy refused', 'https://push.example.org/'],
  ['read ECONNRESET', undefined],
  ['connect EHOSTUNREACH 10.9.9.9:80', undefined],
  ['certificate has expired (CERT_HAS_EXPIRED)', 'https://old.example.org/'],
  ['self-signed certificate', undefined],
  ['ERR_TLS_CERT_ALTNAME_INVALID altnames', 'https://a.example/'],
  ['unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)', undefined],
  ['write EPROTO wrong version number', 'https://127.0.0.1:8080/'],
  ['network: HPE_INVALID_CONSTANT: Parse Error', 'https://odd.example/'],
  ['The operation was aborted (ABORT_ERR)', undefined],
  ['queryA ESERVFAIL home.example.org', '192.0.2.53:53'],
  ['queryNs EREFUSED example.org', undefined],
  ['queryA EFORMERR home.example.org', undefined],
  ['queryAaaa ENOTIMP home.example.org', undefined],
  ['queryA EBADRESP home.example.org', undefined],
  ['network: EBODYTOOLARGE: the answer is over 64 KB', 'https://big.example/ip'],
  ['Failed to fetch', undefined],
  ['HTTP 401', undefined],
  ['HTTP 403', undefined],
  ['HTTP 404', undefined],
  ['rate-limited: HTTP 429', undefined],
  ['HTTP 502: Bad Gateway', undefined],
  ['HTTP 400: {"message":"Cannot send an empty message"}', undefined],
  ['HTTP 400', undefined],
  ['HTTP 302: moved', undefined],
  ['network: ERR_INVALID_CHAR: Invalid character', 'https://odd.example/'],
  ['read EISCONN', undefined],
];

/** The place, code and body a test gave: data, not words. */
const DATA = [
  '127.0.0.1:18999',
  'hooks.example.invalid',
  'ntfy.sh',
  'push.example.org',
  '10.9.9.9:80',
  'old.example.org',
  'a.example',
  '127.0.0.1:8080',
  'odd.example',
  '192.0.2.53:53',
  'big.example',
  '{"message":"Cannot send an empty message"}',
  'ERR_INVALID_CHAR',
  'EISCONN',
  'home.example.org',
  'badauth',
  'client key',
  '/k.pem',
  'grafana',
  's0123456789ab',
];

const marked = (text: string | undefined) => expect(unmarkedText(text ?? '', DATA)).toEqual([]);

describe('in the pseudo-language, every output comes from the catalogue', () => {
  it.each([...TRIGGERS])('trigger %s', (t) => marked(triggerWords(t, pseudo)));

  it.each([IN_STEP_AGAIN, WAITING, event('in-step', 'updating'), event('stopped', 'in-step', { notice: 'in-step' })])(
    'DNS record event %#',
    (e) => marked(ddnsStateLine(e, pseudo)),
  );

  it.each(ERRORS)('error %s (%s)', (raw, url) => {
    marked(errorInWords(raw, pseudo, url));
    marked(errorInLine(raw, pseudo, url));
    expect(errorWords(raw, pseudo, url).details).toBe(raw.trim());
  });

  it('roles, sessions and unreadable files', () => {
    for (const text of [
      viewersCannotTest(pseudo),
      viewersCannotChange(pseudo),
      viewersCannotSeeSignIns(pseudo),
      noBrowserSessions(pseudo),
      revokedOwnSession(pseudo),
      revokedSession('grafana', pseudo),
      noSuchSession('s0123456789ab', pseudo),
      unreadableWords('client key', '/k.pem', Object.assign(new Error('x'), { code: 'ENOENT' }), pseudo),
      unreadableWords('client key', '/k.pem', Object.assign(new Error('x'), { code: 'EACCES' }), pseudo),
      unreadableWords('client key', '/k.pem', Object.assign(new Error('x'), { code: 'EISDIR' }), pseudo),
    ])
      marked(text);
  });

  it.each(Object.keys(ACTION_WORDS))('action %s', (method) => marked(actionWords(method, pseudo)));
});

describe('in German and Indonesian', () => {
  it.each([
    [de, 'interval', 'bei der planmäßigen Prüfung gefunden'],
    [de, 'manual', 'bei einer von Ihnen gestarteten Prüfung gefunden'],
    [de, 'router', 'vom Router gemeldet'],
    [id, 'interval', 'ditemukan oleh pemeriksaan terjadwal'],
    [id, 'follow-up', 'ditemukan oleh pemeriksaan ulang setelah jaringan berubah'],
    [id, 'import', 'diimpor dari riwayat lain'],
    [de, 'a-newer-trigger', 'a-newer-trigger'],
  ])('%#: the trigger %s', (words, trigger, want) => expect(triggerWords(trigger, words)).toBe(want));

  it.each(TRIGGERS)('%s has its own words in each language', (t) => {
    for (const words of [de, id]) {
      expect(triggerWords(t, words)).not.toBe(t);
      expect(triggerWords(t, words)).not.toBe(triggerWords(t, en));
    }
  });

  it.each([
    [de, IN_STEP_AGAIN, 'home.example.org A: nach 4 Min. wieder aktuell (war abgeschaltet)'],
    [de, WAITING, 'home.example.org A: wartet auf neuen Versuch (badauth)'],
    [id, IN_STEP_AGAIN, 'home.example.org A: sesuai lagi setelah 4 mnt (sebelumnya dinonaktifkan)'],
    [id, event('updating', 'a-newer-state'), 'home.example.org A: a-newer-state'],
  ])('%#: a DNS record event', (words, e, want) => expect(ddnsStateLine(e, words)).toBe(want));

  it('a state word, a new one as its name', () => {
    expect(ddnsStateWord('stopped', de)).toBe('abgeschaltet');
    expect(ddnsStateWord('in-step', id)).toBe('sesuai');
    expect(ddnsStateWord('toString', de)).toBe('toString');
  });

  it.each([
    [
      de,
      'connect ECONNREFUSED 127.0.0.1:22',
      undefined,
      'Unter 127.0.0.1:22 hat nichts geantwortet: läuft der Dienst?',
    ],
    [de, 'ECONNREFUSED', undefined, 'Dort hat nichts geantwortet: läuft der Dienst?'],
    [
      de,
      'getaddrinfo ENOTFOUND hooks.example.invalid',
      undefined,
      'Der Name hooks.example.invalid wurde nicht gefunden (DNS): prüfen Sie ihn auf Tippfehler.',
    ],
    [
      de,
      'HTTP 401',
      undefined,
      'Der Dienst hat die Zugangsdaten abgelehnt (HTTP 401): prüfen Sie Token oder Passwort.',
    ],
    [
      de,
      'HTTP 400: {"message":"empty"}',
      undefined,
      'Der Dienst hat die Anfrage abgelehnt (HTTP 400). Seine Antwort: {"message":"empty"}.',
    ],
    [
      id,
      'timed out',
      'https://push.example.org/x',
      'Tidak ada jawaban tepat waktu dari push.example.org: layanannya mungkin mati, atau firewall membuang lalu lintasnya.',
    ],
    [
      id,
      'queryNs EREFUSED example.org',
      '192.0.2.53:53',
      'Server DNS di 192.0.2.53:53 menolak kueri (REFUSED): server itu tidak menjawab untuk nama ini, atau tidak untuk komputer ini.',
    ],
    [id, 'HTTP 503', undefined, 'Layanan gagal di sisinya (HTTP 503): coba lagi nanti.'],
    [id, 'parse: no address in the answer', undefined, 'No address in the answer.'],
  ])('%#: the error %s', (words, raw, url, want) => expect(errorInWords(raw, words, url)).toBe(want));

  it('names a code without a sentence in a line, in the language', () => {
    expect(errorInLine('connect EACCES 10.0.0.2:22', de)).toBe(
      'Die Anfrage an 10.0.0.2:22 ist unterwegs gescheitert (EACCES): versuchen Sie es erneut.',
    );
    expect(errorInLine('queryA ENOMEM home.example.org', id)).toBe(
      'Permintaan gagal di tengah jalan (ENOMEM): coba lagi.',
    );
  });

  it('roles and sessions', () => {
    expect(viewersCannotTest(de)).toBe(
      'Betrachter können keine Tests oder Prüfungen auslösen: das kann nur ein Admin.',
    );
    expect(viewersCannotChange(id)).toBe('Pelihat dapat membaca tetapi tidak dapat mengubah: hanya admin yang bisa.');
    expect(revokedSession('grafana', de)).toBe('Abgemeldet: der Browser von grafana muss sich neu anmelden.');
    expect(revokedOwnSession(id)).toBe('Itu sesi Anda sendiri: browser ini sudah keluar.');
    expect(noBrowserSessions(de)).toMatch(/^In der Desktop-App kann sich kein Browser anmelden/);
  });

  it('actions, and a method that is not one', () => {
    expect(actionWords('pause', de)).toBe('Überwachung pausieren');
    expect(actionWords('testDdnsRecord', de)).toBe('DNS-Eintrag testen');
    expect(actionWords('pause', id)).toBe('menjeda pemantauan');
    expect(actionWords('getStatus', id)).toBeUndefined();
    expect(actionWords('toString', id)).toBeUndefined();
  });

  it('an unreadable file', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(unreadableWords('client key', '/k.pem', missing, de)).toBe(
      'client key /k.pem ist nicht lesbar: Datei existiert nicht',
    );
    expect(unreadableWords('database', '/db.mmdb', Object.assign(new Error('x'), { code: 'EACCES' }), id)).toBe(
      'tidak dapat membaca database /db.mmdb: runner ini tidak boleh membacanya',
    );
  });
});
