/**
 * /status lists the notices the alert policy holds, as the dashboard does (issue 59): a change
 * held by the flap window (the real engine and policy, the real discord.js Client against the
 * Discord stand-in) reads "IPv4 address change, sent at <t:…:f> unless it changes back", with why,
 * in shared/words/held.ts's words; with nothing held there is no such field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { english } from '../../../../shared/i18n/translators';
import { notificationsSchema } from '../../../../shared/settings/notify';
import { heldTitle } from '../../../../shared/words/held';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, startBot } from './helpers';

const FLAP_SEC = 3600;
let h: BotHarness;

beforeAll(async () => {
  h = await startBot({ notifications: { flapWindowSec: FLAP_SEC } });
  await connected(h);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

async function statusFields(): Promise<{ name: string; value: string }[]> {
  const log = h.discord.command('status', {}, alice);
  await answered(log);
  return (callback(log).data!.embeds as { fields: { name: string; value: string }[] }[])[0]!.fields;
}

const notifications = notificationsSchema.parse({ flapWindowSec: FLAP_SEC });
const held = () => h.runtime.services.history.held(notifications);

describe('/status: held notices', () => {
  it('has none while nothing is held', async () => {
    expect(held()).toEqual([]);
    expect((await statusFields()).map((f) => f.name)).not.toContain(heldTitle(english));
  });

  it('lists a change the flap window holds, when it goes and why', async () => {
    h.world.setIp('81.2.69.200', '2a02:1:2:3::5');
    await h.runtime.engine.checkNow('manual');
    await until(() => held().length > 0, { what: 'the change held', everyMs: 100 });
    const [n] = held();
    const value = (await statusFields()).find((f) => f.name === heldTitle(english))?.value;
    expect(value).toBe(
      `IPv4 address change, sent at <t:${Math.floor(n!.dueAt! / 1000)}:f> unless it changes back ` +
        '(a change back within the hold is one flap notice, not two: "Hold changes for" is 1 h)',
    );
    expect(value).not.toContain('81.2.69');
  });
});
