/** What the channel and source forms read from a schema, and the channel's own messages: tables. */
import { describe, expect, it } from 'vitest';

import { eventsLine } from '../../renderer/src/settings/channels/ChannelCard';
import { optionErrors } from '../../renderer/src/settings/channels/schema';
import { chatIdOf } from '../../renderer/src/settings/channels/spec';
import { freshId } from '../../renderer/src/settings/ChannelsEditor';
import {
  optionBounds,
  optionChoices,
  optionDefault,
  optionMeta,
  optionRequired,
} from '../../renderer/src/settings/options/option-schema';
import { english } from '../../shared/i18n/translators';
import { CHANNEL_OPTIONS } from '../../shared/settings/channel-options';

describe('option-schema', () => {
  it.each([
    ['gotify', ['url'], {}, true],
    ['gotify', ['priority'], {}, false],
    ['ntfy', ['token'], {}, false],
    // Inside email's optional auth: required only once auth is there.
    ['email', ['auth', 'pass'], {}, false],
    ['email', ['auth', 'pass'], { auth: { user: 'me' } }, true],
    ['email', ['to'], {}, true],
    ['mqtt', ['nope'], {}, false],
  ] as const)('%s %j required with %j: %s', (type, path, options, required) => {
    expect(optionRequired(CHANNEL_OPTIONS[type], path, options)).toBe(required);
  });

  it.each([
    ['ntfy', ['priority'], [1, 2, 3, 4, 5]],
    ['mqtt', ['qos'], [0, 1, 2]],
    ['email', ['secure'], [false, true]],
    ['webhook', ['signature'], ['standard', 'github']],
    // 0 to 10 is a number to type: at most ten choices make a select.
    ['gotify', ['priority'], []],
  ] as const)('%s %j offers %j', (type, path, values) => {
    expect(optionChoices(CHANNEL_OPTIONS[type], path).map(([v]) => v)).toEqual(values);
  });

  it("gives the schema's words, defaults, bounds and labels", () => {
    expect(optionChoices(CHANNEL_OPTIONS.mqtt, ['qos'])[2]).toEqual([2, '2: exactly once']);
    expect(optionDefault(CHANNEL_OPTIONS.ntfy, ['server'])).toBe('https://ntfy.sh');
    expect(optionDefault(CHANNEL_OPTIONS.ntfy, ['topic'])).toBeUndefined();
    expect(optionBounds(CHANNEL_OPTIONS.gotify, ['priority'])).toEqual({ min: 0, max: 10, int: true });
    expect(optionMeta(CHANNEL_OPTIONS.telegram, ['chatId']).label).toBe('Chat ID');
  });
});

describe('optionErrors', () => {
  it.each([
    [
      { id: 'a', type: 'gotify' },
      { url: 'required', token: 'required' },
    ],
    [{ id: 'a', type: 'gotify', url: 'x', token: 't' }, { url: 'expected an http:// or https:// URL' }],
    // A stored secret (marker) or a reference is the engine's to check.
    [{ id: 'a', type: 'gotify', url: 'https://g.example', token: { set: true } }, {}],
    [{ id: 'a', type: 'telegram', token: { env: 'TG' }, chatId: 42 }, {}],
    [{ id: 'a', type: 'slack', url: { set: true }, extra: 1 }, { '': 'Unrecognized key: "extra"' }],
    [{ id: 'a', type: 'pigeon' }, { '': 'unknown channel type "pigeon"' }],
  ])('%j: %j', (channel, errors) => {
    expect(Object.fromEntries(optionErrors(channel))).toEqual(errors);
  });
});

describe('small words', () => {
  it.each([
    ['gotify', [], 'gotify'],
    ['gotify', ['gotify'], 'gotify-2'],
    ['gotify', ['gotify', 'gotify-2'], 'gotify-3'],
  ])('a new %s among %j is %s', (type, taken, id) => {
    expect(freshId(type, taken)).toBe(id);
  });

  it.each([
    ['-1001234567890', -1001234567890],
    ['42', 42],
    ['@mychannel', '@mychannel'],
    [' 7 ', 7],
  ])('chat id %j is %j', (text, value) => {
    expect(chatIdOf(text)).toBe(value);
  });

  it.each([
    [['ipv4-changed'], '1 of 20 events'], // 17 of this machine (memory-high: issue 77), 3 of the fleet's sites (issue 51)
    [[], 'no events'],
  ])('%j: %s', (events, line) => {
    expect(eventsLine(events, english)).toBe(line);
  });
});
