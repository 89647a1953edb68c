/**
 * The lines a runner prints about engine events: one JSON object per line (--json) for
 * scripts, or readable lines for people. The headless runner prints them on stdout (logs go
 * to stderr, so stdout stays parseable); the app writes the readable ones to its log.
 */
import { english } from '../../shared/i18n/translators';
import { formatIdentity } from '../../shared/identity';
import type { EngineEvent, HistoryRecovery } from '../../shared/types';
import { noSourceWords } from '../../shared/uptime';
import { causeWords } from '../../shared/words/check-cause';
import { clockStepLine } from '../../shared/words/clock-step';
import { ddnsRecordLine } from '../../shared/words/ddns';
import { ddnsStateLine, ddnsStateWord } from '../../shared/words/ddns-event';
import { formatDuration } from '../../shared/words/duration';
import { checkMark } from '../../shared/words/health-no-source';
import { natChangeWords } from '../../shared/words/nat';
import { plainHttpWords } from '../../shared/words/serving';
import type { Redactor } from '../engine/secrets/redact';
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

const fam = (f: 4 | 6) => (f === 4 ? 'IPv4' : 'IPv6');
const ms = (n: number) => (n < 1000 ? `${n} ms` : formatDuration(n));

export function formatReadable(line: RunnerLine): string {
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
      const failed = line.attempts.filter((a) => !a.ok).map((a) => `${a.sourceId}: ${a.error}`);
      return `${time} check ${fam(line.family)} ${what} [${line.trigger}, ${line.witness ? `vouched by ${line.witness}` : `${line.requests} req`}, ${line.durationMs} ms]${failed.length ? ` failures: ${failed.join('; ')}` : ''}`;
    }
    case 'change':
      return `${time} CHANGE ${fam(line.family)} ${line.from ?? '(none)'} -> ${line.to}${line.identity ? ` [${formatIdentity(line.identity, english)}]` : ''} (confirmed by ${line.sources.join(', ')}; ${line.trigger})`;
    case 'offline':
      return `${time} OFFLINE ${line.cause}`;
    case 'online':
      return `${time} ONLINE again after ${ms(line.offlineMs)}`;
    case 'source-health':
      return `${time} source ${line.sourceId}: ${line.from} -> ${line.to} (${line.reason})`;
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

/**
 * Prints lines with every secret masked. A line is redacted as a whole only when its text
 * shows a secret or a URL token: most lines (every check) have none, and are printed as is.
 */
export function createPrinter(
  json: boolean,
  redactor: Pick<Redactor, 'touches' | 'text' | 'deep'>,
  write: (s: string) => void = (s) => void process.stdout.write(s),
) {
  return (line: RunnerLine): void => {
    let text = json ? JSON.stringify(line) : formatReadable(line);
    if (redactor.touches(text)) text = json ? JSON.stringify(redactor.deep(line)) : redactor.text(text);
    write(`${text}\n`);
  };
}
