/**
 * OVH's signature (electron/engine/ddns/sign/ovh.ts) against ovh/python-ovh's own vectors
 * (tests/test_client.py, test_call_signature: its mock keys, time 1457018875, the URL
 * https://eu.api.ovh.com/1.0/auth, body {"a":"b","c":"d"} for POST and PUT).
 */
import { describe, expect, it } from 'vitest';

import { ovhHeaders, ovhSignature } from '../../../../../electron/engine/ddns/sign/ovh';

const KEY = {
  appKey: 'TDPKJdwZwAQPwKX2',
  appSecret: '9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk',
  consumerKey: '5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY',
};
const URL_AUTH = 'https://eu.api.ovh.com/1.0/auth';
const BODY = '{"a":"b","c":"d"}';

describe("OVH's signature: python-ovh's vectors", () => {
  it.each([
    ['GET', '', '$1$e9556054b6309771395efa467c22e627407461ad'],
    ['POST', BODY, '$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1'],
    ['PUT', BODY, '$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b'],
    ['DELETE', '', '$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85'],
  ])('%s', (method, body, want) => {
    expect(ovhSignature(KEY, method, URL_AUTH, body, 1457018875)).toBe(want);
    expect(ovhHeaders(KEY, method, URL_AUTH, body, 1457018875)).toEqual({
      'x-ovh-application': KEY.appKey,
      'x-ovh-consumer': KEY.consumerKey,
      'x-ovh-timestamp': '1457018875',
      'x-ovh-signature': want,
    });
  });

  it('another time, body or URL is another signature', () => {
    const base = ovhSignature(KEY, 'GET', URL_AUTH, '', 1457018875);
    expect(ovhSignature(KEY, 'GET', URL_AUTH, '', 1457018876)).not.toBe(base);
    expect(ovhSignature(KEY, 'GET', `${URL_AUTH}?x=1`, '', 1457018875)).not.toBe(base);
    expect(ovhSignature({ ...KEY, appSecret: 'other' }, 'GET', URL_AUTH, '', 1457018875)).not.toBe(base);
  });
});
