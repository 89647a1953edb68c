import { describe, expect, it } from 'vitest';

import { desktopChannelsOff } from '../../../electron/host/first-run';

const hook = { id: 'hook', type: 'webhook', url: 'https://example.test/h' };

describe('desktopChannelsOff', () => {
  it.each<[string, unknown, unknown]>([
    [
      'the default desktop channel: off, the rest kept',
      { monitor: { ipv4: true }, notifications: { channels: [{ id: 'desktop', type: 'desktop', enabled: true }] } },
      { monitor: { ipv4: true }, notifications: { channels: [{ id: 'desktop', type: 'desktop', enabled: false }] } },
    ],
    [
      'a desktop channel without `enabled` (on by default) and a webhook',
      { notifications: { retry: {}, channels: [{ id: 'd', type: 'desktop' }, hook] } },
      { notifications: { retry: {}, channels: [{ id: 'd', type: 'desktop', enabled: false }, hook] } },
    ],
    ['already off: nothing to write', { notifications: { channels: [{ type: 'desktop', enabled: false }] } }, null],
    ['no desktop channel', { notifications: { channels: [hook] } }, null],
    ['no channels at all', { notifications: {} }, null],
    ['not settings', null, null],
  ])('%s', (_name, raw, want) => {
    expect(desktopChannelsOff(raw)).toEqual(want);
  });
});
