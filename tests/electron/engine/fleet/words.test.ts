/**
 * The words a broker's failure and an unreadable file read in (words.ts): a table of the errors
 * Node and mqtt.js give, and what the Settings page and the status say for each.
 */
import { describe, expect, it } from 'vitest';

import { brokerWords, unreadableWords } from '../../../../electron/engine/fleet/words';

const tlsAlert = (code: string, reason: string) =>
  Object.assign(
    new Error(`807CA8327C7F0000:error:0A000418:SSL routines:ssl3_read_bytes:${reason}:rec_layer_s3.c:1601`),
    {
      code,
      reason,
    },
  );
const sysError = (code: string) => Object.assign(new Error(`${code}: some system text`), { code });

describe('brokerWords', () => {
  it.each([
    [
      tlsAlert('ERR_SSL_TLSV1_ALERT_UNKNOWN_CA', 'tlsv1 alert unknown ca'),
      'the broker refused this client certificate: it is not signed by a CA the broker trusts (tlsv1 alert unknown ca)',
    ],
    [
      tlsAlert('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'tlsv13 alert certificate required'),
      'the broker asks for a client certificate: name one and its key (tlsv13 alert certificate required)',
    ],
    [sysError('ECONNREFUSED'), 'nothing accepts connections at that address and port (ECONNREFUSED: some system text)'],
    [
      new Error('Connection refused: Not authorized'),
      'the broker refused the user name or password (Connection refused: Not authorized)',
    ],
    [new Error('something new'), 'something new'],
  ])('%s', (err, words) => {
    expect(brokerWords(err)).toBe(words);
  });
});

describe('unreadableWords', () => {
  it.each([
    ['ENOENT', 'cannot read the client key /k.pem: no such file'],
    ['EACCES', 'cannot read the client key /k.pem: this runner may not read it'],
    ['EISDIR', 'cannot read the client key /k.pem: it is a folder'],
    ['EIO', 'cannot read the client key /k.pem: the disk reported a read error'],
    ['EMFILE', 'cannot read the client key /k.pem: this runner has too many files open'],
    ['ENXIO', 'cannot read the client key /k.pem: ENXIO: some system text'],
  ])('%s', (code, words) => {
    expect(unreadableWords('client key', '/k.pem', sysError(code))).toBe(words);
  });
});
