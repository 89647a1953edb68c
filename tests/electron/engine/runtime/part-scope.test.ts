/**
 * A part's work is that part's (runtime/features.ts, internal-errors.ts): what a feature part
 * hears from the engine runs in its scope, and so does what that work leaves for later (a timer,
 * a promise), while the engine's own listeners stay outside it. Through a real Engine on the
 * local world: this is what lets the process guard name the part of an error nobody handled.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { listeningAs } from '../../../../electron/engine/runtime/features';
import { InternalErrors } from '../../../../electron/engine/runtime/internal-errors';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World | null = null;
let h: EngineHarness | null = null;

afterEach(async () => {
  await h?.close();
  await world?.close();
  h = world = null;
});

describe("a feature part's scope", () => {
  it('covers the engine events the part hears and the work they leave for later, and nothing else', async () => {
    world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    h = await startEngineHarness(world.settings());
    const engine = h.engine;
    const errors = new InternalErrors({
      clock: h.clock,
      logger: createLogger('t', { level: 'error', sink: () => undefined }),
      redact: (t) => t,
    });
    const asDdns = listeningAs(engine, 'ddns', errors);
    const heard: (string | null)[] = [];
    const later: (string | null)[] = [];
    const outside: (string | null)[] = [];
    asDdns.on(() => {
      heard.push(errors.current());
      setTimeout(() => later.push(errors.current()), 0);
      void Promise.resolve().then(() => later.push(errors.current()));
    });
    engine.on(() => outside.push(errors.current()));
    await engine.start();
    await h.waitFor((events) => events.filter((e) => e.type === 'change').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(heard.length).toBeGreaterThanOrEqual(2);
    expect(new Set(heard)).toEqual(new Set(['ddns']));
    expect(later).toHaveLength(heard.length * 2);
    expect(new Set(later)).toEqual(new Set(['ddns']));
    expect(new Set(outside)).toEqual(new Set([null]));
    // The rest is the engine itself: a report through the part's view lands in the engine's status.
    asDdns.reportError('ddns (start)', new Error('no records'));
    expect(engine.getStatus().lastError).toMatchObject({ where: 'ddns (start)', message: 'no records' });
  });
});
