import { describe, expect, it } from 'vitest';

import { asSentence, errorInWords } from '../../shared/error-words';

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
      'Connect Timeout Error (attempted address: push.example.org:443, timeout: 10000ms) (UND_ERR_CONNECT_TIMEOUT)',
      undefined,
      'No answer in time from push.example.org:443: the service may be down, or a firewall drops the traffic.',
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
      'network: UND_ERR_SOCKET: other side closed',
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
  ])('%s (%s)', (raw, url, words) => expect(errorInWords(raw, url)).toBe(words));

  it('makes any text a sentence, and leaves an empty one empty', () => {
    expect(asSentence('other side closed')).toBe('Other side closed.');
    expect(asSentence('Done!')).toBe('Done!');
    expect(asSentence('  ')).toBe('');
  });
});
