/**
 * The generated certificate while it is served (engine/tls/index.ts prepareTls): kept across a
 * start when it still fits, and made again without a restart when the host gains an address, the
 * new pair handed to the server (issue 50).
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { prepareTls, type TlsPair } from '../../../../electron/engine/tls';

const nic = (address: string) => ({ address, family: 'IPv4', internal: false });

describe('prepareTls with a generated certificate', () => {
  it('keeps the stored pair at the next start, and renews it while serving when the host gains an address', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tls-'));
    const logs: LogRecord[] = [];
    const logger = createLogger('tls', { level: 'debug', sink: (r) => logs.push(r) });
    let interfaces = { eth0: [nic('192.168.1.5')] };
    const host = () => ({ name: 'nas', interfaces });
    const o = { dataDir, now: () => Date.now(), logger, host, recheckMs: 10 };

    const first = await prepareTls(o);
    expect(statSync(path.join(dataDir, 'tls', 'key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, 'tls')).mode & 0o777).toBe(0o700);
    const again = await prepareTls(o);
    expect(again.facts()).toEqual(first.facts());
    expect(logs.filter((l) => l.message === 'made a new certificate for the LAN dashboard')).toHaveLength(1);

    interfaces = { eth0: [nic('192.168.1.5'), nic('10.1.2.3')] };
    const applied = new Promise<TlsPair>((resolve) => {
      const stop = again.follow((pair) => {
        stop();
        resolve(pair);
      });
    });
    const pair = await applied;
    const cert = new X509Certificate(pair.cert);
    expect(cert.subjectAltName).toContain('IP Address:10.1.2.3');
    expect(cert.fingerprint256).not.toBe(first.facts().fingerprint);
    expect(again.facts().fingerprint).toBe(cert.fingerprint256);
    expect(new X509Certificate(readFileSync(path.join(dataDir, 'tls', 'cert.pem'))).fingerprint256).toBe(
      cert.fingerprint256,
    );
    expect(logs.map((l) => l.message)).toContain('serving the new certificate');
  });

  it('refuses, in words, to make one without a data folder', async () => {
    const logger = createLogger('tls', { level: 'error', sink: () => undefined });
    await expect(prepareTls({ dataDir: null, now: () => Date.now(), logger })).rejects.toThrow(
      /api\.tls must name a certificate and key when there is no data folder/,
    );
  });
});
