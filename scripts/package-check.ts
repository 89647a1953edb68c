/**
 * `npm run package:check`: proves what the installers contain, on a machine that cannot
 * download Electron. It builds with electron-vite, then packs with electron-builder
 * (`--linux dir` and tar.gz, with Debian's 7za) around a stand-in electronDist whose
 * binary carries Electron's fuse wire (sentinel, version, length, states), and checks:
 *   - the asar holds main, preload, the renderer's index.html and the production dependencies,
 *     and every packed package's own dependencies where Node will look for them;
 *   - sql-wasm.wasm (and node-notifier's helpers) are unpacked beside it, and so are the
 *     identity databases the lookup reads (and only those of their packages' files);
 *   - no sources, tests, source maps or devDependencies are packed;
 *   - the asar stays under ASAR_BUDGET_BYTES;
 *   - the afterPack hook flipped the fuses, read back from the packed binary;
 *   - the tar.gz holds the same app.
 * Prints a JSON summary (asar size vs budget, fuses) on stdout; exits 1 with every problem listed.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

import { ATLAS_UNREAD, IDENTITY_UNREAD } from './docker-prune.mjs';
import { type EntryFields, missingEntries } from './package-entries';

const require = createRequire(import.meta.url);
const { fusesFor } = require('./fuses.cjs') as {
  fusesFor: (platform: string) => Partial<Record<FuseV1Options, boolean>>;
};

const ROOT = path.join(import.meta.dirname, '..');
/**
 * The packed app (main, preload, renderer, production node_modules), with the Discord bot (discord.js,
 * and vega + vega-lite + resvg for /stats) and the API (fastify, prom-client). Renderer libraries are
 * bundled by vite and must not ship again as node_modules. The budget leaves room for some growth;
 * docs/development.md, "Building the installers", says what the budget holds.
 */
export const ASAR_BUDGET_BYTES = 34 * 1024 * 1024;
/** The identity lookup's files (electron/engine/identity/lookup.ts), read from disk beside the asar. */
export const IDENTITY_DATA = [
  '/node_modules/@ip-location-db/asn/asn-ipv4-num.csv',
  '/node_modules/@ip-location-db/asn/asn-ipv6-num.csv',
  '/node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv4.mmdb',
  '/node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv6.mmdb',
];
/** The world's shapes the bot's /map reads (electron/engine/bot/map-image.ts); the other files of world-atlas stay out. */
export const ATLAS_FILE = '/node_modules/world-atlas/countries-110m.json';
const ATLAS_OUT = ATLAS_UNREAD.map((f) => `/node_modules/${f}`);
/** The same data in the forms the lookup does not read: the installers leave them out, as the image does. */
const IDENTITY_UNUSED = IDENTITY_UNREAD.map((f) => `/node_modules/${f}`);
/** Electron's fuse wire marker and states (@electron/fuses constants.js, which its index does not export). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: 48, ENABLE: 49 } as const;
/** Electron's defaults as shipped: RunAsNode, NODE_OPTIONS, --inspect and file: privileges on; the rest off. */
const STOCK_WIRE = [1, 0, 1, 1, 0, 0, 0, 1];

/** A stand-in for the unpacked Electron: a script whose bytes carry the fuse wire, and the files electron-builder expects. */
export function makeStandInElectron(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = Buffer.from([
    1,
    STOCK_WIRE.length,
    ...STOCK_WIRE.map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE)),
  ]);
  const bin = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "IPWatch package check: stand-in Electron binary" >&2\nexit 1\n# '),
    Buffer.from(SENTINEL),
    wire,
    Buffer.from('\n'),
  ]);
  writeFileSync(path.join(dir, 'electron'), bin);
  chmodSync(path.join(dir, 'electron'), 0o755);
  const version = (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
  ).version;
  writeFileSync(path.join(dir, 'version'), version);
  writeFileSync(path.join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
}

/** Dependencies vite bundles into the renderer: kept out of the asar (electron-builder.yml files filter). */
const RENDERER_ONLY = ['react', 'react-dom'];

