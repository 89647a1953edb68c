/**
 * One built runner with a world of stand-ins for a test file (or a describe block): started before
 * its tests, stopped after them. `got` receives the runner once it listens.
 */
import { afterAll, beforeAll } from 'vitest';

import { type ApiRunner, startApiRunner } from './api-runner';
import { startWorld, type World } from './world';

export function runnerPerFile(got: (runner: ApiRunner) => void): void {
  let world: World | undefined;
  let runner: ApiRunner | undefined;
  beforeAll(async () => {
    world = await startWorld();
    runner = await startApiRunner({ world });
    got(runner);
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await world?.close();
  });
}
