/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): the fleet's broker link
 * as the status says it (beside `fleet.link.error`). `topic`/`first`/`second` are MQTT topics,
 * `file` a path, `said` the library's or the system's own words, `dropped` a count of messages;
 * a secret reference not resolved (a heartbeat URL's: `field`, the reference's `kind` and `name`,
 * or the schema's English as `name` when it is no reference); a hook run's own failure.
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
} as const;
