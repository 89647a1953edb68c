/**
 * lab-router's second figure: a reconnect with a gap. The router's WAN address is taken away
 * (RouterLab.dropWanAddress), the WAN stays without one for 3 to 5 s, as a PPPoE reconnect (the
 * forced daily disconnect of many providers) or a DHCP renewal leaves it, then a NEW address
 * is added (addWanAddress). miniupnpd sees both through rtnetlink: on the drop it sends a GENA
 * NOTIFY `Disconnected`, on the add a NAT-PMP and PCP announcement and a NOTIFY.
 *
 * Per change: from just before `ip addr add` runs to the runner's `change` line to the new
 * address, and the trigger of the check that found it. A change the router's news did not
 * trigger (found by the 60 s poll, or by nothing within CHANGE_TIMEOUT_MS) is a miss. The gap
 * lengths are drawn from a seeded generator (IPWATCH_TEST_SEED; the seed is printed).
 */
import { performance } from 'node:perf_hooks';

import { seededRandom, testSeed } from '../../tests/helpers/random';
import { median, round, sleep } from '../engine/stats';
import type { LabSession } from './session';

export const GAP_MS = { min: 3000, max: 5000 } as const;
/** Past two 60 s polls: a change the router trigger missed is still found (and counted as missed). */
const CHANGE_TIMEOUT_MS = 150_000;
/** After a change, so its checks (the quorum, a look 2 s later when the sources lag) are over before the next gap. */
const SPACING_MS = 3000;

export interface GapChange {
  to: string;
  /** How long the WAN had no address, ms (drawn), and as measured (from before `del` to before `add`). */
  gapMs: number;
  gapMeasuredMs: number;
  /** The trigger of the change line's check; 'none' when no change line came within CHANGE_TIMEOUT_MS. */
  trigger: string;
  /** From just before `ip addr add` to the change line (NaN when none came). */
  toChangeMs: number;
  /** The durationMs of the check that found it (the quorum's own time). */
  quorumMs: number;
  /** IPv4 checks that ran while the WAN had no address, by trigger and result: what the gap looked like to the runner. */
  checksInGap: string[];
}

export interface GapFigures {
  seed: number;
  changes: number;
  /** Median over the changes that were found, ms. */
  toChangeMs: number;
  /** Changes not found by a check with trigger 'router' (the poll's, or none at all). */
  missed: number;
  runs: GapChange[];
}

/** `n` gaps on the session's router, one after the other, each to a new address (11.1.N.2). */
export async function measureGaps({ lab, runner }: LabSession, n: number): Promise<GapFigures> {
  const seed = testSeed('lab-router gap lengths', process.env, (line) => process.stderr.write(line));
  const random = seededRandom(seed);
  const runs: GapChange[] = [];
  for (let i = 0; i < n; i++) {
    const to = `11.1.${(i % 250) + 1}.2`;
    const gapMs = Math.round(GAP_MS.min + random() * (GAP_MS.max - GAP_MS.min));
    const from = runner.lines.length;
    const droppedAt = await lab.dropWanAddress();
    // The gap is the scenario, not a wait for an event: the WAN has no address for this long.
    await sleep(Math.max(0, gapMs - (performance.timeOrigin + performance.now() - droppedAt)));
    const inGap = runner.lines.length;
    const at = await lab.addWanAddress(`${to}/24`);
    const checksInGap = runner.lines
      .slice(from, inGap)
      .filter((l) => l.type === 'check' && l.family === 4)
      .map((l) => `${String(l.trigger)}:${String(l.result)}`);
    const change = await runner
      .waitFor((l) => l.type === 'change' && l.family === 4 && l.to === to, {
        from,
        timeoutMs: CHANGE_TIMEOUT_MS,
        what: `the change line to ${to} after a gap`,
      })
      .catch(() => null);
    const check = change
      ? await runner.waitFor((l) => l.type === 'check' && l.family === 4 && l.result === 'changed' && l.ip === to, {
          from,
          timeoutMs: 10_000,
          what: `the check that found ${to}`,
        })
      : null;
    runs.push({
      to,
      gapMs,
      gapMeasuredMs: round(at - droppedAt),
      trigger: change ? String(change.trigger) : 'none',
      toChangeMs: change ? round(change.seenAt - at) : NaN,
      quorumMs: check ? Number(check.durationMs) : NaN,
      checksInGap,
    });
    await sleep(SPACING_MS);
  }
  const found = runs.filter((r) => Number.isFinite(r.toChangeMs));
  return {
    seed,
    changes: runs.length,
    toChangeMs: found.length ? median(found.map((r) => r.toChangeMs)) : NaN,
    missed: runs.filter((r) => r.trigger !== 'router').length,
    runs,
  };
}
