/**
 * The roster's own refusals (an unknown channel type, a repeated id) come with their codes in the
 * channel's status (issue 62): the English `reason` unchanged and written from the code, and the
 * dashboard says the code in its language. A provider's own settings error has none.
 */
import { expect, it } from 'vitest';

import { translator } from '../../../../shared/i18n/translators';
import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { sayReason } from '../../../../shared/words/reason';
import { uncheckedNotifiers } from '../../../helpers/unchecked-notifier';

const notifierWith = uncheckedNotifiers();

async function statusOf(channels: ChannelSettingsInput[], unchecked: ChannelSettingsInput[] = []) {
  const { notifier } = await notifierWith(channels, unchecked);
  return notifier.status();
}

it('a repeated id: its reason has a code, said in German and Indonesian', async () => {
  const [, second] = await statusOf(
    [{ id: 'c', type: 'webhook', url: 'http://127.0.0.1:9/hook' }],
    [{ id: 'c', type: 'slack', url: 'https://hooks.slack.com/x' }],
  );
  expect(second).toMatchObject({
    state: 'invalid',
    reason: 'duplicate channel id "c": only the first one is used',
    reasonCode: { code: 'reason.channel.duplicateId', values: { id: 'c' } },
  });
  expect(sayReason(second!.reasonCode, second!.reason!, translator('de'))).toBe(
    'doppelte Kanal-ID „c“: Nur der erste Kanal wird verwendet',
  );
  expect(sayReason(second!.reasonCode, second!.reason!, translator('id'))).toBe(
    'ID kanal “c” ganda: hanya kanal pertama yang digunakan',
  );
});

it('an unknown type has a code; a provider’s own settings error has none', async () => {
  const [unknown, telegram] = await statusOf([
    { id: 'c', type: 'pager', url: 'https://x' } as ChannelSettingsInput,
    { id: 't', type: 'telegram', chatId: 1 },
  ]);
  expect(unknown).toMatchObject({
    reason: 'unknown channel type "pager"',
    reasonCode: { code: 'reason.channel.unknownType', values: { type: 'pager' } },
  });
  expect(sayReason(unknown!.reasonCode, unknown!.reason!, translator('de'))).toBe('unbekannter Kanaltyp „pager“');
  expect(telegram).toMatchObject({ state: 'invalid', reason: 'token: token is required' });
  expect(telegram).not.toHaveProperty('reasonCode');
});