interface Pkg {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/**
 * Each packed package's own dependencies that are not packed where Node would look for them
 * (its nested node_modules, then each parent's, up to the top). Pure.
 */
export function missingTransitive(
  files: string[],
  readDeps: (packageJson: string) => Record<string, string> | undefined,
): string[] {
  const set = new Set(files);
  const problems: string[] = [];
  for (const f of files) {
    const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(f);
    if (!m) continue;
    const dir = m[1]!;
    if (/\/(test|tests|__tests__)\//.test(dir)) continue;
    // Type packages are dropped on purpose (electron-builder.yml files filter): nothing requires them at run time.
    for (const dep of Object.keys(readDeps(f) ?? {}).filter((d) => !d.startsWith('@types/'))) {
      let base = dir;
      let found = false;
      for (;;) {
        if (set.has(`${base}/node_modules/${dep}/package.json`)) {
          found = true;
          break;
        }
        const up = base.lastIndexOf('/node_modules/');
        if (up < 0) break;
        base = base.slice(0, up);
      }
      if (!found && !set.has(`/node_modules/${dep}/package.json`))
        problems.push(`${dir.slice(1)} needs ${dep}, which is not packed`);
    }
  }
  return problems;
}

/** Every problem with the packed files; empty when the asar is as it should be. Pure. */
export function asarProblems(files: string[], unpacked: string[], pkg: Pkg, asarBytes: number): string[] {
  const has = (f: string) => files.includes(f);
  const problems: string[] = [];
  for (const f of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
    if (!has(f)) problems.push(`asar lacks ${f}`);
  for (const dep of Object.keys(pkg.dependencies).filter((d) => !RENDERER_ONLY.includes(d)))
    if (!has(`/node_modules/${dep}/package.json`)) problems.push(`asar lacks the production dependency ${dep}`);
  for (const dep of RENDERER_ONLY)
    if (has(`/node_modules/${dep}/package.json`))
      problems.push(`asar holds ${dep}, which the renderer bundle already contains`);
  if (!has('/node_modules/sql.js/dist/sql-wasm.js')) problems.push("asar lacks sql.js's Node build (dist/sql-wasm.js)");
  for (const dev of Object.keys(pkg.devDependencies))
    if (has(`/node_modules/${dev}/package.json`)) problems.push(`asar holds the devDependency ${dev}`);
  const banned: [RegExp, string][] = [
    [/\.map$/, 'a source map'],
    [/^\/(electron|shared|renderer|tests|bench|scripts|build|out\/headless[^/]*)\//, 'a source, test or build file'],
    [/^\/node_modules\/@types\//, 'type declarations'],
    // Type declarations some packages ship beside their JavaScript are harmless; sources are not.
    [/(?<!\.d)\.(ts|tsx|mts|cts)$/, 'a TypeScript file'],
    [/\/(test|tests|__tests__)\//, 'a test folder'],
  ];
  for (const f of files) {
    const hit = banned.find(([re]) => re.test(f));
    if (hit) problems.push(`asar holds ${hit[1]}: ${f}`);
  }
  if (!unpacked.some((f) => f.endsWith('/node_modules/sql.js/dist/sql-wasm.wasm')))
    problems.push('sql-wasm.wasm is not unpacked from the asar');
  if (!unpacked.some((f) => f.includes('/node_modules/node-notifier/vendor/')))
    problems.push("node-notifier's vendor helpers are not unpacked from the asar");
  for (const f of IDENTITY_DATA)
    if (!unpacked.includes(f)) problems.push(`the identity database ${f} is not unpacked from the asar`);
  for (const f of [...files, ...unpacked])
    if (IDENTITY_UNUSED.includes(f)) problems.push(`the app holds ${f}, which the identity lookup never reads`);
  if (!files.includes(ATLAS_FILE)) problems.push(`the app lacks ${ATLAS_FILE}, which the bot's /map reads`);
  for (const f of [...files, ...unpacked])
    if (ATLAS_OUT.includes(f)) problems.push(`the app holds ${f}, which the bot's /map never reads`);
  if (asarBytes > ASAR_BUDGET_BYTES)
    problems.push(`asar is ${asarBytes} bytes, over the budget of ${ASAR_BUDGET_BYTES}`);
  return problems;
}

const walk = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [`/${path.relative(base, p)}`];
  });

/** Exit code when node_modules cannot be packed faithfully (not a finding about the app). */
export const EXIT_STALE_NODE_MODULES = 3;

/**
 * electron-builder packs what `npm ls` reports. When npm's record of node_modules (its hidden
 * lockfile) has fallen behind the folders on disk, it reports installed packages as missing
 * and the packed app would lack them; the fix is `npm install`, not a change to the app.
 */
function npmSeesInstalledAsMissing(): string[] {
  let out: string;
  try {
    out = execFileSync('npm', ['ls', '--all', '--omit', 'dev', '--json', '--silent'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (err) {
    // npm ls exits 1 when it finds problems; its JSON is still on stdout.
    out = String((err as { stdout?: unknown }).stdout ?? '{}');
  }
  // The production tree: a dependency npm cannot find is marked `missing`.
  type Node = { missing?: boolean; extraneous?: boolean; dependencies?: Record<string, Node> };
  const found: string[] = [];
  const walk = (deps: Record<string, Node> = {}, depth = 0) => {
    for (const [name, node] of Object.entries(deps)) {
      if (node.extraneous) continue; // installed for someone else's branch or tooling: not packed
      if (node.missing && existsSync(path.join(ROOT, 'node_modules', name, 'package.json'))) found.push(name);
      else if (depth < 64) walk(node.dependencies, depth + 1);
    }
  };
  const prod = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Pkg).dependencies);
  const top = (JSON.parse(out || '{}') as Node).dependencies ?? {};
  walk(Object.fromEntries(Object.entries(top).filter(([name]) => prod.includes(name))));
  return [...new Set(found)];
}

async function main(): Promise<number> {
  const stale = npmSeesInstalledAsMissing();
  if (stale.length) {
    process.stderr.write(
      `package:check: npm reports ${stale.length} installed packages as missing (e.g. ${stale.slice(0, 3).join(', ')}): ` +
        'node_modules is out of step with its lockfile, so electron-builder would pack an incomplete app. Run npm install.\n',
    );
    return EXIT_STALE_NODE_MODULES;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'ipwatch-package-'));
  const out = path.join(work, 'dist');
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    });
    const electronDist = path.join(work, 'electron');
    makeStandInElectron(electronDist);
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/electron-builder/cli.js'),
        '--linux',
        'dir',
        'tar.gz',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${out}`,
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 2, 2],
        env: { ...process.env, ELECTRON_BUILDER_7ZIP_PATH: '/usr/bin/7za', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      },
    );
    const appDir = path.join(out, 'linux-unpacked');
    const asar = path.join(appDir, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false });
    const unpackedDir = path.join(appDir, 'resources', 'app.asar.unpacked');
    const unpacked = existsSync(unpackedDir) ? walk(unpackedDir) : [];
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Pkg;
    const asarBytes = statSync(asar).size;
    const readJson = (f: string) => {
      try {
        return JSON.parse(extractFile(asar, f.slice(1)).toString('utf8')) as EntryFields & {
          dependencies?: Record<string, string>;
        };
      } catch {
        return undefined;
      }
    };
    const problems = [
      ...asarProblems(files, unpacked, pkg, asarBytes),
      ...missingEntries(files, readJson),
      ...missingTransitive(files, (f) => readJson(f)?.dependencies),
    ];

    const binary = path.join(appDir, 'ipwatch');
    const wire = await getCurrentFuseWire(binary);
    const wanted = fusesFor('linux');
    const fuses: Record<string, boolean> = {};
    for (const [index, on] of Object.entries(wanted)) {
      const name = FuseV1Options[Number(index)]!;
      const state = wire[Number(index) as FuseV1Options];
      fuses[name] = state === FuseState.ENABLE;
      if (state !== (on ? FuseState.ENABLE : FuseState.DISABLE))
        problems.push(`fuse ${name} is ${String(state)}, expected ${on ? 'on' : 'off'}`);
    }
    for (const icon of ['icons/tray/linux/tray-ok-32.png', 'icons/app/512x512.png'])
      if (!existsSync(path.join(appDir, 'resources', icon))) problems.push(`resources lack ${icon}`);

    const tarball = readdirSync(out).find((f) => f.endsWith('.tar.gz'));
    if (!tarball) problems.push('no tar.gz was built');
    else {
      const listing = execFileSync('tar', ['-tzf', path.join(out, tarball)], { encoding: 'utf8', maxBuffer: 64 << 20 });
      for (const f of [
        'resources/app.asar',
        'resources/app.asar.unpacked/node_modules/sql.js/dist/sql-wasm.wasm',
        'ipwatch',
      ])
        if (!listing.split('\n').some((l) => l.endsWith(f))) problems.push(`${tarball} lacks ${f}`);
    }

    process.stdout.write(
      `${JSON.stringify({ asarBytes, asarBudgetBytes: ASAR_BUDGET_BYTES, asarFiles: files.length, unpacked: unpacked.length, fuses, tarball, problems }, null, 2)}\n`,
    );
    return problems.length ? 1 : 0;
  } finally {
    if (!process.env.IPWATCH_KEEP_PACKAGE) rmSync(work, { recursive: true, force: true });
    else process.stderr.write(`kept ${work}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`package:check failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
