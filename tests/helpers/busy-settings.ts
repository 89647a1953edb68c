/**
 * A runner's settings with most of what reaches out turned on: a custom source, a Cloudflare
 * record, a channel, a TCP monitor, heartbeat, the speed test, the fleet and the bot. `over` adds
 * or replaces top-level sections (the router, sign-in, a family off).
 */
import { parseSettings, type Settings } from '../../shared/settings';

export function busySettings(over: Record<string, unknown> = {}): Settings {
  const r = parseSettings({
    sources: { custom: [{ id: 'mine', kind: 'http', url: 'https://echo.example.net:8443/ip', family: 4 }] },
    ddns: {
      records: [{ id: 'cf', provider: 'cloudflare', name: 'home.example.org', zoneId: 'ab'.repeat(16), token: 't' }],
    },
    notifications: { channels: [{ id: 'alerts', type: 'ntfy', topic: 'ipwatch' }] },
    monitors: { items: [{ id: 'ssh', name: 'SSH', type: 'tcp', host: 'nas.example.org', port: 22, family: 4 }] },
    heartbeat: { enabled: true, url: 'https://hc-ping.com/0b5ad1c4-7d6e-4b7b-9c8f-3e2a1d0c9b8a' },
    identity: { provider: 'ipinfo' },
    speedTest: { enabled: true },
    fleet: { publish: true, site: 'home', brokerUrl: 'mqtts://broker.example.org:8883' },
    discord: { token: 'x'.repeat(60) },
    ...over,
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
}
