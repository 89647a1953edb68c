/**
 * scripts/docker-prune.mjs, which the image's runtime stage runs after `npm ci --omit=dev`: what
 * only the Electron-only packages need is found from the lockfile (a small one, then the real
 * one), the identity data it removes is none the lookup reads, and a tree on disk loses exactly
 * those paths.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync as readdir, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ATLAS_FILE } from '../../electron/engine/bot/map-image';
import { dataFiles } from '../../electron/engine/identity/lookup';
import { ATLAS_UNREAD, ELECTRON_ONLY, IDENTITY_UNREAD, onlyNeededBy, prune } from '../../scripts/docker-prune.mjs';
import { parseDockerfile } from '../../scripts/lint-dockerfile.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** app -> a, e (dropped); a -> shared; e -> shared, only-e, nested semver of its own; dev tooling. */
const LOCK = {
  packages: {
    '': { dependencies: { a: '1', e: '1' }, devDependencies: { vitest: '1' } },
    'node_modules/a': { dependencies: { shared: '1', semver: '6' } },
    'node_modules/e': { dependencies: { shared: '1', 'only-e': '1', semver: '7' } },
    'node_modules/e/node_modules/semver': { version: '7.0.0' },
    'node_modules/semver': { version: '6.0.0' },
    'node_modules/shared': {},
    'node_modules/only-e': { dependencies: { deep: '1' } },
    'node_modules/deep': {},
    'node_modules/vitest': { dev: true },
  },
};

describe('onlyNeededBy', () => {
  it.each([
    [[], []],
    [['e'], ['node_modules/e', 'node_modules/e/node_modules/semver', 'node_modules/only-e', 'node_modules/deep']],
    // a's semver 6 sits at the top; e resolves its own 7 nested under it, so 6 was a's alone.
    [['a'], ['node_modules/a', 'node_modules/semver']],
    [
      ['a', 'e'],
      [
        'node_modules/a',
        'node_modules/e',
        'node_modules/e/node_modules/semver',
        'node_modules/semver',
        'node_modules/shared',
        'node_modules/only-e',
        'node_modules/deep',
      ],
    ],
  ])('dropping %j removes %j, never a dev package', (drop, want) => {
    expect(onlyNeededBy(LOCK, drop).sort()).toEqual([...want].sort());
  });

  it("on the project's lockfile: the Electron-only packages go, every other production dependency stays", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const gone = new Set(onlyNeededBy(lock, ELECTRON_ONLY));
    for (const name of ELECTRON_ONLY) expect(gone.has(`node_modules/${name}`), name).toBe(true);
    const kept = Object.keys(pkg.dependencies).filter((d) => !ELECTRON_ONLY.includes(d));
    expect(kept.filter((d) => gone.has(`node_modules/${d}`))).toEqual([]);
  });
});

describe('IDENTITY_UNREAD', () => {
  it('holds none of the files the identity lookup reads, and every other data file of its packages', () => {
    const read = Object.values(dataFiles(null)).flatMap((f) => [f.asn, f.country]);
    const rel = read.map((f) => f.slice(f.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(rel.filter((f) => IDENTITY_UNREAD.includes(f))).toEqual([]);
    for (const f of IDENTITY_UNREAD) expect(existsSync(path.join(ROOT, 'node_modules', f)), f).toBe(true);
    const data = (dir: string) =>
      readdir(path.join(ROOT, 'node_modules', dir))
        .filter((f) => /\.(csv|mmdb)$/.test(f))
        .map((f) => `${dir}/${f}`);
    expect([...data('@ip-location-db/asn'), ...data('@ip-location-db/geo-whois-asn-country-mmdb')].sort()).toEqual(
      [...rel, ...IDENTITY_UNREAD].sort(),
    );
  });
});

describe('prune', () => {
  it('removes exactly what only the Electron-only packages need and the unread data, and counts the bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-prune-'));
    const lock = {
      packages: {
        '': { dependencies: { fastify: '5', 'electron-store': '11', '@ip-location-db/asn': '2' } },
        'node_modules/fastify': { dependencies: { shared: '1' } },
        'node_modules/electron-store': { dependencies: { conf: '1', shared: '1' } },
        'node_modules/conf': {},
        'node_modules/shared': {},
        'node_modules/@ip-location-db/asn': {},
      },
    };
    writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock));
    for (const p of Object.keys(lock.packages).filter(Boolean)) {
      mkdirSync(path.join(dir, p), { recursive: true });
      writeFileSync(path.join(dir, p, 'index.js'), 'x'.repeat(10));
    }
    writeFileSync(path.join(dir, 'node_modules/@ip-location-db/asn/asn-ipv4.csv'), 'y'.repeat(100));
    writeFileSync(path.join(dir, 'node_modules/@ip-location-db/asn/asn-ipv4-num.csv'), 'z');
    const r = await prune(dir);
    expect(r.removed.sort()).toEqual(
      ['node_modules/@ip-location-db/asn/asn-ipv4.csv', 'node_modules/conf', 'node_modules/electron-store'].sort(),
    );
    expect(r.bytes).toBe(120);
    for (const kept of ['fastify', 'shared', '@ip-location-db/asn/asn-ipv4-num.csv'])
      expect(existsSync(path.join(dir, 'node_modules', kept)), kept).toBe(true);
    expect(existsSync(path.join(dir, 'node_modules/conf'))).toBe(false);
  });
});

describe('the Dockerfile', () => {
  it('prunes in the runtime stage, in the RUN that installs, before the builds are copied in', () => {
    const all = parseDockerfile(readFileSync(path.join(ROOT, 'build/docker/Dockerfile'), 'utf8'));
    const last = all.slice(all.findLastIndex((i) => i.op === 'FROM'));
    const copy = last.find((i) => i.op === 'COPY' && i.args.includes('scripts/docker-prune.mjs'));
    const run = last.find((i) => i.op === 'RUN' && i.args.includes('npm ci --omit=dev'));
    expect(copy).toBeDefined();
    expect(run?.args).toMatch(/npm ci --omit=dev[^&]*&&\s+node docker-prune\.mjs\s+&&\s+rm docker-prune\.mjs/);
    expect(run!.line).toBeGreaterThan(copy!.line);
    expect(last.findIndex((i) => i.op === 'COPY' && i.args.includes('out/headless'))).toBeGreaterThan(
      last.indexOf(run!),
    );
  });
});

describe('ATLAS_UNREAD', () => {
  it("holds every file of world-atlas but the one the bot's /map reads", () => {
    const files = readdir(path.join(ROOT, 'node_modules', 'world-atlas'))
      .filter((f) => f.endsWith('.json') && f !== 'package.json')
      .map((f) => `world-atlas/${f}`);
    expect([...ATLAS_UNREAD, `world-atlas/${ATLAS_FILE}`].sort()).toEqual(files.sort());
  });
});
