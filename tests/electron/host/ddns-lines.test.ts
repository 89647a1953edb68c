/**
 * The runner's `ddns` lines (electron/host/ddns-lines.ts): printed on each change of a record's
 * state through the real printer (--json and readable), never for a look that found nothing new,
 * and masked where a secret shows.
 */
import { describe, expect, it } from 'vitest';

import { createRedactor } from '../../../electron/engine/secrets/redact';
import { type DdnsLine, printDdnsChanges } from '../../../electron/host/ddns-lines';
import { createPrinter } from '../../../electron/host/readable-log';
import type { RunnerLine } from '../../../electron/host/runner-lines';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';

const rec = (over: Partial<DdnsRecordStatus> = {}): DdnsRecordStatus => ({
  id: 'home',
  provider: 'rfc2136',
  name: 'home.example.org',
  type: 'A',
  state: 'propagating',
  why: null,
  address: '198.51.100.7',
  holds: '198.51.100.7',
  waitingFor: ['ns2.example.org'],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: 1,
  lastPropagationMs: null,
  lastLookAt: 1,
  ...over,
});

function harness() {
  let records: DdnsRecordStatus[] = [];
  let listener: (() => void) | null = null;
  const features = {
    status: () => ({ ddns: { records } }),
    onChange: (l: () => void) => ((listener = l), () => (listener = null)),
  };
  const set = (next: DdnsRecordStatus[]) => {
    records = next;
    listener?.();
  };
  return { features, set, off: () => listener === null };
}

describe('runner ddns lines', () => {
  it('one line per change of state; a look that found nothing new prints nothing', () => {
    const h = harness();
    const lines: DdnsLine[] = [];
    const stop = printDdnsChanges(
      h.features,
      (l) => lines.push(l),
      () => 5,
    );
    h.set([rec()]);
    h.set([rec({ lastLookAt: 2 })]);
    h.set([rec({ state: 'in-step', waitingFor: [], lastPropagationMs: 1200 })]);
    expect(lines.map((l) => l.records[0]!.state)).toEqual(['propagating', 'in-step']);
    expect(lines[1]).toMatchObject({ type: 'ddns', at: 5 });
    stop();
    expect(h.off()).toBe(true);
  });

  it('prints as JSON for scripts and as words for people, a secret masked', () => {
    const redactor = createRedactor();
    redactor.add(['tsig-secret-value-123']);
    const out: string[] = [];
    const line: RunnerLine = {
      type: 'ddns',
      at: Date.UTC(2026, 0, 2),
      records: [rec({ state: 'failed', why: 'refused tsig-secret-value-123' })],
    };
    createPrinter(true, redactor, (s) => out.push(s))(line);
    createPrinter(false, redactor, (s) => out.push(s))(line);
    const parsed = JSON.parse(out[0]!) as DdnsLine;
    expect(parsed).toMatchObject({ type: 'ddns', records: [{ id: 'home', state: 'failed' }] });
    expect(out[1]).toBe('2026-01-02T00:00:00.000Z DDNS home.example.org A: failed: refused ***\n');
    expect(out.join('')).not.toContain('tsig-secret-value-123');
  });
});
