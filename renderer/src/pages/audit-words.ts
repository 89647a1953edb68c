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
 * | settings.json  | settings.json, edited      |   | monitor.resume   | Monitoring resumed            |
 * | discord:<user> | <user> on Discord          |   | history.backup   | History backed up             |
 * | channel <id>   | the channel <id>           |   | history.restore  | History restored              |
 * | other          | as stored                  |   | history.import   | History imported              |
 * |                |                            |   | notify.resend    | Notice queued again           |
 * |                |                            |   | first-run.<x>    | First-run setup <x>           |
 * |                |                            |   | discord <cmd>    | Discord command <cmd>         |
 */
import type { AuditEntry } from '../../../shared/contract/history';
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
  if (actor === 'settings.json') return 'settings.json, edited';
  if (actor.startsWith('discord:')) return `${actor.slice('discord:'.length)} on Discord`;
  if (actor.startsWith('channel ')) return `the channel ${actor.slice('channel '.length)}`;
  return actor;
}

const ACTIONS: Record<string, string> = {
  'settings.write': 'Settings written by IPWatch',
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

export function auditWords(e: AuditEntry): AuditWords {
  const base = { who: who(e.actor), result: e.result };
  if (e.action === 'settings.reload') return { ...base, ...reload(e) };
  if (e.action.startsWith('first-run.'))
    return { ...base, what: `First-run setup ${e.action.slice('first-run.'.length)}`, detail: e.detail };
  if (e.action.startsWith('discord '))
    return { ...base, what: `Discord ${e.action.slice('discord '.length)}`, detail: e.detail };
  return { ...base, what: ACTIONS[e.action] ?? e.action, detail: e.detail };
}
