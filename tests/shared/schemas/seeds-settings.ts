/**
 * Valid examples for the settings schemas whose empty input does not parse, by export name (a name
 * two modules share gets both modules' seeds; a seed that does not parse is skipped), so their
 * corpus walks real data (tests/helpers/schema-record.ts). Plain data, taken from docs/settings.md,
 * docs/ddns.md and the settings tests; each union branch (provider, kind, type) appears once.
 */
const tcpMonitor = { id: 'ssh', name: 'SSH', type: 'tcp', host: '192.168.1.10', port: 22, family: 4 };
const httpMonitor = {
  id: 'cloud',
  name: 'Nextcloud',
  type: 'http',
  url: 'https://cloud.example.org/status.php',
  expectStatus: 200,
  expectText: 'installed',
};
const dnsMonitor = {
  id: 'home',
  name: 'Home name',
  type: 'dns',
  host: 'home.example.org',
  family: 6,
  server: '1.1.1.1:53',
};

const rfc2136 = {
  id: 'home-a',
  provider: 'rfc2136',
  server: '192.0.2.53',
  port: 53,
  zone: 'example.org',
  name: 'home.example.org',
  keyName: 'ipwatch-key',
  secret: 'c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
};
const cloudflare = {
  id: 'cf-aaaa',
  provider: 'cloudflare',
  type: 'AAAA',
  address: '::1:2:3:4',
  token: { env: 'CF_TOKEN' },
  zone: 'example.org',
  name: 'home.example.org',
};
const dyndns2 = {
  id: 'noip',
  provider: 'dyndns2',
  server: 'https://dynupdate.no-ip.com',
  username: 'me',
  password: { file: '/run/secrets/noip' },
  hostname: 'home.example.org',
};
const duckdns = { id: 'duck', provider: 'duckdns', token: 'abcdef', domain: 'myhome.duckdns.org' };
const desec = {
  id: 'desec',
  provider: 'desec',
  type: 'AAAA',
  address: 'observed',
  token: 'tok',
  hostname: 'myhome.dedyn.io',
};
const records = [rfc2136, cloudflare, dyndns2, duckdns, desec];

const httpSource = {
  id: 'my-echo',
  kind: 'http',
  url: 'https://ip.example.org/',
  format: 'json',
  field: 'ip',
  family: 4,
};
const dnsSource = {
  id: 'opendns',
  kind: 'dns',
  server: '208.67.222.222:53',
  name: 'myip.opendns.com',
  type: 'A',
  family: 4,
};
const stunSource = { id: 'stun6', kind: 'stun', server: '[2001:db8::1]:3478', family: 6, provider: 'google' };

const webhookChannel = {
  id: 'hook',
  type: 'webhook',
  url: 'https://hooks.example.org/ipwatch',
  events: ['ipv4-changed'],
};
const discordChannel = {
  id: 'discord',
  type: 'discord-webhook',
  url: 'https://discord.com/api/webhooks/1/abc',
  mask: 'partial',
};

const guild = {
  id: '123456789012345678',
  channel: '223456789012345678',
  mask: 'partial',
  read: { roles: ['323456789012345678'] },
};

export const SETTINGS_SEEDS: Record<string, unknown[]> = {
  idSchema: ['home-a'],
  httpUrlSchema: ['https://ip.example.org/'],
  secretRefSchema: [{ env: 'SMTP_PASS' }, { file: '/run/secrets/smtp' }],
  tlsFilesSchema: [{ cert: '/etc/ipwatch/cert.pem', key: '/etc/ipwatch/key.pem' }],
  snowflakeSchema: ['123456789012345678'],
  guildSchema: [guild, '123456789012345678'],
  discordSchema: [{ token: { env: 'DISCORD_TOKEN' }, guilds: [guild], rateLimit: { checkSec: 10, exportSec: 60 } }],
  dnsNameSchema: ['Home.Example.org.'],
  rfc2136RecordSchema: [rfc2136],
  cloudflareRecordSchema: [cloudflare],
  dyndns2RecordSchema: [dyndns2],
  duckdnsRecordSchema: [duckdns],
  desecRecordSchema: [desec],
  ddnsRecordSchema: records,
  ddnsSettingsSchema: [{ records }],
  customSourceSchema: [httpSource, dnsSource, stunSource],
  sourcesSchema: [{ custom: [httpSource, dnsSource, stunSource] }],
  channelSettingsSchema: [webhookChannel, discordChannel],
  tcpMonitorSchema: [tcpMonitor],
  httpMonitorSchema: [httpMonitor],
  dnsMonitorSchema: [dnsMonitor],
  serviceMonitorSchema: [tcpMonitor, httpMonitor, dnsMonitor],
  serviceMonitorsSchema: [{ items: [tcpMonitor, httpMonitor, dnsMonitor] }],
  // Beyond the bare defaults: a whole settings file walks every section's fields with data in them.
  notificationsSchema: [{ timezone: 'Europe/Berlin', channels: [webhookChannel, discordChannel] }],
  settingsSchema: [
    {
      version: 3,
      sources: { custom: [httpSource, dnsSource] },
      notifications: { channels: [webhookChannel] },
      discord: { token: 'bot-token', guilds: [guild] },
      ddns: { records: [rfc2136, cloudflare] },
      monitors: { items: [tcpMonitor, httpMonitor] },
    },
  ],
};
