/**
 * The lines a runner prints about engine events: one JSON object per line (--json) for
 * scripts, or readable lines for people. The headless runner prints them on stdout (logs go
 * to stderr, so stdout stays parseable); the app writes the readable ones to its log.
 */
import type { MessageId } from '../../shared/i18n/translator';
import { english } from '../../shared/i18n/translators';
import { formatIdentity } from '../../shared/identity';
import type { BreakerState, EngineEvent, HistoryRecovery } from '../../shared/types';
import { noSourceWords } from '../../shared/uptime';
import { causeWords } from '../../shared/words/check-cause';
import { clockStepLine } from '../../shared/words/clock-step';
import { ddnsRecordLine } from '../../shared/words/ddns';
import { ddnsStateLine, ddnsStateWord } from '../../shared/words/ddns-event';
import { checkMark } from '../../shared/words/health-no-source';
import { natChangeWords } from '../../shared/words/nat';
import {
  askedWords,
  failureReason,
  type OutageTried,
  outageBeginsLine,
  outageEndsLine,
} from '../../shared/words/outage-log';
import { plainHttpWords } from '../../shared/words/serving';
import type { DdnsLine } from './ddns-lines';

export type RunnerLine =
  | EngineEvent
  /** `live`: changed fields now in force; `restart`: changed fields that wait for a restart. */
  | { type: 'settings-applied'; at: number; live: string[]; restart: string[] }
  | { type: 'settings-error'; at: number; errors: string[] }
  | ({ type: 'history-recovered' } & HistoryRecovery)
  /** The API and dashboard are listening at `url`; `certificate` is the LAN's (words/serving.ts), when served over HTTPS. */
  | { type: 'api'; at: number; url: string; certificate?: string; plainHttpOnLan?: boolean }
  /** A dynamic DNS record's state changed: every record's status (ddns-lines.ts). */
  | DdnsLine;

const BREAKER_WORDS = {
  closed: 'web.activity.breaker.closed',
  open: 'web.activity.breaker.open',
  'half-open': 'web.activity.breaker.halfOpen',
} as const satisfies Record<BreakerState, MessageId>;

const fam = (f: 4 | 6) => (f === 4 ? 'IPv4' : 'IPv6');

/**
 * A line in words for a person. `verbose`: a failure's raw text follows its words in brackets;
 * `tried`: what the checks tried during the outage an `online` line ends (readable-log.ts counts it).
 */
export function formatReadable(line: RunnerLine, verbose = false, tried?: OutageTried | null): string {
  const time = new Date(line.at).toISOString();
  switch (line.type) {
    case 'check': {
      const what = line.ip
        ? `${line.ip} ${line.result}`
        : checkMark(line.result, line.requests) === 'no-source'
          ? noSourceWords(english)
          : line.cause
            ? `${line.result}: ${causeWords(line.cause, english)}`
            : line.result;
      const failed = line.attempts.filter((a) => !a.ok);
      const asked = line.witness ? `vouched by ${line.witness}` : askedWords(line.requests, failed, english, verbose);
      return `${time} check ${fam(line.family)} ${what} (${line.trigger}, ${line.durationMs} ms): ${asked}`;
    }
    case 'change':
      return `${time} CHANGE ${fam(line.family)} ${line.from ?? '(none)'} -> ${line.to}${line.identity ? ` [${formatIdentity(line.identity, english)}]` : ''} (confirmed by ${line.sources.join(', ')}; ${line.trigger})`;
    case 'offline':
      return `${time} OFFLINE ${outageBeginsLine(line.cause, english)}`;
    case 'online':
      return `${time} ONLINE ${outageEndsLine(line.offlineMs, tried ?? null, english)}`;
    case 'source-health': {
      // Activity's words for the change; why only when it rests, never a breaker's state name.
      const head = english.t(BREAKER_WORDS[line.to], { source: line.sourceId });
      const why =
        line.to === 'open'
          ? `: ${failureReason({ error: line.reason, errorCode: line.reasonCode }, english, verbose)}`
          : '';
      return `${time} ${head}${why}`;
    }
    case 'cgnat':
      return `${time} CGNAT: ${fam(line.family)} ${line.address} seen by ${line.sourceId}: this machine is behind carrier-grade NAT`;
    case 'nat': {
      const words = natChangeWords(line.from, line.to);
      return `${time} NAT ${line.from} -> ${line.to} (router ${line.routerAddress ?? 'none'}, public ${line.publicAddress ?? 'none'}): ${words.summary}`;
    }
    case 'monitoring':
      return `${time} monitoring ${line.paused ? 'PAUSED' : 'resumed'}`;
    case 'clockStep':
      return `${time} CLOCK ${clockStepLine(line.stepMs, english)}`;
    case 'ddns-state':
      return `${time} DDNS ${ddnsStateWord(line.from, english)} -> ${ddnsStateWord(line.to, english)}: ${ddnsStateLine(line, english)}`;
    case 'settings-applied':
      return `${time} settings reloaded; live: ${line.live.join(', ') || '(none)'}${line.restart.length ? `; after a restart: ${line.restart.join(', ')}` : ''}`;
    case 'history-recovered':
      return `${time} HISTORY RECOVERED: the file was damaged (${line.reason}) and kept as ${line.movedTo}; ${line.from ? `recovered from ${line.from}` : 'no good copy, history starts empty'}`;
    case 'api':
      return `${time} dashboard and API at ${line.url} (sign in with the API token: api-token in the data folder, unless api.token is set)${line.certificate ? `\n  ${line.certificate}: compare it with what the browser shows` : ''}${line.plainHttpOnLan ? `\n  ${plainHttpWords(english)}` : ''}`;
    case 'ddns':
      return `${time} DDNS ${line.records.map((r) => ddnsRecordLine(r, english)).join('; ') || '(no records)'}`;
    case 'settings-error':
      return `${time} settings NOT applied, previous settings stay in force:\n  ${line.errors.join('\n  ')}`;
  }
}
