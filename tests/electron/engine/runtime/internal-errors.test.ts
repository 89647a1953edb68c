/**
 * The internal errors' status and log bound (electron/engine/runtime/internal-errors.ts) across a
 * wall clock set back a day or forward a year (NTP, an admin): how recent the last error is, and
 * when the same error is logged again, are real time (the monotonic clock). On the fake clock:
 * step() moves the wall clock only.
 */
import { describe, expect, it } from 'vitest';

import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { InternalErrors, REPEAT_LOG_MS } from '../../../../electron/engine/runtime/internal-errors';
import { RECENT_INTERNAL_ERROR_MS } from '../../../../shared/internal-errors';
import { FakeClock } from '../../../helpers/fake-clock';

const DAY = 86_400_000;

function guard() {
  const clock = new FakeClock();
  const logs: LogRecord[] = [];
  const errors = new InternalErrors({
    clock,
    logger: createLogger('test', { level: 'error', sink: (r) => logs.push(r) }),
    redact: (t) => t,
  });
  return { clock, errors, logged: () => logs.filter((r) => r.level === 'error').length };
}

describe.each([
  ['set back a day', -DAY],
  ['set forward a year', 365 * DAY],
])('internal errors with the wall clock %s', (_, step) => {
  it('an error is recent for RECENT_INTERNAL_ERROR_MS of real time, and its stamp is the wall time it came', async () => {
    const { clock, errors } = guard();
    const at = clock.now();
    errors.report(new Error('boom'), 'ddns');
    clock.step(step);
    expect(errors.status()).toMatchObject({ total: 1, recent: true, last: { part: 'ddns', at } });
    await clock.advance(RECENT_INTERNAL_ERROR_MS - 1);
    expect(errors.status().recent).toBe(true);
    await clock.advance(1);
    expect(errors.status().recent).toBe(false);
  });

  it('the same error of a part is logged once per REPEAT_LOG_MS of real time, counted always', async () => {
    const { clock, errors, logged } = guard();
    errors.report(new Error('boom'), 'ddns');
    clock.step(step);
    errors.report(new Error('boom'), 'ddns');
    expect(logged()).toBe(1);
    await clock.advance(REPEAT_LOG_MS);
    errors.report(new Error('boom'), 'ddns');
    expect(logged()).toBe(2);
    expect(errors.status().byPart).toEqual({ ddns: 3 });
  });
});
