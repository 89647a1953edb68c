#!/usr/bin/env node
// An IPWatch source plugin (docs/plugins.md): reads one request line on stdin, asks an HTTP echo
// service (`url`, answering the address as text) and writes one answer line on stdout.
// Plain Node 20, no packages. Its own deadline is shorter than the manifest's timeoutMs.
/* global fetch, AbortSignal -- Node 20's own */
import { once } from 'node:events';
import process from 'node:process';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin });
const [line] = await once(lines, 'line');
const req = JSON.parse(line);
const answer = (fields) => process.stdout.write(`${JSON.stringify({ v: 1, id: req.id, ...fields })}\n`);

try {
  if (req.op !== 'lookup') throw new Error(`unexpected op ${req.op}`);
  const res = await fetch(req.settings.url, { signal: AbortSignal.timeout(4000) });
  if (!res.ok) throw new Error(`the echo answered ${res.status}`);
  const address = (await res.text()).trim().slice(0, 100);
  answer({ ok: true, address });
} catch (err) {
  answer({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
lines.close();
