/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): the fleet's broker link
 * as the status says it (beside `fleet.link.error`). `topic`/`first`/`second` are MQTT topics,
 * `file` a path, `said` the library's or the system's own words, `dropped` a count of messages;
 * a secret reference not resolved (a heartbeat URL's: `field`, the reference's `kind` and `name`,
 * or the schema's English as `name` when it is no reference); a hook run's failure as IPWatch words
 * it (`program` a path, `stderr` the last line of the program's own, `code` an exit or system code).
 */
export const reasons9 = {
  'reason.fleetLink.lost': 'the connection to the broker was lost',
  'reason.fleetLink.closedBeforeAccept':
    'the broker closed the connection before accepting it: check the user name, password and TLS settings',
  'reason.fleetLink.closing': 'closing: saying goodbye to the broker ({seconds} s at most)',
  'reason.fleetLink.noGoodbye':
    'closed without a goodbye: the broker did not answer within {seconds} s{dropped, plural, =0 {} other {; # message(s) it had not acknowledged were dropped}}',
  'reason.fleetLink.unreached':
    'closed while the broker could not be reached; {dropped, plural, other {# message(s)}} it had not acknowledged were dropped',
  'reason.fleetLink.unreadable':
    'cannot read the {what, select, caFile {CA file} clientCert {client certificate} other {client key}} {file}: {why, select, missing {no such file} notAllowed {this runner may not read it} folder {it is a folder} other {{said}}}',
  'reason.fleetLink.readRefused':
    'the broker refused to let this user read {second, select, none {{first}} other {{first} and {second}}} (its ACL)',
  'reason.fleetLink.cannotSubscribe': 'cannot subscribe: {said}',
  'reason.fleetLink.tooLong':
    '{topic} not published: its state is {kib} KiB, more than the {maxKib} KiB a state may be, and watchers would not read it',

  'reason.secret.unresolved':
    '{field}: {kind, select, env {environment variable {name} is not set} file {file {name} cannot be read (missing, unreadable or empty)} other {{name}}}',

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
