/**
 * The AWS SigV4 signer (electron/engine/ddns/sign/aws.ts) against AWS's published SigV4 test
 * suite (aws-sig-v4-test-suite, as kept in mhart/aws4's test/aws-sig-v4-test-suite/<case>/:
 * the .req request and its .authz Authorization header), and the Route 53 stand-in's own
 * verifier (tests/fakes/ddns/route53.ts, written apart from aws4) against the same vectors.
 */
import { describe, expect, it } from 'vitest';

import { signAws } from '../../../../../electron/engine/ddns/sign/aws';
import { sigV4Mismatch } from '../../../../fakes/ddns/route53';

const KEY = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 'service',
};
const AT = new Date('2015-08-30T12:36:00Z');
const HOST = 'https://example.amazonaws.com';
const CRED = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request';

const VECTORS: {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  authz: string;
}[] = [
  {
    name: 'get-vanilla',
    method: 'GET',
    path: '/',
    authz: `${CRED}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31`,
  },
  {
    name: 'post-vanilla',
    method: 'POST',
    path: '/',
    authz: `${CRED}, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b`,
  },
  {
    name: 'get-vanilla-query-order-key-case',
    method: 'GET',
    path: '/?Param2=value2&Param1=value1',
    authz: `${CRED}, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500`,
  },
  {
    name: 'post-vanilla-query',
    method: 'POST',
    path: '/?Param1=value1',
    authz: `${CRED}, SignedHeaders=host;x-amz-date, Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11`,
  },
  {
    name: 'get-header-value-trim',
    method: 'GET',
    path: '/',
    headers: { 'My-Header1': ' value1', 'My-Header2': ' "a   b   c"' },
    authz: `${CRED}, SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736`,
  },
  {
    name: 'post-x-www-form-urlencoded',
    method: 'POST',
    path: '/',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'Param1=value1',
    authz: `${CRED}, SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a`,
  },
];

describe("SigV4: AWS's test suite", () => {
  it.each(VECTORS)('$name: the signer writes the published Authorization', (v) => {
    const got = signAws({ method: v.method, url: `${HOST}${v.path}`, headers: v.headers, body: v.body }, KEY, AT);
    expect(got.authorization).toBe(v.authz);
    expect(got['x-amz-date']).toBe('20150830T123600Z');
  });

  it.each(VECTORS)("$name: the stand-in's verifier takes the published one and refuses another", (v) => {
    const lower = Object.fromEntries(Object.entries(v.headers ?? {}).map(([k, x]) => [k.toLowerCase(), x]));
    const seen = {
      method: v.method,
      url: new URL(`http://x${v.path}`),
      headers: { ...lower, host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z', authorization: v.authz },
      body: v.body ?? '',
    };
    expect(sigV4Mismatch(seen, KEY)).toBeNull();
    const wrong = { ...KEY, secretAccessKey: `${KEY.secretAccessKey}x` };
    expect(sigV4Mismatch(seen, wrong)).toBe('SignatureDoesNotMatch');
    expect(sigV4Mismatch(seen, { ...KEY, accessKeyId: 'AKIDOTHER' })).toBe('InvalidClientTokenId');
  });
});
