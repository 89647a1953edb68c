/**
 * Settings version 2 → 3 (shared/settings/memory-kind.ts): the memory notice joins each channel
 * that lists its events and gets at least one; a version-2 file as IPWatch wrote it keeps loading
 * through parseSettings. A table, and a pure step.
 */
import { describe, expect, it } from 'vitest';

import { english, translator } from '../../../shared/i18n/translators';
import { MIGRATIONS, parseSettings, SETTINGS_VERSION } from '../../../shared/settings';
import { addMemoryKind, MEMORY_KIND } from '../../../shared/settings/memory-kind';
import { upgradeNotes } from '../../../shared/settings/upgrade-notes';

describe('addMemoryKind', () => {
  it.each<[string, unknown, unknown]>([
    ['a list of address changes: added', ['ipv4-changed', 'offline'], ['ipv4-changed', 'offline', MEMORY_KIND]],
    ['a list of the fleet only: added', ['site-offline'], ['site-offline', MEMORY_KIND]],
    ['already there: not twice', ['memory-high', 'online'], ['memory-high', 'online']],
    ['empty (a channel told nothing): left empty', [], []],
    ['not a list: left for the schema to name', 'ipv4-changed', 'ipv4-changed'],
    ['null: left for the schema to name', null, null],
  ])('%s', (_name, events, want) => {
    const input = { version: 2, notifications: { channels: [{ id: 'a', type: 'ntfy', events }] } };
    const before = structuredClone(input);
    expect(addMemoryKind(input)).toEqual({
      version: 3,
      notifications: { channels: [{ id: 'a', type: 'ntfy', events: want }] },
    });
    expect(input).toEqual(before);
  });

  it("leaves a channel without events to its default, and the Discord servers' posts as they are", () => {
    const guilds = [{ id: '1', events: ['ipv4-changed', 'nat-changed'] }];
    const input = {
      version: 2,
      notifications: { channels: [{ id: 'a', type: 'ntfy' }, 'not a channel'] },
      discord: { guilds },
    };
    expect(addMemoryKind(input)).toEqual({
      version: 3,
      notifications: { channels: [{ id: 'a', type: 'ntfy' }, 'not a channel'] },
      discord: { guilds },
    });
  });

  it('a file without channels only gets its version', () => {
    expect(addMemoryKind({ version: 2, log: { level: 'warn' } })).toEqual({ version: 3, log: { level: 'warn' } });
    expect(addMemoryKind({ version: 2, notifications: { channels: 'x' } })).toEqual({
      version: 3,
      notifications: { channels: 'x' },
    });
  });

  it('is the step from version 2, the last', () => {
    expect(SETTINGS_VERSION).toBe(3);
    expect(MIGRATIONS[2]).toBe(addMemoryKind);
  });
});

describe('a version-2 settings file', () => {
  const file = {
    version: 2,
    notifications: {
      channels: [
        { id: 'hook', type: 'webhook', url: 'https://example.com/hook', events: ['ipv4-changed', 'offline'] },
        { id: 'quiet', type: 'desktop', events: [] },
      ],
    },
  };

  it('keeps loading, the memory notice on the channel that gets something', () => {
    const r = parseSettings(file);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.settings.version).toBe(3);
    const [hook, quiet] = r.settings.notifications.channels;
    expect(hook).toMatchObject({ id: 'hook', url: 'https://example.com/hook' });
    expect(hook!.events).toEqual(['ipv4-changed', 'offline', MEMORY_KIND]);
    expect(quiet!.events).toEqual([]);
  });

  it('a new channel gets the memory notice by default', () => {
    const r = parseSettings({ notifications: { channels: [{ id: 'n', type: 'ntfy' }] } });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.settings.notifications.channels[0]!.events).toContain(MEMORY_KIND);
  });
});

describe('upgradeNotes', () => {
  it.each<[string, number, number, RegExp[]]>([
    ['from 1: both steps, oldest first', 1, 3, [/^version 2: .*site-online/, /^version 3: .*memory-high/]],
    ['from 0: the version-only step says nothing', 0, 2, [/^version 2: /]],
    ['from 2: the memory step', 2, 3, [/^version 3: each channel that lists its events gets memory-high/]],
    ['none to do', 3, 3, []],
  ])('%s', (_name, from, to, want) => {
    const notes = upgradeNotes(from, to, english);
    expect(notes).toHaveLength(want.length);
    want.forEach((re, i) => expect(notes[i]).toMatch(re));
  });

  it('speaks German and Indonesian', () => {
    expect(upgradeNotes(2, 3, translator('de'))).toEqual([
      expect.stringMatching(/^Version 3: .*leere Liste bleibt leer$/),
    ]);
    expect(upgradeNotes(2, 3, translator('id'))).toEqual([
      expect.stringMatching(/^versi 3: .*daftar kosong tetap kosong$/),
    ]);
  });
});
