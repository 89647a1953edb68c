import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { asSentence, errorInLine, errorInWords, errorWords } from '../../../shared/words/error';

describe('network errors in words', () => {
  // The raw texts are the engine's (notify/http.ts describeError, net/errors.ts toSourceError).
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:18999', undefined, 'Nothing answered at 127.0.0.1:18999: is the service running?'],
    ['connect ECONNREFUSED [::1]:8080', undefined, 'Nothing answered at [::1]:8080: is the service running?'],
    ['ECONNREFUSED', 'http://10.0.0.2:9/ip', 'Nothing answered at 10.0.0.2:9: is the service running?'],
    ['ECONNREFUSED', undefined, 'Nothing answered there: is the service running?'],
    [
      'getaddrinfo ENOTFOUND hooks.example.invalid',
      undefined,
      'The name hooks.example.invalid was not found (DNS): check it for typos.',
    ],
    [
      'network: getaddrinfo EAI_AGAIN ntfy.sh',
      undefined,
      'The name ntfy.sh could not be looked up just now: is this machine online?',
    ],
    [
      'connect ETIMEDOUT 192.0.2.1:443',
      undefined,
      'No answer in time from 192.0.2.1:443: the service may be down, or a firewall drops the traffic.',
    ],
    [
      'network: EPROXYREFUSED: the proxy 127.0.0.1:3128 refused to connect: 407 Proxy Authentication Required',
      'https://push.example.org/message',
      'The proxy on the way to push.example.org refused the connection: check HTTPS_PROXY, HTTP_PROXY and NO_PROXY, and what the proxy asks for (the details say what it answered).',
    ],
    [
      'timed out',
      'https://push.example.org/message',
      'No answer in time from push.example.org: the service may be down, or a firewall drops the traffic.',
    ],
    [
      'read ECONNRESET',
      'https://hooks.slack.com/services/x',
      'The connection to hooks.slack.com was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.',
    ],
    [
      'network: ECONNRESET: aborted',
      undefined,
      'The connection was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.',
    ],
    ['connect EHOSTUNREACH 10.9.9.9:80', undefined, 'No route to 10.9.9.9:80: is this machine on the network?'],
    [
      'certificate has expired (CERT_HAS_EXPIRED)',
      'https://old.example.org/',
      'The certificate of old.example.org has expired: the service must renew it.',
    ],
    [
      'self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)',
      'https://127.0.0.1:8443/',
      'The certificate of 127.0.0.1:8443 is self-signed, so it is not trusted: use one from a known authority.',
    ],
    [
      "Hostname/IP does not match certificate's altnames: Host: a.example. is not in the cert's altnames: DNS:b.example (ERR_TLS_CERT_ALTNAME_INVALID)",
      'https://a.example/',
      'The certificate of a.example is for another name: check the address.',
    ],
    [
      'unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
      undefined,
      'The certificate cannot be verified: its issuer is not trusted on this machine.',
    ],
    [
      'HTTP 401: {"error":"unauthorized"}',
      undefined,
      'The service refused the credentials (HTTP 401): check the token or password.',
    ],
    [
      'HTTP 403',
      undefined,
      'The service refused access (HTTP 403): check what the token may do; some services refuse automated requests.',
    ],
    [
      'HTTP 404: {"message": "Unknown Webhook", "code": 10015}',
      undefined,
      'Nothing is at this address (HTTP 404): check the URL; a deleted webhook answers this too.',
    ],
    [
      'rate-limited: HTTP 429',
      undefined,
      'Too many requests (HTTP 429): the service asks to wait before the next one.',
    ],
    ['HTTP 502: Bad Gateway', undefined, 'The service failed on its side (HTTP 502): try again later.'],
    ['http-status: HTTP 503', undefined, 'The service failed on its side (HTTP 503): try again later.'],
    [
      'HTTP 400: {"message":"Cannot send an empty message"}',
      undefined,
      'The service refused the request (HTTP 400). It said: {"message":"Cannot send an empty message"}.',
    ],
    ['Failed to fetch', undefined, 'IPWatch did not answer: is it still running? The page retries when it is back.'],
    [
      'NetworkError when attempting to fetch resource.',
      undefined,
      'IPWatch did not answer: is it still running? The page retries when it is back.',
    ],
    ['no channel with id "x"', undefined, 'No channel with id "x".'],
    ['parse: no address in the answer', undefined, 'No address in the answer.'],
    [
      'getaddrinfo EAI_NONAME nowhere.example',
      undefined,
      'The name of the server was not found (DNS): check it for typos.',
    ],
    ['connect ENETDOWN 10.0.0.9:80', undefined, 'No route to 10.0.0.9:80: is this machine on the network?'],
    [
      'network: ERR_STREAM_PREMATURE_CLOSE: Premature close',
      undefined,
      'The connection was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.',
    ],
    ['The operation was aborted (ABORT_ERR)', undefined, 'The request was cancelled before an answer came.'],
    [
      'network: EBODYTOOLARGE: the answer is over 64 KB, longer than any this service gives',
      'https://big.example/ip',
      'The answer from big.example was too large to read.',
    ],
    [
      'write EPROTO 0A00010B:SSL routines:ssl3_get_record:wrong version number',
      'https://127.0.0.1:8080/',
      'No secure connection could be set up to 127.0.0.1:8080: is it an https address of a TLS service?',
    ],
    [
      'network: HPE_INVALID_CONSTANT: Parse Error: Expected HTTP/',
      'https://odd.example/',
      'The answer from odd.example is not HTTP that can be read: is an HTTP service at that address?',
    ],
    [
      'network: ERR_INVALID_CHAR: Invalid character in header content',
      'https://odd.example/',
      'The request to odd.example failed on the way: try again; the details name the cause.',
    ],
    ['read EISCONN', undefined, 'The request failed on the way: try again; the details name the cause.'],
    // node:dns's (c-ares's) codes, as a resolver's error message carries them.
    [
      'queryA ETIMEOUT home.example.org',
      undefined,
      'No answer in time: the service may be down, or a firewall drops the traffic.',
    ],
    ['queryA ECONNREFUSED home.example.org', undefined, 'Nothing answered there: is the service running?'],
    [
      'queryA ESERVFAIL home.example.org',
      undefined,
      "The DNS server failed to answer (SERVFAIL): try again later; if it lasts, the zone's servers have a fault.",
    ],
    [
      'queryNs EREFUSED example.org',
      '192.0.2.53:53',
      'The DNS server at 192.0.2.53:53 refused the question (REFUSED): it does not answer for this name, or not to this machine.',
    ],
    [
      'queryA EFORMERR home.example.org',
      undefined,
      'The DNS server could not read the question (FORMERR): it may not be a DNS server.',
    ],
    ['queryAaaa ENOTIMP home.example.org', undefined, 'The DNS server does not answer this kind of question (NOTIMP).'],
    [
      'queryA EBADRESP home.example.org',
      undefined,
      'The answer was not a DNS answer that can be read: is a DNS server at that address?',
    ],
    ['queryA ECANCELLED home.example.org', undefined, 'The request was cancelled before an answer came.'],
    [
      'queryA EOF home.example.org',
      undefined,
      'The connection was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.',
    ],
    ['queryNs ENOTFOUND nosuch.example', undefined, 'The name nosuch.example was not found (DNS): check it for typos.'],
    // A DNS answer's RCODE by its name (a source's `DNS NXDOMAIN for ...`, an update's answer).
    [
      'DNS NXDOMAIN for whoami.example.net IN TXT',
      undefined,
      'The name whoami.example.net was not found (DNS): check it for typos.',
    ],
    [
      'DNS SERVFAIL for whoami.example.net IN TXT',
      undefined,
      "The DNS server failed to answer (SERVFAIL): try again later; if it lasts, the zone's servers have a fault.",
    ],
    [
      'DNS REFUSED for whoami.example.net IN TXT',
      undefined,
      'The DNS server refused the question (REFUSED): it does not answer for this name, or not to this machine.',
    ],
  ])('%s (%s)', (raw, url, words) => expect(errorInWords(raw, english, url)).toBe(words));

  it.each([
    [
      'network: ECONNRESET: socket hang up',
      {
        words:
          'The connection was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.',
        details: 'network: ECONNRESET: socket hang up',
      },
    ],
    [
      'HTTP 404',
      {
        words: 'Nothing is at this address (HTTP 404): check the URL; a deleted webhook answers this too.',
        details: 'HTTP 404',
      },
    ],
    // Words that already are the text: nothing more to fold away.
    ['no address in the answer', { words: 'No address in the answer.', details: null }],
    ['Not asked in the last check.', { words: 'Not asked in the last check.', details: null }],
  ])('keeps %s under Details when the words differ', (raw, want) => expect(errorWords(raw, english)).toEqual(want));

  it('makes any text a sentence, and leaves an empty one empty', () => {
    expect(asSentence('other side closed')).toBe('Other side closed.');
    expect(asSentence('Done!')).toBe('Done!');
    expect(asSentence('  ')).toBe('');
  });
});

describe('in a line with no Details beside it', () => {
  it.each([
    // A code with a sentence of its own reads as errorInWords says it.
    ['connect ECONNREFUSED 127.0.0.1:22', undefined, 'Nothing answered at 127.0.0.1:22: is the service running?'],
    ['HTTP 503', undefined, 'The service failed on its side (HTTP 503): try again later.'],
    ['no address in the answer', undefined, 'No address in the answer.'],
    // A code without one is named, since no Details keep it.
    ['connect EACCES 10.0.0.2:22', undefined, 'The request to 10.0.0.2:22 failed on the way (EACCES): try again.'],
    ['queryA ENOMEM home.example.org', undefined, 'The request failed on the way (ENOMEM): try again.'],
    [
      'network: HPE_HEADER_OVERFLOW: Header overflow',
      'https://odd.example/',
      'The request to odd.example failed on the way (HPE_HEADER_OVERFLOW): try again.',
    ],
  ])('%s (%s)', (raw, url, words) => expect(errorInLine(raw, english, url)).toBe(words));
});
