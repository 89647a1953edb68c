/** The monitor's JIT cap really keeps hot code off TurboFan, on Sparkplug, in a real process. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PROBE = path.join(ROOT, 'tests/fixtures/engine/tier-probe.ts');

async function probe(...args: string[]): Promise<{ turbofanned: boolean; baseline: boolean; sum: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PROBE, ...args], { cwd: ROOT });
  return JSON.parse(stdout) as { turbofanned: boolean; baseline: boolean; sum: number };
}

describe('baselineJsOnly', () => {
  it('keeps a hot function on baseline code, where V8 would otherwise optimize it', async () => {
    const [free, capped] = await Promise.all([probe(), probe('cap')]);
    // Without the cap the same loop reaches TurboFan: the probe can tell the two apart.
    expect(free.turbofanned).toBe(true);
    expect(capped).toMatchObject({ turbofanned: false, baseline: true });
    expect(capped.sum).toBe(free.sum);
  });
});
