/**
 * Alibaba Cloud's RPC signature (electron/engine/ddns/sign/aliyun.ts) against the worked example
 * of Alibaba Cloud DNS's "Request signatures" document (DescribeDomainRecords for example.com,
 * AccessKeyId testid, secret testsecret, nonce f59ed6a9-83fc-473b-9cc6-99c95df3856e, time
 * 2016-03-24T16:41:54Z, Format XML): its StringToSign and its Signature uRpHwaSEt3J+6KQD//svCh/x+pI=.
 */
import { describe, expect, it } from 'vitest';

import {
  aliyunEncode,
  aliyunSignature,
  aliyunSignedQuery,
  aliyunStringToSign,
} from '../../../../../electron/engine/ddns/sign/aliyun';

const PARAMS = {
  Format: 'XML',
  AccessKeyId: 'testid',
  Action: 'DescribeDomainRecords',
  SignatureMethod: 'HMAC-SHA1',
  DomainName: 'example.com',
  SignatureNonce: 'f59ed6a9-83fc-473b-9cc6-99c95df3856e',
  SignatureVersion: '1.0',
  Version: '2015-01-09',
  Timestamp: '2016-03-24T16:41:54Z',
};

describe("Alibaba Cloud's signature: the document's example", () => {
  it('builds its StringToSign', () => {
    expect(aliyunStringToSign('GET', PARAMS)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDomainRecords%26DomainName%3Dexample.com' +
        '%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Df59ed6a9-83fc-473b-9cc6-99c95df3856e' +
        '%26SignatureVersion%3D1.0%26Timestamp%3D2016-03-24T16%253A41%253A54Z%26Version%3D2015-01-09',
    );
  });

  it('signs it as the document does', () => {
    expect(aliyunSignature('testsecret', 'GET', PARAMS)).toBe('uRpHwaSEt3J+6KQD//svCh/x+pI=');
    expect(aliyunSignature('testsecret', 'GET', { ...PARAMS, Signature: 'ignored' })).toBe(
      'uRpHwaSEt3J+6KQD//svCh/x+pI=',
    );
    expect(aliyunSignature('othersecret', 'GET', PARAMS)).not.toBe('uRpHwaSEt3J+6KQD//svCh/x+pI=');
  });

  it('encodes per RFC 3986, not as a form', () => {
    expect(aliyunEncode("a b*c~d/é+='!()")).toBe('a%20b%2Ac~d%2F%C3%A9%2B%3D%27%21%28%29');
  });

  it('sends the whole query, the signature last and encoded', () => {
    const q = aliyunSignedQuery(
      { accessKeyId: 'testid', secret: 'testsecret' },
      'GET',
      { Action: 'DescribeDomainRecords', DomainName: 'example.com' },
      new Date('2016-03-24T16:41:54.123Z'),
      'f59ed6a9-83fc-473b-9cc6-99c95df3856e',
    );
    const sent = Object.fromEntries(new URLSearchParams(q));
    expect(sent).toMatchObject({ Timestamp: '2016-03-24T16:41:54Z', Format: 'JSON', SignatureVersion: '1.0' });
    const { Signature, ...rest } = sent;
    expect(Signature).toBe(aliyunSignature('testsecret', 'GET', rest));
    expect(sent.Version).toBe('2015-01-09');
  });

  it("signs another API's version when told (ESA's 2024-09-10)", () => {
    const q = aliyunSignedQuery(
      { accessKeyId: 'testid', secret: 'testsecret' },
      'POST',
      { Action: 'ListSites', SiteName: 'example.com' },
      new Date('2016-03-24T16:41:54Z'),
      'f59ed6a9-83fc-473b-9cc6-99c95df3856e',
      '2024-09-10',
    );
    const { Signature, ...rest } = Object.fromEntries(new URLSearchParams(q));
    expect(rest.Version).toBe('2024-09-10');
    expect(Signature).toBe(aliyunSignature('testsecret', 'POST', rest));
    expect(Signature).not.toBe(aliyunSignature('testsecret', 'POST', { ...rest, Version: '2015-01-09' }));
  });
});
