/** The monitor's JIT settings, in a real process: hot code kept off TurboFan, on Sparkplug, and the check path's large functions on Sparkplug early. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PROBE = path.join(ROOT, 'tests/fixtures/engine/tier-probe.ts');

interface Probed {
  turbofanned: boolean;
  baseline: boolean;
  /** The large function that took one short path 300 times has Sparkplug code. */
  rarelyBaseline: boolean;
  sum: number;
}

async function probe(...args: string[]): Promise<Probed> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PROBE, ...args], { cwd: ROOT });
  return JSON.parse(stdout) as Probed;
}

describe('baselineJsOnly', () => {
  it('keeps a hot function on baseline code, where V8 would otherwise optimize it', async () => {
    const [free, capped] = await Promise.all([probe(), probe('cap')]);
    // Without the cap the same loop reaches TurboFan: the probe can tell the two apart.
    expect(free.turbofanned).toBe(true);
    expect(capped).toMatchObject({ turbofanned: false, baseline: true });
    expect(capped.sum).toBe(free.sum);
  });

  it('gives a large function that runs a short path a few hundred times Sparkplug code, where V8 would still interpret it', async () => {
    const [free, capped] = await Promise.all([probe(), probe('cap')]);
    expect([free.rarelyBaseline, capped.rarelyBaseline]).toEqual([false, true]);
  });
});
