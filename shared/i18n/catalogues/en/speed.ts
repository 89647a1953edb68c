/**
 * Speed tests and metered connections.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const speed = {
  'reason.metered.nm':
    'NetworkManager ({device}): {state, select, metered {metered} other {not metered}}{guessed, select, yes {, guessed} other {}}',
  'reason.metered.nmUnknown': 'NetworkManager ({device}) does not know',
  'reason.metered.nmOdd': 'NetworkManager ({device}) said "{said}", which is not a metered state',
  'reason.metered.nmMissing': 'NetworkManager (nmcli) is not installed',
  'reason.metered.noRoute': 'no IPv{family} default route to ask NetworkManager about',
  'reason.metered.nmFailed': 'NetworkManager could not tell: {said}',
  'reason.metered.windows': 'Windows: network cost {cost}',
  'reason.metered.windowsNone': 'Windows has no internet connection profile',
  'reason.metered.windowsOdd': 'Windows said "{said}", which is not a network cost',
  'reason.metered.windowsFailed': 'Windows could not tell: {said}',
  'reason.metered.macos': 'macOS tells programs nothing about metered connections (no known way)',
  'reason.metered.noWay': 'no known way on {platform}',
  'reason.metered.askFailed': 'could not ask the OS: {said}',
  'reason.metered.said': '{said}',

  'reason.speed.cancelled': 'cancelled',
  'reason.speed.error': '{said}',
  'reason.speed.unreachable': 'cannot reach the speed test server: {said}',
  'reason.speed.refused':
    '{kind, select, wait {the speed test server asks to wait before the next test (HTTP 429)} forbidden {the speed test server refused the request (HTTP 403)} other {the speed test server answered HTTP {status}}}',
  'reason.speed.refusedSaid':
    '{kind, select, wait {the speed test server asks to wait before the next test (HTTP 429)} forbidden {the speed test server refused the request (HTTP 403)} other {the speed test server answered HTTP {status}}}: {said}',
  'reason.speed.short': 'the speed test server sent {received} of the {expected} bytes asked for',
  'reason.speed.off': 'Speed tests are off: turn them on in Settings, Speed test.',
  'reason.speed.stopping': 'IPWatch is stopping',
  'reason.speed.metered': 'Not tested: the connection is metered ({inner}).',
  'reason.speed.notKept': 'The test ran but could not be kept in the history: {said}',

  // The speed test on a line (shared/words/speed.ts): the tray's menu, the bot's /status.
  'speed.running': 'Speed test: running',
  'speed.skipped': 'Speed test: left out ({why})',
  'speed.notRun': 'Speed test: not run yet',
  'speed.failed': 'Speed test: failed ({error})',
  'speed.line': 'Speed: {down}, {up}',
  'speed.lineLatency': 'Speed: {down}, {up}, {latency} ms',
  'speed.down': '{mbps} Mbps down',
  'speed.up': '{mbps} up',
  'speed.downMissing': 'download not measured',
  'speed.upMissing': 'upload not measured',

  'web.speed.title': 'Speed test',
  'web.speed.failed': 'Failed: {error}',
  'web.speed.when': '{time} ({ago}).',
  'web.speed.none': 'No speed test yet.',
  'web.speed.next': 'Next scheduled test {time}.',
  'web.speed.skipped': '{ago}: {why}',
  'web.speed.meteredUnknown': 'Metered or not: the system does not say ({detail}), so tests run.',
  'web.speed.testing': 'Testing…',
  'web.speed.run': 'Run a speed test',
  'web.speed.off': 'Speed tests are off in Settings.',
  // A speed test's figures (renderer/src/pages/speed-view.ts): `n` already written as the language writes numbers.
  'web.speed.notMeasured': 'not measured',
  'web.speed.mbps': '{n} Mbps',
  'web.speed.ms': '{n} ms',
  'web.speed.figures': 'download {down} · upload {up} · latency {latency}',
  'web.speed.figuresJitter': 'download {down} · upload {up} · latency {latency} (jitter {jitter})',
  'web.speed.scope':
    '{trigger, select, schedule {Scheduled} other {Asked for}}: {mb} MB in {s} s over IPv{family} to {server}{cut, select, bytes {; stopped at the data limit} time {; stopped at the time limit, figures so far} other {}}.',
} as const;
