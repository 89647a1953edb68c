/**
 * The engine's own reasons (issue 62): why a monitor is down, why a test was left out, why a
 * notice is held... The engine decides a reason as one of these codes and its values
 * (shared/contract/reason.ts); the API's English field beside it is this English of the same
 * code, and the dashboard and the bot say the code in their own language (shared/words/reason.ts).
 * A value named `duration` arrives as `durationMs`; `inner` is a nested reason said first; `error`
 * (`errorLine`) is a raw error text said by shared/words/error.ts's errorInWords (errorInLine),
 * `url` where that request went; `said` is text another program gave.
 */
export const reasons = {
  'reason.held.addressChange':
    'a change back within the hold is one flap notice, not two: "Hold changes for" is {duration}',
  'reason.held.siteChanged': 'a site\'s change back within the hold is not told: "Hold changes for" is {duration}',
  'reason.held.siteOffline': 'a site back before then was a blip, not told: "Report offline after" is {duration}',
  'reason.held.unreadable': 'written by another version of IPWatch; set aside when the monitor next starts',

  'reason.speed.off': 'Speed tests are off: turn them on in Settings, Speed test.',
  'reason.speed.stopping': 'IPWatch is stopping',
  'reason.speed.metered': 'Not tested: the connection is metered ({inner}).',
  'reason.speed.notKept': 'The test ran but could not be kept in the history: {said}',

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

  'reason.watch.noIp': 'ip (iproute2) is not in PATH',
  'reason.watch.windows': 'Windows has no interface event source without a native module',
  'reason.watch.noSource': 'no interface event source on {platform}',
  'reason.watch.starting': 'the {kind} event source is starting',
  'reason.watch.said': '{said}',
  'reason.watch.stopped':
    '{what, select, cannotRun {{command} cannot be run ({code})} exited {{command} exited ({signal, select, none {code {code}} other {{signal}}})} other {{said}}}{hasStderr, select, yes {: {stderr}} other {}}{retry, select, yes {; starting it again in {retrySec} s} other {}}',
} as const;
