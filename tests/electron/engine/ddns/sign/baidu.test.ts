/**
 * The bce-auth-v1 signer against Baidu AI Cloud's published example ("Generate Authentication
 * String", https://cloud.baidu.com/doc/Reference/s/njwvz1yfu: AK aaaa..., SK bbbb..., a PUT of
 * /v1/test/myfolder/readme.txt at bj.bcebos.com, 2015-04-27T08:23:49Z, 1800 s, the default signed
 * headers; its result as the header page https://intl.cloud.baidu.com/doc/Reference/s/Gjwvz1xez-en
 * shows it: .../1800//d74a0436...2999e).
 */
import { describe, expect, it } from 'vitest';

import { baiduAuthorization, baiduCanonicalRequest, baiduEncode } from '../../../../../electron/engine/ddns/sign/baidu';

const KEY = { accessKeyId: 'a'.repeat(32), secret: 'b'.repeat(32) };
const REQ = {
  method: 'PUT',
  path: '/v1/test/myfolder/readme.txt',
  query: { uploadId: 'a44cc9bab11cbd156984767aad637851', partNumber: '9' },
  headers: {
    Host: 'bj.bcebos.com',
    'Content-Type': 'text/plain',
    'Content-Length': '8',
    'Content-Md5': 'NFzcPqhviddjRNnSOGo4rw==',
    'x-bce-date': '2015-04-27T08:23:49Z',
  },
};
const TIME = new Date('2015-04-27T08:23:49Z');

describe('Baidu AI Cloud bce-auth-v1', () => {
  it("gives the published example's authorization", () => {
    expect(baiduAuthorization(KEY, REQ, TIME, 1800, false)).toBe(
      'bce-auth-v1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/2015-04-27T08:23:49Z/1800//d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e',
    );
  });

  it("builds the example's canonical request, query and headers sorted and encoded", () => {
    expect(baiduCanonicalRequest(REQ)).toBe(
      [
        'PUT',
        '/v1/test/myfolder/readme.txt',
        'partNumber=9&uploadId=a44cc9bab11cbd156984767aad637851',
        'content-length:8',
        'content-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D',
        'content-type:text%2Fplain',
        'host:bj.bcebos.com',
        'x-bce-date:2015-04-27T08%3A23%3A49Z',
      ].join('\n'),
    );
  });

  it('names the signed headers when asked, and another secret signs otherwise', () => {
    const auth = baiduAuthorization(KEY, { method: 'POST', path: '/v1/x', headers: { Host: 'h' } }, TIME);
    expect(auth).toMatch(/^bce-auth-v1\/a{32}\/2015-04-27T08:23:49Z\/1800\/host\/[0-9a-f]{64}$/);
    const other = baiduAuthorization(
      { ...KEY, secret: 'c' },
      { method: 'POST', path: '/v1/x', headers: { Host: 'h' } },
      TIME,
    );
    expect(other).not.toBe(auth);
  });

  it('encodes per RFC 3986', () => {
    expect(baiduEncode("a b*c~d/é+='!()")).toBe('a%20b%2Ac~d%2F%C3%A9%2B%3D%27%21%28%29');
  });
});
