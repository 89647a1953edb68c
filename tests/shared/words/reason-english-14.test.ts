/**
 * The `reasons-14` codes' English is what the engine wrote in the audit log before it had them
 * (issue 62): a bot command's and a button's detail (electron/engine/bot/interactions.ts), the
 * literals the engine built at the commit before these codes, from the same values, so the stored
 * detail and the API keep their bytes.
 */
import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { reasonWords } from '../../../shared/words/reason';

const GUILD = '81384788765712384';
const CHANNEL = '81384788765712390';
const options = JSON.stringify({ sub: 'set', key: 'checkIntervalSec', value: '{60}' });

const BEFORE: [string, Reason, string][] = [
  [
    'a command in a server',
    reason('reason.audit.botCommand', { guild: GUILD, channel: CHANNEL, options }),
    `guild ${GUILD} channel ${CHANNEL} options ${options}`,
  ],
  [
    'a command outside a server',
    reason('reason.audit.botCommand', { guild: 'none', channel: CHANNEL, options: '{}' }),
    `guild (none) channel ${CHANNEL} options {}`,
  ],
  [
    'a button in a server',
    reason('reason.audit.botButton', { guild: GUILD, channel: CHANNEL, args: 'refresh:4' }),
    `guild ${GUILD} channel ${CHANNEL} args refresh:4`,
  ],
  [
    'a button without arguments outside a server',
    reason('reason.audit.botButton', { guild: 'none', channel: CHANNEL, args: '' }),
    `guild (none) channel ${CHANNEL} args `,
  ],
];

describe('reasons-14 in English: the audit log details as written before', () => {
  it.each(BEFORE)('%s', (_, r, before) => expect(reasonWords(r, english)).toBe(before));
});
