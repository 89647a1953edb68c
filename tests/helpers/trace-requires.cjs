/**
 * `--require` this file to write, when the process exits, every CommonJS module it loaded (the
 * keys of require.cache: node's one cache for `require`, also filled when ESM imports a CommonJS
 * package, and by that package's own requires) to the file named by TRACE_REQUIRES_FILE, one a
 * line. trace-loads.mjs sees only what goes through the ESM loader, not a package's own requires.
 * https://nodejs.org/docs/latest-v20.x/api/modules.html#requirecache
 */
'use strict';
const { writeFileSync } = require('node:fs');
const process = require('node:process');

const out = process.env.TRACE_REQUIRES_FILE;
if (out) process.on('exit', () => writeFileSync(out, `${Object.keys(require.cache).join('\n')}\n`));
