/**
 * The kinds of audit rows (issues 58 and 73), each a retention class with bounds of its own
 * (audit.ts), so a flood of one kind cannot erase another. A file of its own, importing nothing:
 * the schema's migrations 15 and 20 read it too, and the store's options (core.ts) its bounds.
 * The one list of kinds, and who can write each:
 * | kind     | rows                                                                         | who writes them                    |
 * | -------- | ---------------------------------------------------------------------------- | ---------------------------------- |
 * | refused  | any row whose result is `refused`                                            | anyone with a token; Discord sign-ins |
 * | access   | sign-in, sign-out, sign out everywhere, a session ended or given another role | anyone with a token; Discord members |
 * | bot      | `discord <command>`: a bot command                                           | the Discord members the bot answers |
 * | change   | everything else: settings, tokens, every admin call                          | an admin, the host (CLI, app, runner) |
 * `change` is the owner's class: only an admin or the host can write it (every route a lower role
 * or a stranger reaches writes one of the other three), so no one else's traffic removes its rows.
 */
export const AUDIT_KINDS = ['refused', 'access', 'bot', 'change'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

const ACCESS_ACTIONS: ReadonlySet<string> = new Set([
  'session.sign-in',
  'session.sign-out',
  'session.sign-out-everywhere',
  'session.end',
  'session.role',
]);

/** Pure: the kind of a row, whose bounds it counts against. */
export function auditKind(action: string, result: string): AuditKind {
  if (result === 'refused') return 'refused';
  if (ACCESS_ACTIONS.has(action)) return 'access';
  if (action.startsWith('discord ')) return 'bot';
  return 'change';
}

/** Rows kept at most of each kind a lower role or a stranger can write (about 200 bytes each: some 1 MB a kind). */
export const AUDIT_KIND_ROWS = 5_000;
/** Rows kept at most of the owner's changes: a home makes a few a day, so this is decades of them. */
export const AUDIT_CHANGE_ROWS = 10_000;
/** Days the owner's changes are kept. */
export const AUDIT_CHANGE_DAYS = 400;
/** Days the other kinds' rows are kept. */
export const AUDIT_KIND_DAYS = 365;
/**
 * The share of a lower kind one principal (one actor: a token, a person, a Discord member) holds
 * at most: past it, that principal's own oldest row of the kind goes, never anyone else's.
 */
export const AUDIT_PRINCIPAL_SHARE = 10;

/** Pure: the rows one principal keeps at most of a lower kind of `kindRows` rows. */
export const principalRows = (kindRows: number): number => Math.max(1, Math.floor(kindRows / AUDIT_PRINCIPAL_SHARE));
