/**
 * Quiet windows through the real runtime (issue 78): setQuiet asks for a one-off window, and the
 * status, getQuiet and the answer say the same (computed once, by the notifier); ending it says
 * off everywhere. The runtime watches the world's local echo sources.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { quietStatusSchema } from '../../../../shared/contract/quiet';
import { settingsFrom } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await world?.close();
  runtime = world = null;
});

describe('quiet windows in the runtime', () => {
  it('a one-off window is on in the status and getQuiet alike, until its end; ended, off in both', async () => {
    world = await startWorld('81.2.69.142');
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    runtime = createRuntime({
      settings: settingsFrom(world.settings({ monitor: { ipv6: false } })),
      store,
      logger,
      version: 'test',
    });
    await runtime.start();
    const { handlers } = runtime.features;
    expect(runtime.status().quiet).toEqual({ on: false, until: null, windows: [], held: 0 });
    const before = Date.now();
    const asked = await handlers.setQuiet({ minutes: 120, channels: [], expected: true }, {} as never);
    expect(quietStatusSchema.safeParse(asked).success).toBe(true);
    expect(asked.on).toBe(true);
    expect(asked.until!).toBeGreaterThanOrEqual(before + 7_200_000);
    expect(asked.until!).toBeLessThanOrEqual(Date.now() + 7_200_000);
    expect(asked.windows).toMatchObject([{ kind: 'once', channels: [], expected: true }]);
    const status = runtime.status().quiet!;
    expect(status.on).toBe(true);
    expect(Math.abs(status.until! - asked.until!)).toBeLessThan(1000);
    expect((await handlers.getQuiet(undefined as never, {} as never)).windows.map((w) => w.id)).toEqual(
      asked.windows.map((w) => w.id),
    );
    const ended = await handlers.setQuiet({ end: true, channels: [] }, {} as never);
    expect(ended).toEqual({ on: false, until: null, windows: [], held: 0 });
    expect(runtime.status().quiet).toEqual(ended);
  });
});
