import { describe, expect, it } from 'vitest';

import { repeatDetail } from '../../electron/engine/api/audit/repeated-rows';
import { type AuditWords, auditWords } from '../../renderer/src/pages/audit-words';
import { API_METHODS, api as contract } from '../../shared/contract';
import type { AuditEntry } from '../../shared/contract/history';
import { english, translator } from '../../shared/i18n/translators';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: 1_790_000_000_000,
  actor: 'ui',
  action: 'settings.reload',
  detail: null,
  result: 'applied',
  ...over,
});

describe('auditWords', () => {
  it.each<[string, Partial<AuditEntry>, Partial<AuditWords>]>([
    [
      "a reload from the dashboard, by the fields' labels",
      { detail: 'live: monitors.items; after restart: (none)' },
      {
        who: 'the dashboard',
        what: 'Settings applied',
        detail: 'Applied now: Monitors. After a restart: nothing.',
      },
    ],
    [
      'nothing changed',
      { actor: 'settings.json', detail: 'live: (none); after restart: (none)' },
      { who: 'settings.json, edited', detail: 'Applied now: nothing. After a restart: nothing.' },
    ],
    [
      'an edit refused',
      { actor: 'api', result: 'rejected', detail: 'monitor.intervalSec: Too small' },
      { who: 'the API', what: 'Settings edit refused', detail: 'monitor.intervalSec: Too small', result: 'Refused' },
    ],
    ['a pause', { action: 'monitor.pause', actor: 'cli' }, { who: 'the command line', what: 'Monitoring paused' }],
    [
      'a Discord command',
      { action: 'discord /check', actor: 'discord:ada' },
      { who: 'ada on Discord', what: 'Discord /check' },
    ],
    [
      'a channel writing its settings',
      { action: 'settings.write', actor: 'channel tg' },
      { who: 'the channel tg', what: 'Settings written by IPWatch' },
    ],
    [
      'a sign-in with a token (issue 50)',
      { action: 'session.sign-in', actor: 'admin (admin, token)', result: 'ok' },
      { who: 'an admin token', what: 'Signed in' },
    ],
    [
      'a browser signed in with the token named admin: the role said once (issue 75)',
      { action: 'session.revoke', actor: 'admin (admin, session)', result: 'ok' },
      { who: 'a browser signed in as admin', what: 'Browser session revoked' },
    ],
    [
      "an admin revoking another browser's session (issue 50)",
      { action: 'session.revoke', actor: 'Ada (admin, session)', detail: 'grafana (admin, token, s0123456789ab)' },
      {
        who: 'Ada, signed in as admin',
        what: 'Browser session revoked',
        detail: 'grafana (admin, token, s0123456789ab)',
      },
    ],
    [
      'a Discord session lowered after Discord was asked again (issue 50)',
      {
        action: 'session.role',
        actor: 'ipwatch',
        detail: 'session role changed from admin to viewer: as decided by what Discord says of the member; Ada',
      },
      {
        who: 'IPWatch itself',
        what: 'Browser session given another role',
        detail: 'session role changed from admin to viewer: as decided by what Discord says of the member; Ada',
      },
    ],
    [
      'a pause by a person signed in with Discord',
      { action: 'monitor.pause', actor: 'ada (admin, session)' },
      { who: 'ada, signed in as admin', what: 'Monitoring paused' },
    ],
    [
      'a token rotated by the CLI beside the runner',
      { action: 'token.rotate', actor: 'cli (on this host)', detail: 'grafana (viewer, t0123456789)' },
      { who: 'the command line on this host', what: 'API token rotated', detail: 'grafana (viewer, t0123456789)' },
    ],
    [
      'a speed test run with a token',
      { action: 'runSpeedTest', actor: 'home-ops (admin, token)', result: 'done' },
      { who: 'home-ops, with an admin token', what: 'Speed test run' },
    ],
    [
      'a sign-in from an IPv4 client of a dual-stack socket, by its IPv4 address (issue 50)',
      {
        action: 'session.sign-in',
        actor: 'Ada (admin, session)',
        detail: 'with Discord, from ::ffff:192.168.1.20; an admin of the Discord server "Home Lab" (server id 1)',
        result: 'ok',
      },
      {
        what: 'Signed in',
        detail: 'with Discord, from 192.168.1.20; an admin of the Discord server "Home Lab" (server id 1)',
        result: 'Done',
      },
    ],
    [
      'a Discord user refused at sign-in, with the id an admin would list (issue 50)',
      { action: 'session.sign-in', actor: 'sam (discord:600000000000000006)', result: 'refused' },
      { who: 'sam, Discord user 600000000000000006', what: 'Tried to sign in', result: 'Refused' },
    ],
    [
      'the settings file upgraded by the runner at start (issue 50)',
      { action: 'settings.upgrade', actor: 'ipwatch', detail: 'settings.json upgraded from version 0 to 2' },
      { who: 'IPWatch itself', what: 'Settings file upgraded', result: 'Done' },
    ],
    [
      'an IPv6 address left as it is',
      { action: 'session.sign-in', actor: 'admin (admin, token)', detail: 'with a token, from ::1 (this host)' },
      { detail: 'with a token, from ::1 (this host)' },
    ],
    [
      "a viewer's pause refused at the door: an attempt, with why (issue 50)",
      {
        action: 'pause',
        actor: 'grafana (viewer, token)',
        result: 'refused',
        detail: 'a viewer reads everything and changes nothing: pause monitoring is a change, which needs an admin',
      },
      {
        who: 'grafana, with a viewer token',
        what: 'Tried to pause monitoring',
        detail: 'a viewer reads everything and changes nothing: pause monitoring is a change, which needs an admin',
        result: 'Refused',
      },
    ],
    [
      'a speed test that ran, as done (no attempt)',
      { action: 'runSpeedTest', actor: 'ops (admin, token)', result: 'done' },
      { what: 'Speed test run', result: 'Done' },
    ],
    [
      "a bot's own result, as stored",
      { action: 'discord /check', actor: 'discord:ada', result: 'rate limited (5 s)' },
      { result: 'rate limited (5 s)' },
    ],
    [
      'an action without words of its own',
      { action: 'something.new', actor: 'x' },
      { who: 'x', what: 'something.new' },
    ],
  ])('%s', (_name, over, want) => expect(auditWords(entry(over), english)).toMatchObject(want));

  it('says what was tried for every refused contract method that changes something or sends a request outside', () => {
    const tried = API_METHODS.filter((name) => contract[name].mutates || 'acts' in contract[name]);
    expect(tried).toEqual(expect.arrayContaining(['pause', 'saveSettings', 'testHook', 'testDdnsRecord']));
    for (const name of tried)
      expect(
        auditWords(entry({ action: name, actor: 'x (viewer, token)', result: 'refused' }), english).what,
        name,
      ).toMatch(/^Tried to [a-z]/);
  });

  it('names several fields with their labels, each once', () => {
    const w = auditWords(
      entry({ detail: 'live: monitor.intervalSec, monitors.items, monitors.items; after restart: api.port' }),
      english,
    );
    expect(w.detail).not.toMatch(/monitor\.intervalSec|monitors\.items|api\.port/);
    expect(w.detail).toMatch(/^Applied now: Check every \(seconds\) and Monitors\. After a restart: TCP port\.$/);
  });
});

describe('a sign-out counted on one row (issue 73)', () => {
  const de = translator('de');
  it.each([
    ['session.sign-out', null, 'signedOut', '(signed out 40 times in 3 min, each within a minute of the one before)'],
    [
      'session.sign-out-everywhere',
      '1 session ended',
      'signedOutEverywhere',
      '1 session ended (signed out everywhere 40 times in 3 min, each within a minute of the one before)',
    ],
  ] as const)('%s: its count, in English as stored and in German', (action, first, verb, english_) => {
    const repeated = { times: 40, spanMs: 180_000 };
    const e = entry({ action, result: 'ok', detail: repeatDetail(first, verb, 40, 180_000), repeated });
    expect(e.detail).toBe(english_);
    expect(auditWords(e, english).detail).toBe(english_);
    expect(auditWords(e, de).detail).toContain('40-mal');
    expect(auditWords(e, de).detail).toContain(verb === 'signedOut' ? 'abgemeldet' : 'überall abgemeldet');
  });
});
