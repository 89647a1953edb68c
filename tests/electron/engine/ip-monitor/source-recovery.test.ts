/**
 * Sources after an outage. While nothing answers, the network is at fault, not the sources:
 * their failures are not held against them, so once the connection is back no source reads
 * "failing" for an error of the outage, whether or not it has been asked since (steady checks
 * ask one source, the cheapest, so most are not). A source that fails while others answer is
 * held to it, and reads answering again once it answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { english } from '../../../../shared/i18n/translators';
import { sourceState } from '../../../../shared/source-state';
import type { CheckEvent, SourceHealth } from '../../../../shared/types';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { type FamilyWorld, startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;

beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await h?.close();
  await world.close();
});

/** Every source hangs for this long: the outage's checks end quickly, the answers before and after have time. */
const HUNG_TIMEOUT_MS = 1000;

const checks = (): CheckEvent[] => h.of('check');
const sources = (): SourceHealth[] => h.engine.getStatus().sources;
const words = () => Object.fromEntries(sources().map((s) => [s.id, sourceState(s, undefined, english).word]));

function hang(on: boolean): void {
  const all: FamilyWorld[] = [world.v4, world.v6];
  for (const fw of all) {
    for (const s of fw.http) s.setFault(on ? 'timeout' : 'none');
    fw.dns.setFault(on ? 'timeout' : 'none');
    fw.stun.setFault(on ? 'timeout' : 'none');
  }
}

/** Runs interval checks to their end (both families reported, the next one scheduled). */
async function runChecks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = checks().length;
    await h.clock.advance(60_000);
    await h.waitFor(() => checks().length > before && h.engine.getStatus().nextCheckAt !== null);
  }
}

describe('source states after an outage', () => {
  it('holds no outage error against a source: none reads failing once the connection is back', async () => {
    h = await startEngineHarness(world.settings({ monitor: { timeoutMs: HUNG_TIMEOUT_MS } }));
    await h.engine.start();
    await h.waitFor(() => checks().length === 2);
    hang(true);
    const offline = h.next('offline', 10_000);
    await h.clock.advance(60_000);
    await offline;
    // More than one source per family was asked in the outage: the steady source and its hedges.
    const outage = checks().slice(-2);
    expect(outage.map((c) => c.result)).toEqual(['unavailable', 'unavailable']);
    expect(outage.every((c) => c.attempts.filter((a) => !a.ok).length >= 2)).toBe(true);
    // Not the sources' fault: no failure counted, no error kept as theirs.
    for (const s of sources()) expect(s, s.id).toMatchObject({ failures: 0, consecutiveFailures: 0, state: 'closed' });
    expect(sources().filter((s) => s.lastError !== undefined)).toEqual([]);

    hang(false);
    const online = h.next('online', 10_000);
    await h.clock.advance(10_000);
    await online;
    await runChecks(3);
    const w = words();
    expect(Object.values(w).filter((x) => x === 'failing' || x === 'resting after failures')).toEqual([]);
    // The sources steady checks did not ask since still read as they did before the outage.
    const asked = new Set(
      checks()
        .slice(-6)
        .flatMap((c) => c.attempts.map((a) => a.sourceId)),
    );
    const notAsked = sources().filter((s) => !asked.has(s.id));
    expect(notAsked.length).toBeGreaterThan(0);
    for (const s of notAsked) expect(['answering', 'not asked yet']).toContain(w[s.id]);
  });

  it('holds a failure against a source when others answer, and clears it once it answers again', async () => {
    // One tier of three HTTP sources, IPv4 only: steady checks take each in turn.
    h = await startEngineHarness(world.httpOnlyV4());
    await h.engine.start();
    await h.waitFor(() => checks().length === 1);
    world.v4.http[1]!.setFault('status500');
    const failing = () => sources().find((s) => s.id === 'http1-v4')!;
    await runChecks(3);
    expect(sourceState(failing(), undefined, english)).toMatchObject({ word: 'failing', tone: 'bad' });
    expect(sourceState(failing(), undefined, english).reason).toMatch(/500/);
    world.v4.http[1]!.setFault('none');
    for (let i = 0; i < 6 && sourceState(failing(), undefined, english).word !== 'answering'; i++) await runChecks(1);
    expect(sourceState(failing(), undefined, english)).toEqual({
      word: 'answering',
      tone: 'good',
      reason: null,
      reasonAt: null,
      retryAt: null,
    });
  });
});
