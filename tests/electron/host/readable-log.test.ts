/**
 * The runner's plain log for a person (issue 75): an outage is one line when it begins and one
 * when it ends, with what was tried meanwhile, however many retries and source changes came
 * between; a repeated outcome is not said again; a failure is said in words, its raw text in
 * brackets only under --verbose. The sequence is seeded; the oracle counts the events itself.
 */
import { describe, expect, it } from 'vitest';

import { createReadableLog } from '../../../electron/host/readable-log';
import type { RunnerLine } from '../../../electron/host/runner-lines';
import type { Attempt, CheckEvent, Family } from '../../../shared/types';
import { seededRandom, testSeed } from '../../helpers/random';

const seed = testSeed('readable log outage');
const random = seededRandom(seed);
const AT = Date.UTC(2026, 0, 2, 3, 4, 5);

/** Raw texts the sources' errors carry (the codes a person cannot act on). */
const RAW = [
  'parse: DNS NXDOMAIN',
  'network: getaddrinfo ENOTFOUND api.ipify.org',
  'network: connect ENETUNREACH 1.1.1.1:53',
];
const CODES = /NXDOMAIN|ENOTFOUND|ENETUNREACH/;

function failed(id: string): Attempt {
  const error = RAW[Math.floor(random() * RAW.length)]!;
  return { sourceId: id, provider: id, kind: 'http', ok: false, error, latencyMs: 5 };
}

function check(at: number, family: Family, ids: string[], trigger: CheckEvent['trigger'] = 'retry'): CheckEvent {
  const attempts = ids.map(failed);
  return {
    type: 'check',
    at,
    family,
    trigger,
    result: 'unavailable',
    ip: null,
    requests: ids.length,
    durationMs: 12,
    attempts,
  };
}

/** A first check per family, the outage, `retries` rounds with source changes between, and the end. */
function outage(retries: number): { lines: RunnerLine[]; checks: number; sources: Set<string> } {
  const pool = Array.from({ length: 12 }, (_, i) => `source-${i}`);
  const pick = () => pool.filter(() => random() < 0.5).slice(0, 6);
  const lines: RunnerLine[] = [check(AT, 4, pick(), 'start'), check(AT, 6, pick(), 'start')];
  lines.push({ type: 'offline', at: AT + 1, cause: 'no source answered with an address for IPv4 and IPv6' });
  let checks = 0;
  const sources = new Set<string>();
  for (let r = 0; r < retries; r++)
    for (const family of [4, 6] as const) {
      const c = check(AT + 1000 * (r + 2), family, pick());
      checks++;
      for (const a of c.attempts) sources.add(a.sourceId);
      lines.push(c, {
        type: 'source-health',
        at: c.at,
        sourceId: c.attempts[0]?.sourceId ?? 'source-0',
        from: 'closed',
        to: 'open',
        reason: c.attempts[0]?.error ?? 'parse: DNS NXDOMAIN',
      });
    }
  lines.push({ type: 'online', at: AT + 1000 * (retries + 3), offlineMs: 1000 * (retries + 2) });
  return { lines, checks, sources };
}

describe(`the readable log (seed ${seed})`, () => {
  it('says an outage in two lines, whatever its retries, and no raw code', () => {
    const retries = 5 + Math.floor(random() * 20);
    const { lines, checks, sources } = outage(retries);
    const log = createReadableLog();
    const written = lines.map(log).filter((l): l is string => l !== null);
    // The first check of each family, then the outage's two lines: none of the retries.
    expect(written).toHaveLength(4);
    expect(written[2]).toContain(
      ' OFFLINE no source answered with an address for IPv4 and IPv6. IPWatch keeps checking',
    );
    expect(written[3]).toContain(
      ` ONLINE after ${retries + 2} s offline; meanwhile ${checks} checks asked ${sources.size} sources, none with an address.`,
    );
    for (const l of written) expect(l).not.toMatch(CODES);
  });

  it('says a check again only when its outcome changes, and each family apart', () => {
    const log = createReadableLog();
    const same = [check(AT, 4, ['a'], 'interval'), check(AT + 1, 4, ['b'], 'interval'), check(AT + 2, 6, ['a'])];
    expect(same.map(log).map((l) => l !== null)).toEqual([true, false, true]);
    const resolved: CheckEvent = { ...check(AT + 3, 4, []), result: 'confirmed', ip: '81.2.69.142' };
    expect(log(resolved)).toContain('check IPv4 81.2.69.142 confirmed');
    expect(log({ ...resolved, at: AT + 4, result: 'unchanged' })).toContain('unchanged');
    expect(log({ ...resolved, at: AT + 5, result: 'unchanged' })).toBeNull();
  });

  it('--verbose writes every line, each raw text in brackets after its words', () => {
    const { lines } = outage(3);
    const log = createReadableLog(true);
    const written = lines.map(log);
    expect(written.every((l) => l !== null)).toBe(true);
    const retry = written.find((l) => l?.includes('(retry,'))!;
    expect(retry).toMatch(
      /\[(parse: DNS NXDOMAIN|network: getaddrinfo ENOTFOUND api\.ipify\.org|network: connect ENETUNREACH 1\.1\.1\.1:53)\]/,
    );
  });
});
