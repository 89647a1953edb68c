/**
 * The dashboard on the LAN over HTTPS, through the real headless runner: the certificate it makes
 * at first run is served on every interface, a client pinning the fingerprint the runner printed
 * gets data, loopback still answers plain HTTP, and plain HTTP from another address gets no data
 * unless api.allowPlainHttp says so (issue 50).
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { pinnedRequest } from '../../../helpers/pinned-https';
import { startWorld, type World } from '../../../helpers/world';

/** An address of this host that is not loopback: a request to it comes "from the LAN". */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

/** One raw plain-HTTP request, as a browser sends it: the whole answer, as text. */
function plainGet(host: string, port: number, pathname: string, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host, port }, () =>
      s.write(
        `GET ${pathname} HTTP/1.1\r\nhost: ${host}:${port}\r\nauthorization: Bearer ${token}\r\nconnection: close\r\n\r\n`,
      ),
    );
    let text = '';
    s.setEncoding('utf8');
    s.on('data', (d: string) => (text += d));
    s.on('end', () => resolve(text));
    s.on('error', reject);
  });
}

let world: World;
const runners: ApiRunner[] = [];
/** A runner through tsx starts in seconds alone, slower on a busy machine. */
const RUNNER_MS = 90_000;

beforeAll(async () => {
  world = await startWorld();
}, 60_000);

afterAll(async () => {
  for (const r of runners) await r.stop();
  await world?.close();
});

const start = async (api: Record<string, unknown>) => {
  const r = await startApiRunner({ world, settings: { api: { port: 0, lan: true, ...api } } });
  runners.push(r);
  const line = await r.lines.until((l) => l.type === 'api', 5000);
  const port = Number(new URL(r.url).port);
  const fingerprint = /SHA-256: ([0-9A-F:]{95})/.exec(String(line.certificate))?.[1] ?? '';
  return { r, port, fingerprint, line };
};

describe('the LAN over HTTPS', () => {
  it(
    'serves the generated certificate, which a client pinning the printed fingerprint trusts',
    async () => {
      const { r, port, fingerprint } = await start({});
      expect(r.url).toBe(`https://localhost:${port}`);
      expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      // The printed fingerprint is the stored certificate's, computed independently here.
      const stored = new X509Certificate(readFileSync(path.join(r.dataDir, 'tls', 'cert.pem')));
      expect(stored.fingerprint256).toBe(fingerprint);
      expect(r.stderr()).toContain(fingerprint);
      expect(stored.subjectAltName).toContain('DNS:localhost');
      expect(stored.subjectAltName).toContain('IP Address:127.0.0.1');
      expect(statSync(path.join(r.dataDir, 'tls', 'key.pem')).mode & 0o777).toBe(0o600);

      const res = await pinnedRequest(`https://127.0.0.1:${port}/api/v1/status`, fingerprint, {
        headers: { authorization: `Bearer ${r.token}` },
      });
      expect(res.status).toBe(200);
      const status = JSON.parse(res.body) as { api: unknown };
      expect(status.api).toEqual({
        tls: { fingerprint, generated: true, notAfter: Date.parse(stored.validTo) },
        plainHttpOnLan: false,
      });
      await expect(
        pinnedRequest(`https://127.0.0.1:${port}/healthz`, fingerprint.replace(/^../, '00')),
      ).rejects.toThrow(/not the pinned/);
      // Loopback keeps plain HTTP: the container's health check and scripts on this machine.
      const loop = await plainGet('127.0.0.1', port, '/api/v1/status', r.token);
      expect(loop).toMatch(/^HTTP\/1\.1 200/);
      expect(loop).toContain('"plainHttpOnLan":false');
    },
    RUNNER_MS,
  );

  it.skipIf(!lanAddress)(
    'gives plain HTTP from the LAN no data, and one line saying where HTTPS is',
    async () => {
      const { r, port, fingerprint } = await start({});
      const answer = await plainGet(lanAddress!, port, '/api/v1/status', r.token);
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      expect(answer).toContain(`https://${lanAddress}:${port}/`);
      expect(answer).not.toContain('families');
      expect(answer).not.toContain(r.token);
      // The same port over HTTPS from the LAN address answers.
      const res = await pinnedRequest(`https://${lanAddress}:${port}/api/v1/status`, fingerprint, {
        headers: { authorization: `Bearer ${r.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.body).toContain('families');
    },
    RUNNER_MS,
  );

  it.skipIf(!lanAddress)(
    'answers plain HTTP from the LAN with api.allowPlainHttp, and says so in the status',
    async () => {
      const { r, port, line } = await start({ allowPlainHttp: true });
      expect(line.plainHttpOnLan).toBe(true);
      const answer = await plainGet(lanAddress!, port, '/api/v1/status', r.token);
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toContain('"plainHttpOnLan":true');
    },
    RUNNER_MS,
  );

  it('keeps the certificate across a restart (the fingerprint a person compared stays)', async () => {
    const first = await start({});
    await first.r.stop(true);
    const again = await startApiRunner({ world, dataDir: first.r.dataDir });
    runners.push(again);
    const line = await again.lines.until((l) => l.type === 'api', 5000);
    expect(String(line.certificate)).toContain(first.fingerprint);
  });
});
