/**
 * The runtime's part for the opt-in speed test (issue 42): composes the engine's speed tester
 * (electron/engine/speed/) over the feature context: the history store keeps every test, the
 * settings' `speedTest` drive it, its state is AppStatus.speedTest, and runSpeedTest /
 * getSpeedTests answer the API and the window.
 */
import { SpeedTester } from '../speed';
import type { FeatureContext, FeaturePart } from './feature-types';

export function speedPart(ctx: FeatureContext): FeaturePart {
  const tester = new SpeedTester({
    clock: ctx.clock,
    logger: ctx.logger,
    settings: ctx.settings.speedTest,
    userAgent: `IPWatch/${ctx.version}`,
    record: (test) => ctx.store.recordSpeedTest(test),
    last: ctx.store.speedTests({ limit: 1 })[0] ?? null,
  });
  return {
    name: 'speed',
    handlers: {
      runSpeedTest: () => tester.run('manual'),
      getSpeedTests: async (input) => ({ items: ctx.store.speedTests(input) }),
    },
    status: () => ({ speedTest: tester.status() }),
    start: () => tester.start(),
    update: (settings) => tester.update(settings.speedTest),
    close: () => tester.close(),
  };
}
