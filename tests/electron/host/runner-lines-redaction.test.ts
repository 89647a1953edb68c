/**
 * The headless runner's printer masks every secret it knows (electron/host/readable-log.ts):
 * registered secrets, URL tokens and passwords, in readable lines and in --json lines, which stay
 * valid JSON. Split from runner-lines.test.ts.
 */
import { describe, expect, it } from 'vitest';

import { createRedactor } from '../../../electron/engine/secrets/redact';
import { createPrinter } from '../../../electron/host/readable-log';
import type { RunnerLine } from '../../../electron/host/runner-lines';

describe('redaction', () => {
  const SECRET = 'hunter2-"quoted"-secret';
  const redacting = (json: boolean) => {
    const redactor = createRedactor();
    redactor.add([SECRET]);
    const out: string[] = [];
    return { out, print: createPrinter(json, redactor, (s) => out.push(s)) };
  };
  const failedCheck = (error: string): RunnerLine => ({
    type: 'check',
    at: Date.UTC(2026, 0, 1),
    family: 4,
    trigger: 'interval',
    result: 'uncertain',
    ip: null,
    requests: 1,
    durationMs: 12,
    attempts: [{ sourceId: 'custom-1', provider: 'x', kind: 'http', ok: false, error, latencyMs: 3 }],
  });

  it.each([
    ['a registered secret', `network: 401 for ${SECRET}`, SECRET],
    ['a URL token', 'network: GET https://x.test/ip?token=abcd1234efgh failed', 'abcd1234efgh'],
    ['a password in a URL', 'network: https://me:p4ssw0rd@x.test/ failed', 'p4ssw0rd'],
  ])('json: %s is masked, and the line stays valid JSON', (_label, error, hidden) => {
    const { out, print } = redacting(true);
    print(failedCheck(error));
    expect(out[0]).not.toContain(hidden);
    expect(out[0]).not.toContain(JSON.stringify(hidden).slice(1, -1));
    const row = JSON.parse(out[0]!) as { attempts: { error: string }[] };
    expect(row.attempts[0]!.error).toContain('***');
  });

  it.each([
    ['a registered secret', `network: 401 for ${SECRET}`, SECRET],
    ['a URL token', 'network: GET https://x.test/ip?token=abcd1234efgh failed', 'abcd1234efgh'],
  ])('readable: %s is masked', (_label, error, hidden) => {
    const { out, print } = redacting(false);
    print(failedCheck(error));
    expect(out[0]).not.toContain(hidden);
    expect(out[0]).toContain('***');
  });

  it('a line with nothing secret is printed as is', () => {
    const { out, print } = redacting(true);
    const line = failedCheck('timeout: no answer before the timeout');
    print(line);
    expect(out).toEqual([`${JSON.stringify(line)}\n`]);
  });
});
