#!/usr/bin/env node
// An IPWatch DNS provider plugin (docs/plugins.md): reads one request line on stdin, reads the
// record at a small REST API (`api`, with a bearer `key`: a secret), changes it only when it holds
// another address, and writes one answer line: "updated", or "unchanged" when it was right already.
//   GET  {api}/records/{name}/{type}  -> 200 {"content": "192.0.2.1"} or 404
//   PUT  {api}/records/{name}/{type}  <- {"content": "192.0.2.7"}
// 401 or 403 is a refusal ("retry": false: the record is switched off until the key is fixed).
/* global fetch, AbortSignal -- Node 20's own */
import { once } from 'node:events';
import process from 'node:process';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin });
const [line] = await once(lines, 'line');
const req = JSON.parse(line);
const answer = (fields) => process.stdout.write(`${JSON.stringify({ v: 1, id: req.id, ...fields })}\n`);
const refused = (status) => status === 401 || status === 403;

try {
  if (req.op !== 'update') throw new Error(`unexpected op ${req.op}`);
  const url = `${req.settings.api.replace(/\/+$/, '')}/records/${encodeURIComponent(req.name)}/${req.type}`;
  const headers = { authorization: `Bearer ${req.settings.key}`, 'content-type': 'application/json' };
  const now = await fetch(url, { headers, signal: AbortSignal.timeout(4000) });
  if (refused(now.status)) {
    answer({ ok: false, error: `the API refused the key (${now.status})`, retry: false });
  } else if (now.ok && (await now.json()).content === req.address) {
    answer({ ok: true, result: 'unchanged' });
  } else {
    const put = await fetch(url, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ content: req.address }),
      signal: AbortSignal.timeout(4000),
    });
    if (put.ok) answer({ ok: true, result: 'updated' });
    else answer({ ok: false, error: `the API answered ${put.status}`, retry: !refused(put.status) });
  }
} catch (err) {
  answer({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
lines.close();
