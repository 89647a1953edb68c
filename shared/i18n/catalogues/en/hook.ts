/**
 * The change hook's, the plugins' and the heartbeat's reasons.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const hook = {
  'reason.heartbeat.noUrl': 'no ping URL is set',
  'reason.heartbeat.notUrl': 'url: the ping URL is not a URL',
  'reason.heartbeat.kumaNoMonitor': 'Uptime Kuma knows no active push monitor with this token (wrong URL, or paused)',
  'reason.heartbeat.hcNotFound': 'Healthchecks knows no check at this URL (wrong URL, or the check was deleted)',
  'reason.heartbeat.hcAmbiguous': 'Healthchecks has several checks with this slug; use the check’s UUID URL',
  'reason.heartbeat.hcRateLimited': 'Healthchecks is limiting this check’s pings; they are too frequent',

  'reason.hook.exited': 'the program exited 0 in {ms} ms',
  'reason.hook.noProgram': 'no program is set',
  'reason.hook.stopping': 'IPWatch is stopping',
  'reason.hook.couldNotRun': 'could not run: {said}',
  'reason.hook.timedOut': 'killed after the {seconds} s timeout',
  'reason.hook.ended':
    '{how, select, exit {exit code {code}} signal {ended by {signal}} other {ended by a signal}}{hasStderr, select, yes {: {stderr}} other {}}',
  'reason.hook.notFound': '{program} was not found',
  'reason.hook.notExecutable': '{program} is not executable (or its folder cannot be entered)',
  'reason.hook.unsafe': '{program} could not start: {said}',
  'reason.hook.startRefused':
    '{program} could not start: {code} ({refusal, select, EINVAL {the system refused the program or its arguments} ENOTDIR {a part of its path is a file, not a folder} ENAMETOOLONG {its path is too long} E2BIG {its arguments are too long} ENOEXEC {it is not a program this system can run} ERR_INVALID_ARG_VALUE {the program or an argument holds a NUL character} other {{said}}})',

  'reason.plugin.outsideFolder':
    '{file} is not a manifest in the plugins folder (outside it, or missing): only that folder’s manifests are read',
  'reason.plugin.unreadable': '{file} cannot be read',
  'reason.plugin.tooLarge': '{file} is larger than {kb} KB, too large for a manifest',
  'reason.plugin.manifestNotJson': '{file} is not JSON',
  'reason.plugin.manifestField':
    '{file}: {field} {problem, select, missing {is missing} wrongType {has the wrong type} unknown {is not a field this manifest may have} tooBig {is too large or too long} tooSmall {is too small or too short} notAllowed {is not one of the values allowed} badForm {is not written in the form asked for} secretInClear {is a secret: give it as an env or file reference, not written out} notSecret {is a reference, but the manifest does not mark this setting secret} other {is not valid}}',
  'reason.plugin.nameTaken': '{file} is skipped: another manifest already names the plugin {name}',
  'reason.plugin.wrongKind':
    'the plugin {name} is not a {wanted, select, source {source} channel {notification channel} other {DNS provider}}',
  'reason.plugin.notFound': 'no plugin named {name} is in the plugins folder',
  'reason.plugin.couldNotStart': 'the plugin {name} could not start: {inner}',
  'reason.plugin.timedOut': 'the plugin {name} gave no answer within {timeout} and was stopped',
  'reason.plugin.tooMuchOutput': 'the plugin {name} wrote more than {kb} KB and was stopped',
  'reason.plugin.noAnswer':
    'the plugin {name} ended without an answer ({how, select, signal {ended by {signal}} other {exit code {code}}})',
  'reason.plugin.lineTooLong': 'the plugin {name} answered with a line longer than {kb} KB, which was refused',
  'reason.plugin.notJson': 'the plugin {name} answered with something that is not JSON',
  'reason.plugin.notObject': 'the plugin {name} answered with JSON that is not an object',
  'reason.plugin.wrongAnswer': 'the plugin {name} answered without a valid “{field}”',
  'reason.plugin.said': 'the plugin {name} said: “{said}”',
  'reason.plugin.failed': 'the plugin {name} failed without saying why',
  'reason.plugin.secretUnresolved':
    '{field}: the secret’s reference cannot be read ({kind, select, env {its environment variable is not set} file {its file is missing, unreadable or empty} other {it is not set}})',
} as const;
