/**
 * An audit log row in words: who ("the dashboard", not `ui`), what ("Settings applied", not
 * `settings.reload`), and the detail with the settings' own labels ("Applied now: Service
 * monitors. After a restart: nothing.", not `live: monitors.items; after restart: (none)`).
 * An action without words of its own is shown as stored. In the catalogue's words (`web.audit.*`). Pure.
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
 * The result in words (`applied` is "Done", `rejected` "Refused"; a bot's "rate limited (5 s)"
 * read back, audit-details.ts), a detail kept as a code (`reason`) in the reader's language, and in a detail an IPv4 address as people write it (127.0.0.1, not ::ffff:127.0.0.1).
 */
import type { AuditEntry } from '../../../shared/contract/history';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { actionWords } from '../../../shared/words/actions';
import { repeatVerbOf, repeatWords } from '../../../shared/words/audit-repeated';
import { sayReason } from '../../../shared/words/reason';
import { labelOfPathIn } from '../settings/field-trail';
import { botResultRead, detailRead } from './audit-details';

export interface AuditWords {
  who: string;
  what: string;
  detail: string | null;
  result: string;
}

/** The actors the engine names by a word of its own. */
const ACTORS: Record<string, MessageId> = {
  ui: 'web.audit.who.dashboard',
  api: 'web.audit.who.api',
  cli: 'web.audit.who.cli',
  'cli (on this host)': 'web.audit.who.cliHere',
  ipwatch: 'web.audit.who.ipwatch',
  'settings.json': 'web.audit.who.settingsFile',
};

function who(actor: string, words: Translator): string {
  const own = ACTORS[actor];
  if (own) return words.t(own);
  // Over HTTP (electron/engine/api/door/auth-hook.ts actorOf): "grafana (viewer, token)".
  const m = PRINCIPAL.exec(actor);
  if (m) {
    const [, name, role, via] = m as unknown as [string, string, string, string];
    // The first admin token is named "admin": its name is its role, said once ("an admin token").
    if (name === role)
      return words.t(via === 'token' ? 'web.audit.who.tokenRole' : 'web.audit.who.sessionRole', { role });
    return words.t(via === 'token' ? 'web.audit.who.token' : 'web.audit.who.session', { name, role });
  }
  // A Discord user refused at sign-in (discord-sign-in/callback.ts): no role, so the id an admin would list.
  const refused = DISCORD_USER.exec(actor);
  if (refused) return words.t('web.audit.who.discordUser', { name: refused[1]!, id: refused[2]! });
  if (actor.startsWith('discord:')) return words.t('web.audit.who.discord', { user: actor.slice('discord:'.length) });
  if (actor.startsWith('channel ')) return words.t('web.audit.who.channel', { id: actor.slice('channel '.length) });
  return actor;
}

const PRINCIPAL = /^(.+) \((admin|viewer|metrics), (token|session)\)$/;
const DISCORD_USER = /^(.+) \(discord:(\d+)\)$/;

/** The results the engine stores as a code; a bot's own (audit-details.ts botResultRead) read back, any other as stored. */
const RESULTS: Record<string, MessageId> = {
  applied: 'web.audit.result.done',
  done: 'web.audit.result.done',
  ok: 'web.audit.result.done',
  written: 'web.audit.result.done',
  queued: 'web.audit.result.queued',
  unchanged: 'web.audit.result.unchanged',
  refused: 'web.audit.result.refused',
  rejected: 'web.audit.result.refused',
  denied: 'web.audit.result.refused',
  failed: 'web.audit.result.failed',
};

/** An IPv4-mapped IPv6 address (how a dual-stack socket names an IPv4 client) as the IPv4 address. */
const plainIpv4 = (text: string | null) => text?.replace(/::ffff:(\d{1,3}(?:\.\d{1,3}){3})\b/gi, '$1') ?? null;

const ACTIONS: Record<string, MessageId> = {
  'session.sign-in': 'web.audit.action.signIn',
  'session.sign-out': 'web.audit.action.signOut',
  'session.sign-out-everywhere': 'web.audit.action.signOutEverywhere',
  'session.end': 'web.audit.action.sessionsEnded',
  'session.revoke': 'web.audit.action.sessionRevoked',
  'session.role': 'web.audit.action.sessionRole',
  'token.create': 'web.audit.action.tokenCreated',
  'token.rotate': 'web.audit.action.tokenRotated',
  'token.revoke': 'web.audit.action.tokenRevoked',
  retryDdnsRecord: 'web.audit.action.ddnsRetried',
  runSpeedTest: 'web.audit.action.speedTest',
  tracePath: 'web.audit.action.pathTraced',
  testHook: 'web.audit.action.hookTested',
  'settings.write': 'web.audit.action.settingsWritten',
  'settings.upgrade': 'web.audit.action.settingsUpgraded',
  'monitor.pause': 'web.audit.action.paused',
  'monitor.resume': 'web.audit.action.resumed',
  'history.backup': 'web.audit.action.backedUp',
  'history.restore': 'web.audit.action.restored',
  'history.import': 'web.audit.action.imported',
  'notify.resend': 'web.audit.action.resent',
};

