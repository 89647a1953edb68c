/**
 * The Host check over TLS follows the certificate served (issue 58, finding 3), through the real
 * headless runner with a pair named in api.tls: the names of the first certificate are answered,
 * then, once the files are replaced and the runner serves the new pair, the new certificate's
 * names (a wildcard among them) are answered and the names only the old one held are refused.
 */
import { describe, expect, it } from 'vitest';

import { leafFacts } from '../../../../electron/engine/tls/fingerprint';
import { generateCertificate } from '../../../../electron/engine/tls/generate';
import { tlsRunnerRoom } from '../../../helpers/tls-runner';

const LOOPBACK = { ip: ['127.0.0.1', '::1'] };
const room = tlsRunnerRoom('ipwatch-host-cert-');

describe('the names answered over TLS', () => {
  it("are the served certificate's, and follow a new pair", async () => {
    const first = await generateCertificate({ dns: ['first.home.arpa', 'localhost'], ...LOOPBACK }, Date.now());
    const second = await generateCertificate({ dns: ['*.lan.arpa', 'localhost'], ...LOOPBACK }, Date.now());
    const runner = await room.start(first);
    const port = new URL(runner.url).port;
    const status = async (host: string, fp: string) => (await room.status(fp, { host: `${host}:${port}` })).status;
    const fp1 = leafFacts(first.cert).fingerprint;
    expect(await status('first.home.arpa', fp1)).toBe(200);
    expect(await status('localhost', fp1)).toBe(200);
    expect(await status('dash.lan.arpa', fp1)).toBe(403);

    const fp2 = await room.renew(second);
    expect(await status('dash.lan.arpa', fp2)).toBe(200);
    expect(await status('a.dash.lan.arpa', fp2)).toBe(403);
    expect(await status('first.home.arpa', fp2)).toBe(403);
    expect(await status('127.0.0.1', fp2)).toBe(200);
  }, 120_000);
});
