/**
 * The one table of error words (shared/words/error.ts), the rows it learned for the egress gate
 * and undici (issue 62): the gate's refusal, undici's closed sockets and time limits, and a
 * source's failure kind said alone, each as a sentence and in its short form (the Connections
 * page's result column), in English, German, Indonesian and the pseudo-language.
 */
import { describe, expect, it } from 'vitest';

import { translator } from '../../../shared/i18n/translators';
import { errorInLine, errorInWords, errorShort } from '../../../shared/words/error';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const en = translator('en');
const de = translator('de');
const id = translator('id');

const CLOSED =
  'The connection was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.';
const TIMEOUT = 'No answer in time: the service may be down, or a firewall drops the traffic.';

describe('the rows the table learned, as sentences', () => {
  it.each([
    [
      'EEGRESSREFUSED',
      undefined,
      'IPWatch did not connect: the connection is not declared, and Refuse undeclared connections is on.',
    ],
    [
      'network: the connection to push.example.org port 443 (tcp) is not declared and egress.enforce is on',
      'https://push.example.org/x',
      'IPWatch did not connect to push.example.org: the connection is not declared, and Refuse undeclared connections is on.',
    ],
    ['UND_ERR_SOCKET', undefined, CLOSED],
    ['network: UND_ERR_CLOSED: The client is destroyed', undefined, CLOSED],
    ['UND_ERR_CONNECT_TIMEOUT', undefined, TIMEOUT],
    ['network: UND_ERR_HEADERS_TIMEOUT: Headers Timeout Error', undefined, TIMEOUT],
    ['UND_ERR_BODY_TIMEOUT', undefined, TIMEOUT],
    ['timeout', undefined, TIMEOUT],
    [
      'network',
      'https://api.ipify.org/',
      'The request to api.ipify.org failed on the network: try again; is this machine online?',
    ],
    ['unreachable', undefined, 'No route: is this machine on the network?'],
    ['http-status', undefined, 'The service answered with an error: try again later; if it lasts, check the address.'],
    ['rate-limited', 'https://ifconfig.co/ip', 'ifconfig.co asks IPWatch to slow down: the next request waits longer.'],
    ['parse', undefined, 'The answer could not be read: the service may have changed what it sends.'],
    [
      'Hostname does not match (HOSTNAME_MISMATCH)',
      'https://a.example/',
      'The certificate of a.example is for another name: check the address.',
    ],
  ])('%s (%s)', (raw, url, words) => {
    expect(errorInWords(raw, en, url)).toBe(words);
    // Each has a sentence of its own, so a line says the same (no code named after it).
    expect(errorInLine(raw, en, url)).toBe(words);
  });
});

describe('the short form, from the same table', () => {
  it.each([
    ['EEGRESSREFUSED', 'refused: not in the list, and undeclared connections are refused'],
    ['UND_ERR_CLOSED', 'the connection was cut'],
    ['UND_ERR_HEADERS_TIMEOUT', 'no answer in time'],
    ['UND_ERR_BODY_TIMEOUT', 'no answer in time'],
    // The page said "a network error" for EPROTO and "no answer in time" for ABORT_ERR; one table
    // now says what error.ts's sentences say: a TLS failure, a cancelled request.
    ['EPROTO', 'the secure connection failed (certificate or TLS)'],
    ['ABORT_ERR', 'cancelled before an answer came'],
    ['EPROXYREFUSED', 'the proxy refused the connection'],
    ['EBODYTOOLARGE', 'the answer was too large'],
    ['HPE_INVALID_CONSTANT', 'the answer could not be read'],
    ['ESERVFAIL', 'the name could not be looked up'],
    ['HOSTNAME_MISMATCH', 'the secure connection failed (certificate or TLS)'],
    ['HTTP 404', 'the server answered with an error'],
    ['rate-limited: HTTP 429', 'the server asked IPWatch to slow down'],
    ['network: ECONNRESET: aborted', 'the connection was cut'],
    // The kind says it when what follows names no code.
    ['parse: no address in the answer', 'the answer could not be read'],
    ['network: something new', 'a network error'],
    ['EISCONN', 'an unknown error'],
  ])('%s: %s', (code, words) => expect(errorShort(code, en)).toBe(words));
});

describe('in German and Indonesian', () => {
  it('names the gate and its setting by the label, in the reader language', () => {
    expect(errorInWords('EEGRESSREFUSED', de, 'https://push.example.org/x')).toBe(
      'IPWatch hat keine Verbindung zu push.example.org aufgebaut: Die Verbindung ist nicht gelistet, und „Nicht aufgeführte Verbindungen ablehnen“ ist an.',
    );
    expect(errorInWords('EEGRESSREFUSED', id)).toBe(
      'IPWatch tidak membuka koneksi: koneksi ini tidak terdaftar, dan Tolak koneksi yang tidak terdaftar aktif.',
    );
  });

  it.each([
    ['UND_ERR_SOCKET', 'die Verbindung wurde unterbrochen', 'koneksi terputus'],
    ['ABORT_ERR', 'vor einer Antwort abgebrochen', 'dibatalkan sebelum ada jawaban'],
    ['EPROXYREFUSED', 'der Proxy hat die Verbindung abgelehnt', 'proxy menolak koneksi'],
  ])('%s, short', (code, german, indonesian) => {
    expect(errorShort(code, de)).toBe(german);
    expect(errorShort(code, id)).toBe(indonesian);
  });

  it('says a source kind alone in words', () => {
    expect(errorInWords('parse', de)).toBe(
      'Die Antwort war nicht lesbar: Vielleicht sendet der Dienst inzwischen etwas anderes.',
    );
    expect(errorInWords('rate-limited', id)).toBe(
      'Layanan meminta IPWatch untuk lebih jarang bertanya: permintaan berikutnya menunggu lebih lama.',
    );
  });
});

describe('in the pseudo-language, every output comes from the catalogue', () => {
  const pseudo = pseudoTranslator();
  const RAW = [
    'EEGRESSREFUSED',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'network',
    'unreachable',
    'http-status',
    'rate-limited',
    'parse',
    'EPROXYREFUSED',
    'ABORT_ERR',
    'EBODYTOOLARGE',
    'HTTP 500',
    'EISCONN',
  ];
  it.each(RAW)('%s', (raw) => {
    expect(unmarkedText(errorInWords(raw, pseudo, 'https://x.example/'), ['x.example'])).toEqual([]);
    expect(unmarkedText(errorShort(raw, pseudo))).toEqual([]);
  });
});
