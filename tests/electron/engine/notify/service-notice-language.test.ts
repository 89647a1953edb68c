/**
 * A service monitor's notice says why in the channel's language (issue 62): the check's reason
 * travels as its code from the monitor's step to the notice, and a channel set to Indonesian says
 * it in Indonesian while one following the English app says the English the engine wrote. A
 * notice queued before codes (its English why alone) arrives with that English.
 */
import { describe, expect, it } from 'vitest';

import { outcome, reason } from '../../../../electron/engine/service-monitors/outcome';
import { freshMemory, monitorStep } from '../../../../electron/engine/service-monitors/state';
import { notifierRoom } from '../../../helpers/notifier-room';
import { notifySettings } from './helpers';

const room = notifierRoom();

const T0 = Date.UTC(2026, 10, 23, 0, 40, 6);

describe("a service monitor's notice", () => {
  it("says why in the channel's language, and a notice without a code its English", async () => {
    const { fake, textsTo } = room;
    const notifier = await room.start(
      notifySettings([
        { id: 'id', type: 'slack', url: `${fake.url}/services/T/B/ID`, language: 'id' },
        { id: 'en', type: 'slack', url: `${fake.url}/services/T/B/EN` },
      ]),
      { language: () => 'en' },
    );

    // A check that got 502, as the HTTP monitor decides it; down after one failure.
    const result = outcome('fail', reason('reason.monitor.statusNotExpected', { status: 502, expected: 'any' }));
    const { transition } = monitorStep(freshMemory(), {
      outcome: result.outcome,
      detail: result.detail,
      reason: result.reason,
      ms: 12,
      at: T0,
      downAfter: 1,
      changePending: false,
    });
    expect(transition?.reason).toEqual(result.reason);
    const input = {
      type: 'service' as const,
      at: T0,
      kind: 'service-down' as const,
      monitor: 'web',
      name: 'Web',
      why: transition!.why,
      afterChange: false,
      downForMs: null,
    };
    await notifier.service({ ...input, reason: transition!.reason! });
    await fake.waitFor((r) => r.length >= 2);
    expect(textsTo('/ID')[0]).toBe(
      'Web mati: Web berhenti menjawab: menjawab dengan status 502, yang diharapkan jawaban 2xx atau 3xx',
    );
    expect(textsTo('/EN')[0]).toContain('answered status 502, expected a 2xx or 3xx answer');

    // Queued before codes: the English why alone.
    await notifier.service({ ...input, at: T0 + 60_000, why: 'answered status 503' });
    await fake.waitFor((r) => r.length >= 4);
    expect(textsTo('/ID')[1]).toBe('Web mati: Web berhenti menjawab: answered status 503');
  });
});
