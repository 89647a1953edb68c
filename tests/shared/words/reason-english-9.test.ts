/**
 * The `reasons-9` codes' English is what the engine wrote before it had them (issue 62): the
 * fleet link's states, a secret reference not resolved, a hook run's failure. Beside
 * reason-english.test.ts, which is near the house's 400 lines; the literals are the engine's at
 * the commit before these codes.
 */
import { describe, expect, it } from 'vitest';

import { unreadableReason } from '../../../electron/engine/fleet/words';
import { startErrorReason } from '../../../electron/engine/hook/process';
import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { reasonWords } from '../../../shared/words/reason';

const sysError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

const BEFORE: [string, Reason, string][] = [
  ['link: lost', reason('reason.fleetLink.lost'), 'the connection to the broker was lost'],
  [
    'link: closed before accepting',
    reason('reason.fleetLink.closedBeforeAccept'),
    'the broker closed the connection before accepting it: check the user name, password and TLS settings',
  ],
  [
    'link: closing',
    reason('reason.fleetLink.closing', { seconds: 2 }),
    'closing: saying goodbye to the broker (2 s at most)',
  ],
  [
    'link: no goodbye, nothing dropped',
    reason('reason.fleetLink.noGoodbye', { seconds: 2, dropped: 0 }),
    'closed without a goodbye: the broker did not answer within 2 s',
  ],
  [
    'link: no goodbye, one dropped',
    reason('reason.fleetLink.noGoodbye', { seconds: 2, dropped: 1 }),
    'closed without a goodbye: the broker did not answer within 2 s; 1 message(s) it had not acknowledged were dropped',
  ],
  [
    'link: unreached',
    reason('reason.fleetLink.unreached', { dropped: 3 }),
    'closed while the broker could not be reached; 3 message(s) it had not acknowledged were dropped',
  ],
  [
    'link: CA file missing',
    unreadableReason('caFile', '/etc/ca.pem', sysError('ENOENT')),
    'cannot read the CA file /etc/ca.pem: no such file',
  ],
  [
    'link: client certificate not allowed',
    unreadableReason('clientCert', '/c.pem', sysError('EACCES')),
    'cannot read the client certificate /c.pem: this runner may not read it',
  ],
  [
    'link: client key a folder',
    unreadableReason('clientKey', '/k', sysError('EISDIR')),
    'cannot read the client key /k: it is a folder',
  ],
  [
    'link: client key, another error',
    unreadableReason('clientKey', '/k', sysError('EIO', 'EIO: i/o error, read')),
    'cannot read the client key /k: EIO: i/o error, read',
  ],
  [
    'link: one topic not readable',
    reason('reason.fleetLink.readRefused', { first: 'ipwatch/+/state', second: 'none' }),
    'the broker refused to let this user read ipwatch/+/state (its ACL)',
  ],
  [
    'link: two topics not readable',
    reason('reason.fleetLink.readRefused', { first: 'ipwatch/+/state', second: 'ipwatch/+/event' }),
    'the broker refused to let this user read ipwatch/+/state and ipwatch/+/event (its ACL)',
  ],
  [
    'link: cannot subscribe',
    reason('reason.fleetLink.cannotSubscribe', { said: 'client disconnecting' }),
    'cannot subscribe: client disconnecting',
  ],
  [
    'link: a state too long',
    reason('reason.fleetLink.tooLong', { topic: 'ipwatch/home/state', kib: '1024', maxKib: '512' }),
    'ipwatch/home/state not published: its state is 1024 KiB, more than the 512 KiB a state may be, and watchers would not read it',
  ],
  [
    'secret: variable not set',
    reason('reason.secret.unresolved', { field: 'url', kind: 'env', name: 'HB_URL' }),
    'url: environment variable HB_URL is not set',
  ],
  [
    'secret: file unreadable',
    reason('reason.secret.unresolved', { field: 'url', kind: 'file', name: '/run/hb' }),
    'url: file /run/hb cannot be read (missing, unreadable or empty)',
  ],
  [
    'secret: not a reference',
    reason('reason.secret.unresolved', { field: 'url', kind: 'bad', name: 'give env or file, not both' }),
    'url: give env or file, not both',
  ],
  ['hook: no program', reason('reason.hook.noProgram'), 'no program is set'],
  ['hook: stopping', reason('reason.hook.stopping'), 'IPWatch is stopping'],
  ['hook: threw', reason('reason.hook.couldNotRun', { said: 'EMFILE' }), 'could not run: EMFILE'],
  ['hook: timed out', reason('reason.hook.timedOut', { seconds: '3600' }), 'killed after the 3600 s timeout'],
  [
    'hook: exit code and stderr',
    reason('reason.hook.ended', { how: 'exit', code: '3', signal: '', hasStderr: 'yes', stderr: 'no route' }),
    'exit code 3: no route',
  ],
  [
    'hook: a signal, no stderr',
    reason('reason.hook.ended', { how: 'signal', code: '', signal: 'SIGTERM', hasStderr: 'no', stderr: '' }),
    'ended by SIGTERM',
  ],
  [
    'hook: no signal named',
    reason('reason.hook.ended', { how: 'other', code: '', signal: '', hasStderr: 'no', stderr: '' }),
    'ended by a signal',
  ],
  ['hook: not found', startErrorReason(sysError('ENOENT'), '/bin/x'), '/bin/x was not found'],
  [
    'hook: not executable',
    startErrorReason(sysError('EACCES'), '/bin/x'),
    '/bin/x is not executable (or its folder cannot be entered)',
  ],
  [
    'hook: refused',
    startErrorReason(sysError('ENOTDIR'), '/bin/x/y'),
    '/bin/x/y could not start: ENOTDIR (a part of its path is a file, not a folder)',
  ],
  [
    'hook: another refusal',
    startErrorReason(sysError('EMFILE', 'spawn EMFILE'), '/bin/x'),
    '/bin/x could not start: EMFILE (spawn EMFILE)',
  ],
];

describe('each reasons-9 code says in English what the engine wrote before', () => {
  it.each(BEFORE)('%s', (_, r, before) => {
    expect(reasonWords(r, english)).toBe(before);
  });
});