const RELOAD = /^live: (.*); after restart: (.*)$/;

/** The fields a reload applied, by their labels: "Check every (seconds) and Service monitors", or "nothing". */
function fields(list: string, words: Translator): string {
  const paths = list === '(none)' ? [] : list.split(', ').filter(Boolean);
  const labels = [...new Set(paths.map((p) => labelOfPathIn(p, words)))];
  if (labels.length === 0) return words.t('web.audit.nothing');
  if (labels.length === 1) return labels[0]!;
  return words.t('web.audit.and', { list: labels.slice(0, -1).join(', '), last: labels.at(-1)! });
}

function reload(e: AuditEntry, words: Translator): Pick<AuditWords, 'what' | 'detail'> {
  if (e.result !== 'applied')
    return {
      what: words.t(e.result === 'rejected' ? 'web.audit.settingsRefused' : 'web.audit.settingsFailed'),
      detail: e.detail,
    };
  const m = e.detail === null ? null : RELOAD.exec(e.detail);
  const what = words.t('web.audit.settingsApplied');
  if (!m) return { what, detail: e.detail };
  return {
    what,
    detail: words.t('web.audit.appliedFields', { now: fields(m[1]!, words), later: fields(m[2]!, words) }),
  };
}

/** The count a row counted several times ends its English detail with (electron/engine/api/audit/repeated-rows.ts). */
const REPEATED =
  /(?:^| )\((?:signed in|signed out everywhere|signed out|refused) \d+ times in .+, each within a minute of the one before\)$/;

/**
 * The detail in the reader's language when the row holds it as a code (a sign-in's how, Discord's
 * why, issue 62) or is one of the English shapes audit-details.ts reads, else as stored. A row counted several times keeps its count apart (`repeated`,
 * migration 19), said after the detail in the reader's language; one counted before that keeps
 * its English.
 */
function detailOf(e: AuditEntry, words: Translator): string | null {
  if (e.detail === null) return null;
  if (!e.reason && !e.repeated) return detailRead(e.action, e.result, e.detail, words) ?? e.detail;
  const counted = REPEATED.test(e.detail);
  if (counted && !e.repeated) return e.detail;
  const first = counted ? e.detail.replace(REPEATED, '') : e.detail;
  const said = e.reason ? sayReason(e.reason, first, words) : first;
  if (!e.repeated) return said;
  // A sign-out's row has no detail of its own: only its count.
  const count = repeatWords(repeatVerbOf(e.action, e.result), e.repeated, words);
  return said ? `${said} ${count}` : count;
}

export function auditWords(entry: AuditEntry, words: Translator): AuditWords {
  const e = { ...entry, detail: plainIpv4(detailOf(entry, words)) };
  const result = RESULTS[e.result];
  const bot = e.action.startsWith('discord ') ? botResultRead(e.result, words) : null;
  const base = { who: who(e.actor, words), result: result ? words.t(result) : (bot ?? e.result) };
  if (e.action === 'settings.reload') return { ...base, ...reload(e, words) };
  // "Signed in ... Refused" would say both: a refused sign-in is an attempt.
  if (e.action === 'session.sign-in' && e.result === 'refused')
    return { ...base, what: words.t('web.audit.triedSignIn'), detail: e.detail };
  // "Monitoring paused ... Refused" would say both too: a refused change is an attempt at it.
  // A change or a request outside refused, by the contract method tried (shared/words/actions.ts):
  // an attempt, so "Tried to pause monitoring", not "Monitoring paused" beside "Refused".
  const tried = e.result === 'refused' ? actionWords(e.action, words) : undefined;
  if (tried !== undefined) return { ...base, what: words.t('web.audit.tried', { action: tried }), detail: e.detail };
  if (e.action.startsWith('first-run.'))
    return {
      ...base,
      what: words.t('web.audit.firstRun', { step: e.action.slice('first-run.'.length) }),
      detail: e.detail,
    };
  if (e.action.startsWith('discord '))
    return {
      ...base,
      what: words.t('web.audit.discord', { command: e.action.slice('discord '.length) }),
      detail: e.detail,
    };
  const action = ACTIONS[e.action];
  return { ...base, what: action ? words.t(action) : e.action, detail: e.detail };
}
