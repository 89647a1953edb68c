/**
 * An audit log row in words: who ("the dashboard", not `ui`), what ("Settings applied", not
 * `settings.reload`), and the detail with the settings' own labels ("Applied now: Service
 * monitors. After a restart: nothing.", not `live: monitors.items; after restart: (none)`).
 * An action without words of its own is shown as stored. Pure.
 *
 * | actor          | who                        |   | action           | what                          |
 * |----------------|----------------------------|---|------------------|-------------------------------|
 * | ui             | the dashboard              |   | settings.reload  | Settings applied / refused    |
 * | api            | the API                    |   | settings.write   | Settings written by IPWatch   |
 * | cli            | the command line           |   | monitor.pause    | Monitoring paused             |
 * | n (r, token)   | n, with a r token          |   | session.sign-in  | Signed in                     |
 * | n (r, session) | n, signed in as r          |   | token.create     | API token created             |
 * | cli (on this host) | the command line on this host | | <method>      | the method's words (below)    |
 * | settings.json  | settings.json, edited      |   | monitor.resume   | Monitoring resumed            |
 * | discord:<user> | <user> on Discord          |   | history.backup   | History backed up             |
 * | n (discord:id) | n, Discord user id         |   | history.restore  | History restored              |
 * | ipwatch        | IPWatch itself             |   | history.import   | History imported              |
 * | channel <id>   | the channel <id>           |   | notify.resend    | Notice queued again           |
 * | other          | as stored                  |   | first-run.<x>    | First-run setup <x>           |
 * |                |                            |   | discord <cmd>    | Discord command <cmd>         |
 * |                |                            |   | settings.upgrade | Settings file upgraded        |
 * |                |                            |   | session.sign-in, refused | Tried to sign in      |
 * |                |                            |   | <method>, refused | Tried to <it> (ACTION_WORDS) |
 *
 * The result in words (`applied` is "Done", `rejected` "Refused"; a bot's own sentence as
 * stored), and in a detail an IPv4 address as people write it (127.0.0.1, not ::ffff:127.0.0.1).
 */
import type { AuditEntry } from '../../../shared/contract/history';
import { actionWords } from '../../../shared/words/actions';
import { labelOfPath } from '../settings/field-trail';

export interface AuditWords {
  who: string;
  what: string;
  detail: string | null;
  result: string;
}

function who(actor: string): string {
  if (actor === 'ui') return 'the dashboard';
  if (actor === 'api') return 'the API';
  if (actor === 'cli') return 'the command line';
  if (actor === 'cli (on this host)') return 'the command line on this host';
  // Over HTTP (electron/engine/api/auth-hook.ts actorOf): "grafana (viewer, token)".
  const m = PRINCIPAL.exec(actor);
  if (m)
    return m[3] === 'token'
      ? `${m[1]}, with ${m[2] === 'admin' ? 'an' : 'a'} ${m[2]} token`
      : `${m[1]}, signed in as ${m[2]}`;
  // A Discord user refused at sign-in (discord-sign-in/callback.ts): no role, so the id an admin would list.
  const refused = DISCORD_USER.exec(actor);
  if (refused) return `${refused[1]}, Discord user ${refused[2]}`;
  if (actor === 'ipwatch') return 'IPWatch itself';
  if (actor === 'settings.json') return 'settings.json, edited';
  if (actor.startsWith('discord:')) return `${actor.slice('discord:'.length)} on Discord`;
  if (actor.startsWith('channel ')) return `the channel ${actor.slice('channel '.length)}`;
  return actor;
}

const PRINCIPAL = /^(.+) \((admin|viewer|metrics), (token|session)\)$/;
const DISCORD_USER = /^(.+) \(discord:(\d+)\)$/;

/** The results the engine stores as a code; any other (a bot's "rate limited (5 s)") reads as stored. */
const RESULTS: Record<string, string> = {
  applied: 'Done',
  done: 'Done',
  ok: 'Done',
  written: 'Done',
  queued: 'Queued',
  unchanged: 'Nothing to change',
  refused: 'Refused',
  rejected: 'Refused',
  denied: 'Refused',
  failed: 'Failed',
};

/** An IPv4-mapped IPv6 address (how a dual-stack socket names an IPv4 client) as the IPv4 address. */
const plainIpv4 = (text: string | null) => text?.replace(/::ffff:(\d{1,3}(?:\.\d{1,3}){3})\b/gi, '$1') ?? null;

const ACTIONS: Record<string, string> = {
  'session.sign-in': 'Signed in',
  'session.sign-out': 'Signed out',
  'session.sign-out-everywhere': 'Signed out everywhere',
  'session.end': 'Browser sessions ended',
  'session.revoke': 'Browser session revoked',
  'session.role': 'Browser session given another role',
  'token.create': 'API token created',
  'token.rotate': 'API token rotated',
  'token.revoke': 'API token revoked',
  retryDdnsRecord: 'DNS record tried again',
  runSpeedTest: 'Speed test run',
  testHook: 'Hook run as a test',
  'settings.write': 'Settings written by IPWatch',
  'settings.upgrade': 'Settings file upgraded',
  'monitor.pause': 'Monitoring paused',
  'monitor.resume': 'Monitoring resumed',
  'history.backup': 'History backed up',
  'history.restore': 'History restored',
  'history.import': 'History imported',
  'notify.resend': 'Notice queued again',
};

const RELOAD = /^live: (.*); after restart: (.*)$/;

/** The fields a reload applied, by their labels: "Check every (seconds) and Service monitors", or "nothing". */
function fields(list: string): string {
  const paths = list === '(none)' ? [] : list.split(', ').filter(Boolean);
  const labels = [...new Set(paths.map((p) => labelOfPath(p)))];
  if (labels.length === 0) return 'nothing';
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
}

function reload(e: AuditEntry): Pick<AuditWords, 'what' | 'detail'> {
  if (e.result !== 'applied')
    return { what: e.result === 'rejected' ? 'Settings edit refused' : 'Settings edit failed', detail: e.detail };
  const m = e.detail === null ? null : RELOAD.exec(e.detail);
  if (!m) return { what: 'Settings applied', detail: e.detail };
  return {
    what: 'Settings applied',
    detail: `Applied now: ${fields(m[1]!)}. After a restart: ${fields(m[2]!)}.`,
  };
}

export function auditWords(entry: AuditEntry): AuditWords {
  const e = { ...entry, detail: plainIpv4(entry.detail) };
  const base = { who: who(e.actor), result: RESULTS[e.result] ?? e.result };
  if (e.action === 'settings.reload') return { ...base, ...reload(e) };
  // "Signed in ... Refused" would say both: a refused sign-in is an attempt.
  if (e.action === 'session.sign-in' && e.result === 'refused')
    return { ...base, what: 'Tried to sign in', detail: e.detail };
  // "Monitoring paused ... Refused" would say both too: a refused change is an attempt at it.
  // A change or a request outside refused, by the contract method tried (shared/words/actions.ts):
  // an attempt, so "Tried to pause monitoring", not "Monitoring paused" beside "Refused".
  const tried = e.result === 'refused' ? actionWords(e.action) : undefined;
  if (tried !== undefined) return { ...base, what: `Tried to ${tried}`, detail: e.detail };
  if (e.action.startsWith('first-run.'))
    return { ...base, what: `First-run setup ${e.action.slice('first-run.'.length)}`, detail: e.detail };
  if (e.action.startsWith('discord '))
    return { ...base, what: `Discord ${e.action.slice('discord '.length)}`, detail: e.detail };
  return { ...base, what: ACTIONS[e.action] ?? e.action, detail: e.detail };
}
