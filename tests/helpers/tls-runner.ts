/**
 * The real headless runner on the LAN serving a certificate and key named in api.tls, for the
 * tests of that pair (tls/user-certificate.test.ts, api/host-follows-certificate.test.ts): one
 * World and one folder for the files per test file, the files written as tools write them (a new
 * file renamed over the old one), and requests pinned to a fingerprint.
 */
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { leafFacts } from '../../electron/engine/tls/fingerprint';
import { type ApiRunner, startApiRunner } from './api-runner';
import { type PinnedAnswer, pinnedRequest } from './pinned-https';
import { until } from './until';
import { startWorld, type World } from './world';

export interface PemPair {
  cert: string;
  key: string;
}

export interface TlsRunnerRoom {
  readonly world: World;
  /** The folder holding cert.pem and key.pem. */
  readonly dir: string;
  /** Writes a file in the folder as tools do: a new file renamed over the old one. */
  put(name: string, text: string): void;
  /** Writes the pair and starts the runner with api.tls naming its files. */
  start(pair: PemPair): Promise<ApiRunner>;
  /** Keeps a runner started elsewhere, to be stopped after the file's tests (the newest is served). */
  adopt(runner: ApiRunner): void;
  /** Writes a new pair (the certificate, then its key) and waits until the runner serves it. */
  renew(pair: PemPair): Promise<string>;
  /** GET /api/v1/status over TLS pinned to `fingerprint`, with the token and `headers`. */
  status(fingerprint: string, headers?: Record<string, string>): Promise<PinnedAnswer>;
}

/** Registers the file's beforeAll (a World, a folder) and afterAll (the runner, the World). */
export function tlsRunnerRoom(prefix: string): TlsRunnerRoom {
  let world: World | undefined;
  let dir = '';
  const runners: ApiRunner[] = [];
  beforeAll(async () => {
    world = await startWorld();
    dir = mkdtempSync(path.join(tmpdir(), prefix));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await world?.close();
  });
  const theWorld = (): World => {
    if (!world) throw new Error('the World starts in beforeAll');
    return world;
  };
  const started = (): ApiRunner => {
    const last = runners.at(-1);
    if (!last) throw new Error('the runner has not been started');
    return last;
  };
  const put = (name: string, text: string) => {
    writeFileSync(path.join(dir, `${name}.tmp`), text, { mode: 0o600 });
    renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
  };
  return {
    get world() {
      return theWorld();
    },
    get dir() {
      return dir;
    },
    put,
    async start(pair) {
      put('cert.pem', pair.cert);
      put('key.pem', pair.key);
      const tls = { cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem') };
      const runner = await startApiRunner({ world: theWorld(), settings: { api: { port: 0, lan: true, tls } } });
      runners.push(runner);
      return runner;
    },
    adopt(r) {
      runners.push(r);
    },
    async renew(pair) {
      put('cert.pem', pair.cert);
      put('key.pem', pair.key);
      const fp = leafFacts(pair.cert).fingerprint;
      await until(() => started().stderr().includes(fp), { what: 'the runner serving the new certificate' });
      return fp;
    },
    status(fingerprint, headers = {}) {
      const r = started();
      const port = new URL(r.url).port;
      return pinnedRequest(`https://127.0.0.1:${port}/api/v1/status`, fingerprint, {
        headers: { authorization: `Bearer ${r.token}`, ...headers },
      });
    },
  };
}
