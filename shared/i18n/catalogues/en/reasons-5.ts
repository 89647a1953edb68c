/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): why a speed test failed
 * (`said`: the connection's own error text, `status` the server's HTTP status), why desktop
 * notices cannot be shown here (`display`: the WAYLAND_DISPLAY named), and the messages a
 * settings schema's author wrote for a field (`settings.schemaSays.*`: the schema gives this
 * English, the Settings page says it in its language).
 */
export const reasons5 = {
  'reason.speed.cancelled': 'cancelled',
  'reason.speed.error': '{said}',
  'reason.speed.unreachable': 'cannot reach the speed test server: {said}',
  'reason.speed.refused':
    '{kind, select, wait {the speed test server asks to wait before the next test (HTTP 429)} forbidden {the speed test server refused the request (HTTP 403)} other {the speed test server answered HTTP {status}}}',
  'reason.speed.refusedSaid':
    '{kind, select, wait {the speed test server asks to wait before the next test (HTTP 429)} forbidden {the speed test server refused the request (HTTP 403)} other {the speed test server answered HTTP {status}}}: {said}',
  'reason.speed.short': 'the speed test server sent {received} of the {expected} bytes asked for',

  'reason.desktop.container': 'no desktop session: running in a container',
  'reason.desktop.waylandNoSocket': 'no desktop session: WAYLAND_DISPLAY names no socket ({display})',
  'reason.desktop.noDisplay': 'no desktop session: DISPLAY and WAYLAND_DISPLAY are unset',
  'reason.desktop.windowsService': 'no desktop session: running as a Windows service',
  'reason.desktop.none': 'no desktop session',
  'reason.desktop.noNotifySend': 'notify-send not found (install libnotify-bin)',

  'settings.schemaSays.duckdnsSubName': 'expected the sub-name, e.g. myhome for myhome.duckdns.org',
  'settings.schemaSays.zoneOrId': 'give the zone or its ID',
  'settings.schemaSays.aaaaOnly':
    'only an AAAA record chooses its address: an A record holds the observed IPv4 address',
  'settings.schemaSays.program': 'give the program to run, by its full path',
} as const;
