/**
 * What the runner loads at start with default settings (identity on, the API on; no DDNS record,
 * speed test off), traced through Node's module loader (tests/helpers/trace-loads.mjs) in the
 * real runner from source: the parts loaded on first use are not loaded by the first checks of
 * both families. Then each is used (a /metrics scrape, the OpenAPI document, a speed test) and
 * must show up in the trace, so the trace is seen to see them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { RUNNER_BUNDLE_ENV } from '../../../helpers/headless';
import { startWorld, type World } from '../../../helpers/world';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const HOOK = pathToFileURL(path.join(ROOT, 'tests/helpers/trace-loads.mjs')).href;
const REQUIRES_HOOK = path.join(ROOT, 'tests/helpers/trace-requires.cjs');
/**
 * fastify's default schema compilers: the API gives its own (api/schema-compilers.ts), so they
 * never load (fastify's own error serializer still takes fast-json-stringify's small lib/serializer.js).
 */
const NEVER = [
  '/node_modules/ajv/',
  '/node_modules/@fastify/ajv-compiler/',
  '/node_modules/fast-json-stringify/index.js',
];

/** Loaded on first use only: a module path (under the checkout) or a package, and how it is first used. */
const ON_FIRST_USE = [
  { what: 'the OpenAPI document', module: '/electron/engine/api/openapi/openapi-settings.ts' },
  { what: 'the OpenAPI generator (@fastify/swagger)', module: '/node_modules/@fastify/swagger/' },
  { what: 'Prometheus (prom-client)', module: '/node_modules/prom-client/' },
  { what: "the speed test's measuring", module: '/electron/engine/speed/transfer.ts' },
  { what: "the speed test's run", module: '/electron/engine/speed/run.ts' },
  { what: 'the DDNS keeper (no record is set)', module: '/electron/engine/runtime/ddns-keeper.ts' },
  { what: 'the DDNS providers (no record is set)', module: '/electron/engine/ddns/registry.ts' },
  { what: "Node's own fetch code, through undici's package entry", module: '/node_modules/undici/index.js' },
];

let world: World;
let runner: ApiRunner;
let traceFile: string;
let requiresFile: string;
let dir: string;
const loaded = () => readFileSync(traceFile, 'utf8').split('\n').filter(Boolean);

beforeAll(async () => {
  world = await startWorld();
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-loads-'));
  traceFile = path.join(dir, 'loads.txt');
  requiresFile = path.join(dir, 'requires.txt');
  // The source through tsx (not the bundle, which holds our modules in one file), traced.
  const bundle = process.env[RUNNER_BUNDLE_ENV];
  delete process.env[RUNNER_BUNDLE_ENV];
  try {
    runner = await startApiRunner({
      world,
      env: {
        NODE_OPTIONS: `--import ${HOOK} --require ${REQUIRES_HOOK}`,
        TRACE_LOADS_FILE: traceFile,
        TRACE_REQUIRES_FILE: requiresFile,
      },
    });
  } finally {
    if (bundle !== undefined) process.env[RUNNER_BUNDLE_ENV] = bundle;
  }
}, 90_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the runner at start with default settings', () => {
  it('has loaded its API server and monitor, and none of the parts loaded on first use', () => {
    const urls = loaded();
    expect(urls.some((u) => u.endsWith('/electron/engine/api/server.ts'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/electron/engine/ip-monitor/engine.ts'))).toBe(true);
    const early = ON_FIRST_USE.filter((p) => urls.some((u) => u.includes(p.module))).map((p) => p.what);
    expect(early).toEqual([]);
  });

  it('loads Prometheus at the first scrape and the OpenAPI schema at the first read of the document', async () => {
    expect((await runner.fetch('/metrics')).status).toBe(200);
    expect((await runner.fetch('/api/v1/openapi.json')).status).toBe(200);
    const urls = loaded();
    expect(urls.some((u) => u.includes('/node_modules/prom-client/'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/electron/engine/api/openapi/openapi-settings.ts'))).toBe(true);
    expect(urls.some((u) => u.includes('/node_modules/@fastify/swagger/'))).toBe(true);
  });

  it("never loads fastify's default schema compilers, from start to stop", async () => {
    await runner.stop(true);
    const required = readFileSync(requiresFile, 'utf8').split('\n');
    expect(required.some((f) => f.includes('/node_modules/fastify/'))).toBe(true);
    expect(NEVER.filter((m) => required.some((f) => f.includes(m)))).toEqual([]);
    // Nor, with the API on loopback, the certificate library (tls/generate.ts loads it at the
    // first certificate made, which only api.lan asks for).
    const certificateCode = (f: string) =>
      f.includes('/node_modules/@peculiar/') || f.includes('/node_modules/reflect-metadata/');
    expect([...loaded(), ...required].filter(certificateCode)).toEqual([]);
  });
});
