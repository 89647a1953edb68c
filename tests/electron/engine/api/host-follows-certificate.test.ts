/**
 * The Host check over TLS follows the certificate served (issue 58, finding 3), through the real
 * headless runner with a pair named in api.tls: the names of the first certificate are answered,
 * then, once the files are replaced and the runner serves the new pair, the new certificate's
 * names (a wildcard among them) are answered and the names only the old one held are refused.
 */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { leafFacts } from '../../../../electron/engine/tls/fingerprint';
import { generateCertificate } from '../../../../electron/engine/tls/generate';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { pinnedRequest } from '../../../helpers/pinned-https';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const LOOPBACK = { ip: ['127.0.0.1', '::1'] };
let world: World;
let runner: ApiRunner;
let dir: string;

/** Writes a file as tools do: a new file renamed over the old one. */
const put = (name: string, text: string) => {
  writeFileSync(path.join(dir, `${name}.tmp`), text, { mode: 0o600 });
  renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
};

beforeAll(async () => {
  world = await startWorld();
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-host-cert-'));
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

describe('the names answered over TLS', () => {
  it("are the served certificate's, and follow a new pair", async () => {
    const first = await generateCertificate({ dns: ['first.home.arpa', 'localhost'], ...LOOPBACK }, Date.now());
    const second = await generateCertificate({ dns: ['*.lan.arpa', 'localhost'], ...LOOPBACK }, Date.now());
    put('cert.pem', first.cert);
    put('key.pem', first.key);
    runner = await startApiRunner({
      world,
      settings: {
        api: { port: 0, lan: true, tls: { cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem') } },
      },
    });
    const port = Number(new URL(runner.url).port);
    const status = async (host: string, fp: string) =>
      (
        await pinnedRequest(`https://127.0.0.1:${port}/api/v1/status`, fp, {
          headers: { host: `${host}:${port}`, authorization: `Bearer ${runner.token}` },
        })
      ).status;
    const fp1 = leafFacts(first.cert).fingerprint;
    expect(await status('first.home.arpa', fp1)).toBe(200);
    expect(await status('localhost', fp1)).toBe(200);
    expect(await status('dash.lan.arpa', fp1)).toBe(403);

    put('cert.pem', second.cert);
    put('key.pem', second.key);
    const fp2 = leafFacts(second.cert).fingerprint;
    await until(() => runner.stderr().includes(fp2), { what: 'the runner serving the new certificate' });
    expect(await status('dash.lan.arpa', fp2)).toBe(200);
    expect(await status('a.dash.lan.arpa', fp2)).toBe(403);
    expect(await status('first.home.arpa', fp2)).toBe(403);
    expect(await status('127.0.0.1', fp2)).toBe(200);
  }, 120_000);
});
