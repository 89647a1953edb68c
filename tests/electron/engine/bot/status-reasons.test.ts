/**
 * /status says the engine's reasons in the member's language (issue 62): a change the flap
 * window holds reads why in German to a German member and in Indonesian to an Indonesian one,
 * worded from the held notice's reason code (shared/contract/reason.ts), not the API's English
 * field; the real engine, policy and discord.js Client against the Discord stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { english, translator } from '../../../../shared/i18n/translators';
import { notificationsSchema } from '../../../../shared/settings/notify';
import { heldTitle } from '../../../../shared/words/held';
import { until } from '../../../helpers/until';
import { answered, type BotHarness, callback, connected, startBot } from './helpers';

const FLAP_SEC = 3600;
let h: BotHarness;
const member = (locale: string) => ({ user: { id: '300000000000000011', username: `m-${locale}` }, locale });

beforeAll(async () => {
  h = await startBot({ notifications: { flapWindowSec: FLAP_SEC } });
  await connected(h);
  h.world.setIp('81.2.69.200', '2a02:1:2:3::5');
  await h.runtime.engine.checkNow('manual');
  const notifications = notificationsSchema.parse({ flapWindowSec: FLAP_SEC });
  await until(() => h.runtime.services.history.held(notifications).length > 0, {
    what: 'the change held',
    everyMs: 100,
  });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

async function heldField(locale: string): Promise<string | undefined> {
  const log = h.discord.command('status', {}, member(locale));
  await answered(log);
  const fields = (callback(log).data!.embeds as { fields: { name: string; value: string }[] }[])[0]!.fields;
  const title = heldTitle(locale === 'en-US' ? english : translator(locale as 'de' | 'id'));
  return fields.find((f) => f.name === title)?.value;
}

describe("/status: a held notice's reason in the member's language", () => {
  it.each([
    ['de', 'eine Rückänderung innerhalb der Haltezeit ergibt eine einzige Flatter-Benachrichtigung', '1 Std.'],
    ['id', 'perubahan yang kembali dalam masa tahan menjadi satu notifikasi flap', '1 jam'],
    ['en-US', 'a change back within the hold is one flap notice, not two', '1 h'],
  ])('%s', async (locale, why, duration) => {
    const value = await heldField(locale);
    expect(value).toContain(why);
    expect(value).toMatch(new RegExp(`${duration}\\)$`));
    if (locale !== 'en-US') expect(value).not.toContain('flap notice, not two');
  });
});
