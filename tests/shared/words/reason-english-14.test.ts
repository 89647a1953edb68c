/**
 * The `reasons-14` codes' English is what the engine wrote in the audit log before it had them
 * (issue 62): a bot command's and a button's detail (electron/engine/bot/interactions.ts), a sign-out
 * everywhere's count (discord-sign-in/routes.ts), a revoked session's whose (session-admin.ts), a
 * channel's options written (electron/host/settings-write.ts), a restore's and an import's file (service-files.ts) and a
 * dangerous change refused by its rule (guards.ts dangerRefusal, the API's 403 too), the
 * literals the engine built at the commit before these codes, from the same values, so the stored
 * detail and the API keep their bytes.
 */
import { describe, expect, it } from 'vitest';

import { dangerRefusal, type DangerAsker } from '../../../electron/engine/api/access/guards';
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
    'a settings file upgraded (electron/host/settings-upgrade.ts, issue 75)',
    reason('reason.audit.settingsUpgraded', { from: 0, to: 2, copy: 'settings.v0.json' }),
    'settings.json upgraded from version 0 to 2; the old file is kept as settings.v0.json',
  ],
  [
    'a token made, rotated or revoked (electron/engine/api/tokens/tokens.ts, issue 75)',
    reason('reason.audit.token', { name: 'ci', role: 'viewer', id: 't0123456789' }),
    'ci (viewer, t0123456789)',
  ],
  ['a metrics token', reason('reason.audit.token', { name: 'prom', role: 'metrics', id: 't5' }), 'prom (metrics, t5)'],
  [
    'a revoked session',
    reason('reason.audit.revoked', { name: 'Ada', role: 'admin', via: 'discord', sid: 's0123456789ab', own: 'no' }),
    'Ada (admin, Discord, s0123456789ab)',
  ],
  [
    "the caller's own session revoked",
    reason('reason.audit.revoked', { name: 'ci', role: 'viewer', via: 'token', sid: 's1', own: 'yes' }),
    'ci (viewer, token, s1): their own session',
  ],
  ["a channel's options written", reason('reason.audit.channelSet', { keys: 'chatId, topic' }), 'set chatId, topic'],
  ['a sign-out everywhere', reason('reason.audit.signedOutEverywhere', { count: 2 }), '2 sessions ended'],
  ['a sign-out everywhere, one', reason('reason.audit.signedOutEverywhere', { count: 1 }), '1 sessions ended'],
  [
    'a restore of a named file',
    reason('reason.audit.restored', { upload: 'no', name: 'b.sqlite', kept: '/data/pre-restore.sqlite' }),
    'b.sqlite; previous kept as /data/pre-restore.sqlite',
  ],
  [
    'a restore of an upload with nothing kept',
    reason('reason.audit.restored', { upload: 'yes', name: '', kept: '-' }),
    'upload; previous kept as -',
  ],
  [
    'an import',
    reason('reason.audit.imported', { upload: 'no', name: 'h.csv', format: 'ddns-updater', count: 1 }),
    'h.csv (ddns-updater): 1 runs added',
  ],
  [
    'an import of an upload',
    reason('reason.audit.imported', { upload: 'yes', name: '', format: 'seed', count: 300 }),
    'upload (seed): 300 runs added',
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

/** The rule's words before the code (guards.ts), for each way a dangerous change is refused. */
const CHANGES = ["the hook's program (was none, now /bin/sh)", "the hook's arguments"];
const WHAT = CHANGES.join('; ');
const WHY = `${WHAT}: this changes where a stored secret goes, what runs on this host, or who may sign in and how, or lowers a protection`;
const TOKEN_WAYS = 'sign in with Discord and repeat it within 5 minutes, or run it with `ipwatch api` on this host';
const NOW = 1_000_000_000;
const DANGER: [string, DangerAsker, string][] = [
  ['a viewer', { role: 'viewer', via: 'session' }, `${WHAT}: only an admin may change this`],
  [
    'an admin token elsewhere',
    { role: 'admin', via: 'token' },
    `${WHY}; an admin token may do it only from the CLI on this host; otherwise ${TOKEN_WAYS}`,
  ],
  [
    'a session from a token without the host proof',
    { role: 'admin', via: 'session', signedInWith: 'token', signedInAt: NOW },
    `${WHY}; this session was opened with a token and no proof of this host, so it counts as that token: on this host run \`ipwatch open\` and repeat it within 5 minutes, ${TOKEN_WAYS}`,
  ],
  [
    'a Discord sign-in too long ago',
    { role: 'admin', via: 'session', signedInWith: 'discord', signedInAt: NOW - 6 * 60_000 },
    `${WHY}, so it needs a sign-in within the last 5 minutes; sign out, sign in again and repeat it`,
  ],
];

describe('reasons-14 in English: a dangerous change refused, as the API said it before', () => {
  it.each(DANGER)('%s', (_, who, before) => expect(dangerRefusal(who, CHANGES, NOW, false)).toBe(before));
});
