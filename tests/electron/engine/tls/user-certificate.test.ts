/**
 * A certificate and key named in api.tls, through the real headless runner on the LAN: served
 * from the start, followed when the files change (the runner says so; a client pinning the new
 * fingerprint then connects), and a bad pair is refused with its reason while the pair in use
 * is still served (issue 50).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { leafFacts } from '../../../../electron/engine/tls/fingerprint';
import { generateCertificate } from '../../../../electron/engine/tls/generate';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { pinnedRequest } from '../../../helpers/pinned-https';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const NAMES = { dns: ['localhost'], ip: ['127.0.0.1', '::1'] };
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
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-user-cert-'));
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

describe('api.tls', () => {
  it('serves the named pair, follows a change, and keeps it when the files turn bad', async () => {
    const first = await generateCertificate(NAMES, Date.now());
    const second = await generateCertificate(NAMES, Date.now());
    const fp1 = leafFacts(first.cert).fingerprint;
    const fp2 = leafFacts(second.cert).fingerprint;
    put('cert.pem', first.cert);
    put('key.pem', first.key);
    runner = await startApiRunner({
      world,
      settings: {
        api: { port: 0, lan: true, tls: { cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem') } },
      },
    });
    const port = Number(new URL(runner.url).port);
    const status = async (fp: string) => {
      const res = await pinnedRequest(`https://127.0.0.1:${port}/api/v1/status`, fp, {
        headers: { authorization: `Bearer ${runner.token}` },
      });
      expect(res.status).toBe(200);
      return (JSON.parse(res.body) as { api: { tls: { fingerprint: string; generated: boolean } } }).api;
    };
    expect((await status(fp1)).tls).toMatchObject({ fingerprint: fp1, generated: false });

    // A renewal: the certificate, then its key.
    put('cert.pem', second.cert);
    put('key.pem', second.key);
    await until(() => runner.stderr().includes(fp2), { what: 'the runner serving the new certificate' });
    expect(runner.stderr()).toMatch(/serving the new certificate/);
    expect((await status(fp2)).tls.fingerprint).toBe(fp2);
    await expect(status(fp1)).rejects.toThrow(/not the pinned/);

    // A bad certificate: refused in words, the second pair still served.
    put('cert.pem', '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n');
    await until(() => /the certificate is not a PEM certificate/.test(runner.stderr()), {
      what: 'the runner refusing the bad file',
    });
    expect(runner.stderr()).toMatch(/cannot be served; the previous one is still served/);
    expect((await status(fp2)).tls.fingerprint).toBe(fp2);

    // The first certificate with the second's key: the key does not belong to it.
    put('cert.pem', first.cert);
    await until(() => /the key does not belong to the certificate/.test(runner.stderr()), {
      what: 'the runner refusing a mismatched pair',
    });
    expect((await status(fp2)).tls.fingerprint).toBe(fp2);
  }, 120_000);

  // A missing file and a folder through the real runner; a file this user may not read is the
  // table's row (tests/electron/engine/tls/file-words.test.ts): the tests may run as root.
  it.each([
    [
      'a missing file',
      () => path.join(dir, 'nope.pem'),
      /the certificate file \S+nope\.pem does not exist: check api\.tls\.cert/,
    ],
    [
      'a folder',
      () => dir,
      /the certificate file \S+ is a folder, not a file: set api\.tls\.cert to the PEM file in it/,
    ],
  ])(
    'stops the start with the reason in words when the certificate is %s',
    async (_, file, words) => {
      const key = path.join(dir, 'key.pem');
      const started = startApiRunner({ world, settings: { api: { port: 0, lan: true, tls: { cert: file(), key } } } });
      const err = await started.then(
        (r) => (runner = r) && new Error('the runner started'),
        (e: unknown) => e as Error,
      );
      expect(err.message).toMatch(words);
      expect(err.message).not.toMatch(/\bE[A-Z]{3,}\b/);
    },
    120_000,
  );
});
