/** Who holds an event stream (issue 58): the pure decision streams.ts keeps each stream by. */
import { describe, expect, it } from 'vitest';

import type { Principal } from '../../../../electron/engine/api/access/principal';
import { streamHolder } from '../../../../electron/engine/api/streams/streams';

const token: Principal = { role: 'viewer', via: 'token', name: 'grafana', id: 't0123456789' };
const session: Principal = { role: 'admin', via: 'session', name: 'Ada', id: 'discord:42', signedInWith: 'discord' };
const HASH = 'a'.repeat(64);

describe('streamHolder', () => {
  it.each([
    [
      'a bearer token: its id, the hash of the value sent, its role; counted with its sessions',
      token,
      's0123456789ab',
      HASH,
      { via: 'token', id: token.id, hash: HASH, principal: `token:${token.id}`, role: 'viewer' },
    ],
    [
      'a session: its random id, its role, and the person it counts against',
      session,
      's0123456789ab',
      null,
      { via: 'session', sid: 's0123456789ab', principal: 'discord:42', role: 'admin' },
    ],
    [
      'a session signed in with a token: also that token’s id, counted with its bearer',
      { ...session, id: 'token:t0123456789', signedInWith: 'token' },
      's0123456789ab',
      null,
      {
        via: 'session',
        sid: 's0123456789ab',
        token: 't0123456789',
        principal: 'token:t0123456789',
        role: 'admin',
      },
    ],
    ['no principal: nobody, refused', null, 's0123456789ab', HASH, null],
    ['a session whose cookie names none any more: nobody', session, null, null, null],
    ['a token principal without a bearer value: nobody', token, null, null, null],
  ] as const)('%s', (_name, principal, sid, hash, holder) => {
    expect(streamHolder(principal, { sid: () => sid, tokenHash: () => hash })).toEqual(holder);
  });
});
