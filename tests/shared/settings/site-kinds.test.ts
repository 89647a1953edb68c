/**
 * Settings version 1 → 2 (shared/settings/site-kinds.ts): the fleet's notice kinds join the
 * channels and Discord guilds that get address changes; a version-1 file as IPWatch wrote it
 * keeps loading through parseSettings. A table, and a pure step.
 */
import { describe, expect, it } from 'vitest';

import { MIGRATIONS, parseSettings, SETTINGS_VERSION } from '../../../shared/settings';
import { addSiteKinds, SITE_KINDS } from '../../../shared/settings/site-kinds';

const SITES = [...SITE_KINDS];

describe('addSiteKinds', () => {
  it.each<[string, unknown, unknown]>([
    ['address changes: the site kinds added', ['ipv4-changed', 'offline'], ['ipv4-changed', 'offline', ...SITES]],
    ['IPv6 alone counts too', ['ipv6-changed'], ['ipv6-changed', ...SITES]],
    ['no address change: left as it is', ['offline', 'online'], ['offline', 'online']],
    ['empty: left empty', [], []],
    [
      'one already there: not twice',
      ['ipv4-changed', 'site-online'],
      ['ipv4-changed', 'site-online', 'site-changed', 'site-offline'],
    ],
    ['not a list: left for the schema to name', 'ipv4-changed', 'ipv4-changed'],
  ])('%s', (_name, events, want) => {
    const input = { version: 1, notifications: { channels: [{ id: 'a', type: 'ntfy', events }] } };
    const before = structuredClone(input);
    expect(addSiteKinds(input)).toEqual({
      version: 2,
      notifications: { channels: [{ id: 'a', type: 'ntfy', events: want }] },
    });
    expect(input).toEqual(before);
  });

  it("leaves a channel without events to its default, and touches the Discord guilds' posts alike", () => {
    const input = {
      version: 1,
      notifications: { channels: [{ id: 'a', type: 'ntfy' }] },
      discord: {
        guilds: [
          { id: '1', events: ['ipv4-changed', 'nat-changed'] },
          { id: '2', events: ['nat-changed'] },
        ],
      },
    };
    expect(addSiteKinds(input)).toEqual({
      version: 2,
      notifications: { channels: [{ id: 'a', type: 'ntfy' }] },
      discord: {
        guilds: [
          { id: '1', events: ['ipv4-changed', 'nat-changed', ...SITES] },
          { id: '2', events: ['nat-changed'] },
        ],
      },
    });
  });

  it('is the step from version 1', () => {
    expect(MIGRATIONS[1]).toBe(addSiteKinds);
  });
});

describe('a version-1 settings file', () => {
  const file = {
    version: 1,
    notifications: {
      channels: [
        {
          id: 'hook',
          type: 'webhook',
          url: 'https://example.com/hook',
          enabled: true,
          events: ['ipv4-changed', 'ipv6-changed', 'offline', 'online'],
          mask: 'partial',
        },
        { id: 'desk', type: 'desktop', enabled: true, events: ['offline', 'online'], mask: 'none' },
      ],
    },
  };

  it('keeps loading, the site kinds on the channel that gets address changes only', () => {
    const r = parseSettings(file);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    const [hook, desk] = r.settings.notifications.channels;
    expect(hook).toMatchObject({ id: 'hook', url: 'https://example.com/hook', mask: 'partial' });
    // Then version 3 adds the memory notice to both (memory-kind.test.ts).
    expect(hook!.events).toEqual(['ipv4-changed', 'ipv6-changed', 'offline', 'online', ...SITES, 'memory-high']);
    expect(desk!.events).toEqual(['offline', 'online', 'memory-high']);
  });

  it('a new channel and a new guild get the site kinds by default', () => {
    const r = parseSettings({ notifications: { channels: [{ id: 'n', type: 'ntfy' }] } });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.settings.notifications.channels[0]!.events).toEqual(expect.arrayContaining(SITES));
  });
});
