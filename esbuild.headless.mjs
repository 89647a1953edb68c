/**
 * Bundles the headless runner (`npm run build:headless`) into one ESM file for plain Node.
 *
 * The small libraries every run loads are bundled: one module parses and sits in memory far
 * more cheaply than dozens (zod alone: 57 MB RSS loaded from node_modules against 49 MB
 * bundled). fastify-type-provider-zod is bundled with zod, so both use the same zod; the code is
 * zod/mini's alone (issue 61: classic zod's classes cost the runner megabytes), which the bundle
 * test checks. @formatjs/intl speaks every notice (issue 62), so it runs at start too. Every
 * other dependency stays external: loaded lazily (mqtt, nodemailer, discord.js...),
 * native, or shipping files of its own (sql.js's wasm, node-notifier's helpers).
 *
 *   node esbuild.headless.mjs [--outfile=out/headless/index.js]   (the last --outfile wins)
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL, URL } from 'node:url';

import { build } from 'esbuild';

export const BUNDLED = [
  '@formatjs/icu-messageformat-parser',
  '@formatjs/intl',
  'commander',
  'dns-packet',
  'env-paths',
  'fastify-type-provider-zod',
  'ipaddr.js',
  'mmdb-lib',
  'proper-lockfile',
  'saxes',
  'zod',
];

/**
 * The bundle's text with every non-ASCII character written as a \uXXXX escape. V8 keeps a
 * script's source for the life of the process (lazy compilation reads it again), stored one
 * byte a character only when every character fits in one: esbuild escapes non-ASCII in code
 * but copies comments as written, and a single `…` in a comment doubled the 1.6 MB string.
 * The escape means the same character in a string, a regular expression or a name, and
 * nothing in a comment.
 */
export function asciiOnly(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Builds the bundle into `outfile`; every dependency but BUNDLED stays external. */
export async function bundleHeadless(outfile) {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const external = Object.keys(pkg.dependencies ?? {})
    .filter((name) => !BUNDLED.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
  await build({
    entryPoints: ['electron/headless.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external,
    // The package's `ipwatch` bin: a shebang, then a require() for the bundled CommonJS libraries.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __ipwatchRequire } from 'node:module'; const require = __ipwatchRequire(import.meta.url);",
    },
    outfile,
    logLevel: 'warning',
  });
  writeFileSync(outfile, asciiOnly(readFileSync(outfile, 'utf8')));
  // Executable, as npm makes a bin it links: a global install and a direct run work alike.
  chmodSync(outfile, 0o755);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outfile =
    process.argv
      .filter((a) => a.startsWith('--outfile='))
      .map((a) => a.slice('--outfile='.length))
      .at(-1) ?? 'out/headless/index.js';
  await bundleHeadless(outfile);
}
