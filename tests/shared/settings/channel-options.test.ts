/**
 * A channel's own options checked by its type's schema (shared/settings/channel-options.ts): what a
 * settings write refuses, and what it leaves alone (references, stored channels, drafts).
 */
import { describe, expect, it } from 'vitest';

import { changedChannelProblems, channelOptionIssues } from '../../../shared/settings/channel-options';

const HOOK = { id: 'hook', type: 'webhook', enabled: true, url: 'https://example.org/hook' };

describe('channelOptionIssues', () => {
  it.each([
    ['a valid webhook', HOOK, []],
    ['a URL that is not one', { ...HOOK, url: 'not a url' }, ['url']],
    ['a missing URL', { id: 'h', type: 'webhook' }, ['url: required']],
    ['a URL given by an environment variable', { ...HOOK, url: { env: 'HOOK_URL' } }, []],
    ['an unknown type', { id: 'x', type: 'pager' }, ['type: unknown channel type "pager"']],
    ['an option the type does not have', { ...HOOK, colour: 'red' }, ['']],
  ])('%s', (_what, channel, expected) => {
    const got = channelOptionIssues(channel).map((i) => i.path.join('.'));
    const withMessages = channelOptionIssues(channel).map((i) => `${i.path.join('.')}: ${i.message}`);
    for (const e of expected)
      if (e.includes(': ')) expect(withMessages).toContain(e);
      else expect(got).toContain(e);
    if (expected.length === 0) expect(got).toEqual([]);
  });

  it('leaves what `held` marks to the engine', () => {
    const marker = { set: true };
    expect(channelOptionIssues({ ...HOOK, url: marker })).not.toEqual([]);
    expect(channelOptionIssues({ ...HOOK, url: marker }, (v) => v === marker)).toEqual([]);
  });
});

describe('changedChannelProblems', () => {
  const bad = { ...HOOK, url: 'nope' };
  it.each([
    ['a new bad channel, switched on', [], [bad], ['notifications.channels.0.url']],
    ['a new bad channel, switched off (a draft)', [], [{ ...bad, enabled: false }], []],
    ['a bad channel stored as it was', [bad], [bad], []],
    ['a stored channel edited into a bad one', [HOOK], [bad], ['notifications.channels.0.url']],
    ['a bad stored one beside a new good one', [bad], [bad, { ...HOOK, id: 'two' }], []],
    ['the index is the new list position', [HOOK], [HOOK, { ...bad, id: 'b' }], ['notifications.channels.1.url']],
  ])('%s', (_what, stored, next, paths) => {
    expect(changedChannelProblems(stored, next).map((p) => p.split(': ')[0])).toEqual(paths);
  });
});
