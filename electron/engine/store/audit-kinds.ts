/**
 * The kinds of audit rows (issue 58), each with a bound of its own (audit.ts), so a flood of one
 * kind cannot erase another. A file of its own, importing nothing: the schema's migration 15 reads
 * it too, and the store's options (core.ts) its bound. The one list of kinds:
 * | kind     | rows                                                                     | who writes them            |
 * | -------- | ------------------------------------------------------------------------ | -------------------------- |
 * | refused  | any row whose result is `refused`                                        | anyone with a token; Discord sign-ins |
 * | access   | `session.sign-in`, `session.sign-out`, `session.end`                     | anyone with a token        |
 * | bot      | `discord <command>`: a bot command                                       | the Discord members the bot answers |
 * | change   | everything else: settings, tokens, every admin call, sign-out everywhere | an admin, the CLI on this host |
 */
export const AUDIT_KINDS = ['refused', 'access', 'bot', 'change'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

const ACCESS_ACTIONS: ReadonlySet<string> = new Set(['session.sign-in', 'session.sign-out', 'session.end']);

/** Pure: the kind of a row, whose bound it counts against. */
export function auditKind(action: string, result: string): AuditKind {
  if (result === 'refused') return 'refused';
  if (ACCESS_ACTIONS.has(action)) return 'access';
  if (action.startsWith('discord ')) return 'bot';
  return 'change';
}

/** Rows kept at most of each kind (about 200 bytes each: some 1 MB a kind). */
export const AUDIT_KIND_ROWS = 5_000;
