/** A heartbeat on the fake clock with its log kept, and a check event to feed it: for the heartbeat's tests. */
import { Heartbeat } from '../../../../electron/engine/heartbeat/pinger';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import type { HeartbeatSettings } from '../../../../shared/settings/watcher';
import type { CheckEvent, CheckResult } from '../../../../shared/types';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';

const random = seededRandom(testSeed('heartbeat'));

export const checkEvent = (result: CheckResult, family: 4 | 6 = 4): CheckEvent => ({
  type: 'check',
  at: 0,
  family,
  trigger: 'interval',
  result,
  ip: '81.2.69.142',
  requests: 1,
  durationMs: 240,
  attempts: [],
});

export function heartbeat(over: Partial<HeartbeatSettings>, env: NodeJS.ProcessEnv = {}) {
  const clock = new FakeClock();
  const logs: LogRecord[] = [];
  const redactor = createRedactor();
  const settings: HeartbeatSettings = { enabled: true, provider: 'healthchecks', url: '', intervalSec: 300, ...over };
  const hb = new Heartbeat(settings, {
    clock,
    logger: createLogger('heartbeat', { level: 'debug', sink: (r) => logs.push(r), redact: redactor }),
    redactor,
    secrets: { env, readFile: () => '' },
    version: '9.9.9',
    random,
  });
  return { hb, clock, logs, redactor };
}
