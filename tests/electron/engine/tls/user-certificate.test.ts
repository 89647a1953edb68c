/**
 * A certificate and key named in api.tls, through the real headless runner on the LAN: served
 * from the start, followed when the files change (the runner says so; a client pinning the new
 * fingerprint then connects), and a bad pair is refused with its reason while the pair in use
 * is still served (issue 50).
 */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { leafFacts } from '../../../../electron/engine/tls/fingerprint';
import { generateCertificate } from '../../../../electron/engine/tls/generate';
import { startApiRunner } from '../../../helpers/api-runner';
import { tlsRunnerRoom } from '../../../helpers/tls-runner';
import { until } from '../../../helpers/until';

const NAMES = { dns: ['localhost'], ip: ['127.0.0.1', '::1'] };
const room = tlsRunnerRoom('ipwatch-user-cert-');

describe('api.tls', () => {
  it('serves the named pair, follows a change, and keeps it when the files turn bad', async () => {
    const first = await generateCertificate(NAMES, Date.now());
    const second = await generateCertificate(NAMES, Date.now());
    const fp1 = leafFacts(first.cert).fingerprint;
    const runner = await room.start(first);
    const status = async (fp: string) => {
      const res = await room.status(fp);
      expect(res.status).toBe(200);
      return (JSON.parse(res.body) as { api: { tls: { fingerprint: string; generated: boolean } } }).api;
    };
    expect((await status(fp1)).tls).toMatchObject({ fingerprint: fp1, generated: false });

    // A renewal: the certificate, then its key.
    const fp2 = await room.renew(second);
    expect(runner.stderr()).toMatch(/serving the new certificate/);
    expect((await status(fp2)).tls.fingerprint).toBe(fp2);
    await expect(status(fp1)).rejects.toThrow(/not the pinned/);

    // A bad certificate: refused in words, the second pair still served.
    room.put('cert.pem', '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n');
    await until(() => /the certificate is not a PEM certificate/.test(runner.stderr()), {
      what: 'the runner refusing the bad file',
    });
    expect(runner.stderr()).toMatch(/cannot be served; the previous one is still served/);
    expect((await status(fp2)).tls.fingerprint).toBe(fp2);

    // The first certificate with the second's key: the key does not belong to it.
    room.put('cert.pem', first.cert);
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
      () => path.join(room.dir, 'nope.pem'),
      /the certificate file \S+nope\.pem does not exist: check api\.tls\.cert/,
    ],
    [
      'a folder',
      () => room.dir,
      /the certificate file \S+ is a folder, not a file: set api\.tls\.cert to the PEM file in it/,
    ],
  ])(
    'stops the start with the reason in words when the certificate is %s',
    async (_, file, words) => {
      const key = path.join(room.dir, 'key.pem');
      const started = startApiRunner({
        world: room.world,
        settings: { api: { port: 0, lan: true, tls: { cert: file(), key } } },
      });
      const err = await started.then(
        (r) => (room.adopt(r), new Error('the runner started')),
        (e: unknown) => e as Error,
      );
      expect(err.message).toMatch(words);
      expect(err.message).not.toMatch(/\bE[A-Z]{3,}\b/);
    },
    120_000,
  );
});
