/**
 * The audit log's details, continued (issue 62): a row counted several times
 * (electron/engine/api/audit/repeated-rows.ts: `verb` refused, signed in, signed out or signed out everywhere, `times`, `span` the time
 * from the first to the last, `short` yes under a second), said after the row's first detail; a
 * token's sign-in (`from` the browser's address, `here` yes with this run's host proof) and the
 * sessions a token revoked, rotated, re-roled or no longer standing ended (`why`: auth-hook.ts); why a role was refused a change or a
 * request outside (api/audit/refusals.ts refusalReason: `method` the contract method, said by its
 * `action.*` words). Their English is what the engine wrote before
 * (tests/shared/words/reason-english-13.test.ts).
 */
export const reasons13 = {
  'audit.repeated':
    '({verb, select, refused {refused} signedOut {signed out} signedOutEverywhere {signed out everywhere} other {signed in}} {times} times in {short, select, yes {under a second} other {{span}}}, each within a minute of the one before)',
  'reason.audit.tokenSignIn': 'with a token, from {from}{here, select, yes { (this host)} other {}}',
  'reason.audit.tokenGone':
    'sessions ended: token {name} ({id}) {why, select, revoked {revoked} rotated {rotated} roleChanged {role changed} other {no longer stands}}; {count} browser {count, plural, one {session} other {sessions}}',
  'reason.audit.viewerChange':
    'a viewer reads everything and changes nothing: {method} is a change, which needs an admin',
  'reason.audit.viewerAct':
    "a viewer reads everything and changes nothing: {method} sends or spends a request outside this host. Viewers can't send tests or checks: an admin can.",
  'reason.audit.metricsMay':
    'a metrics token reaches /metrics, /healthz and the badge only: it may not {method}; use a viewer or admin token',
  'reason.audit.metricsNoSession':
    'a metrics token reaches /metrics, /healthz and the badge only, not the dashboard: it cannot sign in; send it as "Authorization: Bearer \'<token>\'" to /metrics, or sign in with a viewer or admin token',
} as const;
