#!/usr/bin/env node
// An IPWatch channel plugin (docs/plugins.md): reads one request line on stdin (a notice and its
// message), posts the message's text to a webhook (`url`) with a bearer `token` (a secret, given
// on stdin, never in the environment) and writes one answer line on stdout.
// A 4xx answer is a refusal that a retry will not fix ("retry": false); anything else is retried.
/* global fetch, AbortSignal -- Node 20's own */
import { once } from 'node:events';
import process from 'node:process';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin });
const [line] = await once(lines, 'line');
const req = JSON.parse(line);
const answer = (fields) => process.stdout.write(`${JSON.stringify({ v: 1, id: req.id, ...fields })}\n`);

try {
  if (req.op !== 'send') throw new Error(`unexpected op ${req.op}`);
  const res = await fetch(req.settings.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${req.settings.token}` },
    body: JSON.stringify({
      title: req.message.title,
      text: req.message.text,
      kind: req.notice.kind,
      key: req.notice.key,
    }),
    signal: AbortSignal.timeout(4000),
  });
  if (res.ok) answer({ ok: true });
  else
    answer({ ok: false, error: `the webhook answered ${res.status}`, retry: res.status >= 500 || res.status === 429 });
} catch (err) {
  answer({ ok: false, error: err instanceof Error ? err.message : String(err) });
}
lines.close();
