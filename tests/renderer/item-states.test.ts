/** What a Settings row says of its item, from the engine's status: a table per kind of item. */
import { describe, expect, it } from 'vitest';

import { channelRowState, guildRowState, sourceRowState } from '../../renderer/src/settings/item-states';
import type { BotGuildStatus } from '../../shared/bot-types';
import { english } from '../../shared/i18n/translators';
import type { ChannelStatus } from '../../shared/notify-types';
import type { SourceHealth } from '../../shared/types';

const source = (over: Partial<SourceHealth>): SourceHealth => ({
  id: 'echo',
  provider: 'echo',
  kind: 'http',
  family: 4,
  state: 'closed',
  successes: 3,
  failures: 0,
  consecutiveFailures: 0,
  successRate: 1,
  latencyMs: 12,
  ...over,
});

const channel = (over: Partial<ChannelStatus>): ChannelStatus => ({
  id: 'hook',
  type: 'webhook',
  state: 'ok',
  reason: null,
  lastError: null,
  lastErrorAt: null,
  lastSentAt: 1,
  failures: 0,
  nextAttemptAt: null,
  pending: 0,
  expired: 0,
  sent: 1,
  rejected: 0,
  note: null,
  recentExpired: [],
  ...over,
});

const guild = (over: Partial<BotGuildStatus>): BotGuildStatus => ({
  id: '123456789012345678',
  name: 'Home',
  channel: null,
  problem: null,
  ...over,
});

describe('a source row', () => {
  it.each([
    ['not saved', source({}), false, 'not saved yet', 'neutral', undefined],
    [
      'saved, unknown to the engine',
      undefined,
      true,
      'not in use',
      'neutral',
      { detail: 'The engine does not ask it: see the log.' },
    ],
    ['answering', source({}), true, 'answering', 'good', undefined],
    ['never asked', source({ successes: 0 }), true, 'not asked yet', 'neutral', undefined],
    // The same word as the Sources page (shared/source-state.ts), its usual answer time as the reason.
    ['answering slowly', source({ latencyMs: 1500 }), true, 'slow', 'warn', { detail: 'Usual answer time 1.5 s' }],
    // An error as the engine gave it: said in words in the open form, its code under Details.
    ['failing', source({ consecutiveFailures: 2, lastError: 'timeout' }), true, 'failing', 'bad', { error: 'timeout' }],
    [
      'breaker open',
      source({ state: 'open', lastError: 'refused' }),
      true,
      'resting after failures',
      'warn',
      { error: 'refused' },
    ],
    [
      'breaker half-open',
      source({ state: 'half-open', consecutiveFailures: 3 }),
      true,
      'resting after failures',
      'warn',
      { error: null },
    ],
    // An old error stays in the health after the source recovers: it answers now.
    ['recovered', source({ lastError: 'old', consecutiveFailures: 0 }), true, 'answering', 'good', undefined],
  ] as const)('%s: %s', (_, health, saved, word, tone, why) => {
    expect(sourceRowState(health, saved, english)).toEqual({ word, tone, ...why });
  });
});

describe('a channel row', () => {
  it.each([
    ['not saved', channel({}), false, true, 'not saved yet', 'neutral'],
    ['switched off in the draft', channel({}), true, false, 'off', 'neutral'],
    ['no status yet', undefined, true, true, 'starting', 'neutral'],
    ['ok, nothing sent', channel({ lastSentAt: null }), true, true, 'nothing sent yet', 'neutral'],
    ['ok, sent', channel({}), true, true, 'working', 'good'],
    ['retrying', channel({ state: 'retrying', lastError: 'HTTP 503' }), true, true, 'retrying', 'warn'],
    ['failing', channel({ state: 'failing', lastError: 'HTTP 401' }), true, true, 'failing', 'bad'],
    ['invalid', channel({ state: 'invalid', reason: 'no desktop session' }), true, true, 'cannot run', 'bad'],
    ['disabled', channel({ state: 'disabled' }), true, true, 'off', 'neutral'],
    ['paused', channel({ state: 'paused', reason: 'monitoring paused' }), true, true, 'paused', 'neutral'],
    ['removed', channel({ state: 'removed' }), true, true, 'removed', 'neutral'],
  ] as const)('%s', (_, status, saved, enabled, word, tone) => {
    expect(channelRowState(status, saved, enabled, english)).toMatchObject({ word, tone });
  });

  it('gives the reason behind a bad state, for the open form: an error as the engine gave it, apart from words', () => {
    expect(channelRowState(channel({ state: 'failing', lastError: 'HTTP 401' }), true, true, english).error).toBe(
      'HTTP 401',
    );
    expect(
      channelRowState(channel({ state: 'invalid', reason: 'no desktop session' }), true, true, english).detail,
    ).toBe('no desktop session');
  });
});

describe('a Discord server row', () => {
  it.each([
    ['not saved', guild({}), false, true, 'not saved yet', 'neutral'],
    ['bot off', guild({}), true, false, 'bot off', 'neutral'],
    ['not joined', guild({ name: null }), true, true, 'not joined yet', 'warn'],
    ['unknown to the bot', undefined, true, true, 'not joined yet', 'warn'],
    ['cannot post', guild({ problem: 'missing Send Messages' }), true, true, 'cannot post', 'bad'],
    ['joined', guild({}), true, true, 'joined', 'good'],
  ] as const)('%s', (_, status, saved, botOn, word, tone) => {
    expect(guildRowState(status, saved, botOn, english)).toMatchObject({ word, tone });
  });
});
