/**
 * Service monitors: their lines, states, reasons, page and editor.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const monitors = {
  // Service monitors on a line (shared/words/monitor.ts): the monitor is named, its target is not.
  'monitor.state.up': 'up',
  'monitor.state.down': 'down',
  'monitor.state.unknown': 'not known yet',
  'monitor.state.off': 'off',
  'monitor.line': '{name}: {state}',
  'monitor.line.notForwarded': '{name}: {state}, but the router forwards nothing to its port',
  'monitor.line.down': '{name}: {state}{why}',
  'monitor.line.downAfterChange': '{name}: {state} since the address change{why}',
  'monitor.line.downNotForwarded': '{name}: {state}{why}, but the router forwards nothing to its port',
  'monitor.line.downAfterChangeNotForwarded':
    '{name}: {state} since the address change{why}, but the router forwards nothing to its port',
  'monitor.why': ' ({why})',

  // Service monitors (monitors/).
  'editors.monitor.inside': 'A check from here proves the service runs, not that the internet reaches it',
  'editors.monitor.list': 'Monitors',
  'editors.monitor.legend': 'Monitor',
  'editors.monitor.new': 'New monitor',
  'editors.monitor.empty': 'No monitors: nothing behind the address is checked.',
  'editors.monitor.adderKind': 'Kind of the new monitor',
  'editors.monitor.add': 'Add a monitor',
  'editors.monitor.kind': 'Kind of check',
  'editors.monitor.timing': 'Timing',
  'editors.monitor.testThis': 'Test this monitor',
  'editors.monitor.up': 'Up: {detail} ({ms} ms)',
  'editors.monitor.down': 'Down ({ms} ms):',
  'editors.monitor.tcp': 'TCP port',
  'editors.monitor.tcp.blurb':
    'Up when the port accepts a connection (SSH, a game server, a database). Nothing is sent.',
  'editors.monitor.http': 'Web page (HTTP or HTTPS)',
  'editors.monitor.http.blurb':
    'Up when the page answers with the status you expect (any 2xx or 3xx by default), holding your text if you set one.',
  'editors.monitor.dns': 'DNS name',
  'editors.monitor.dns.blurb':
    'Up when the name resolves to the address IPWatch confirmed: a dynamic DNS name that kept up with the change.',

  'reason.monitor.off': 'switched off in the settings',
  'reason.monitor.timeout': 'no answer within the timeout',
  'reason.monitor.noAddressYet': 'no confirmed IPv{family} address to compare with yet',
  'reason.monitor.resolves': '{host} resolves to the current address',
  'reason.monitor.resolvesElsewhere': '{host} resolves to {found}, not the current {current}',
  'reason.monitor.status': 'answered status {status}',
  'reason.monitor.statusNotExpected':
    'answered status {status}, expected {expected, select, any {a 2xx or 3xx answer} other {status {expected}}}',
  'reason.monitor.textMissing': 'answered status {status} without the expected text',
  'reason.monitor.portOpen': 'port {port} accepts connections',
  'reason.monitor.failed': '{error}',
  'reason.monitor.failedLine': '{errorLine}',
  'reason.monitor.checkFailed': 'the check failed: {said}',

  // Service monitors (renderer/src/pages/monitor-words.ts).
  'web.monitor.down': 'Down',
  'web.monitor.downAfterChange': 'Down since the address change',
  'web.monitor.noReason': 'no reason given',
  'web.monitor.failedOnce': 'Answered, then failed once since',
  'web.monitor.answered': 'Answered in {ms} ms',
  'web.monitor.failing': 'Failing, not yet counted down',
  'web.monitor.notForwarded': 'not forwarded by the router',
  'web.monitor.notForwardedLine': 'The router lists no port mapping for this port: the internet cannot reach it.',
  'web.monitor.insideNote':
    'These checks run from this machine, inside your network. A pass proves the service runs and answers from here, not that the internet reaches it. A check of your public address or name from inside goes through the router’s hairpin NAT (NAT loopback), not the path the world uses: a router without it fails such a check even when the world gets through. Only a check from another network (a phone on mobile data) proves the service is reachable from outside.',

  'web.monitors.title': 'Services',
  'web.monitors.since': '{state} since {time} ({ago})',
  'web.monitors.notChecked': 'not checked yet',
  'web.monitors.lastChecked': ' · last checked {ago}',
} as const;
