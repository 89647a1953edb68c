/**
 * The change hook's and the heartbeat's reasons.
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
} as const;
