/**
 * Tencent Cloud's TC3-HMAC-SHA256 (electron/engine/ddns/sign/tencent.ts) against the worked example
 * of its "Signature v3" document (CVM DescribeInstances at cvm.tencentcloudapi.com, timestamp
 * 1551113065, SecretKey Gu5t9xGARNpq86cd98joQYCN3EXAMPLE, its JSON body): the string to sign's
 * hash 5ffe6a04... and the signature 72e494ea....
 */
import { describe, expect, it } from 'vitest';

import { tc3Authorization, tc3Signature, tc3StringToSign } from '../../../../../electron/engine/ddns/sign/tencent';

const CALL = {
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  contentType: 'application/json; charset=utf-8',
  body: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  timestamp: 1551113065,
};
const SIGNATURE = '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168';

describe("Tencent Cloud's TC3 signature: the document's example", () => {
  it('builds its string to sign (the UTC date, not UTC+8)', () => {
    expect(tc3StringToSign(CALL)).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n' +
        '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
  });

  it('signs it as the document does', () => {
    expect(tc3Signature('Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', CALL)).toBe(SIGNATURE);
    expect(tc3Signature('Gu5t9xGARNpq86cd98joQYCN3EXAMPLF', CALL)).not.toBe(SIGNATURE);
    expect(
      tc3Authorization(
        { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' },
        CALL,
      ),
    ).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        `SignedHeaders=content-type;host, Signature=${SIGNATURE}`,
    );
  });
});
