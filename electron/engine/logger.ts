/**
 * createLogger(scope): the one way engine and shell code logs. Lines go to a sink that the
 * entry point chooses (stderr for the headless runner, a file in the app, an array in tests).
 */
import type { Redactor } from './secrets/redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogRecord {
  at: number;
  level: LogLevel;
  scope: string;
  message: string;
  data?: Record<string, unknown>;
}

export type LogSink = (record: LogRecord) => void;

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

export interface LogConfig {
  level: LogLevel;
  sink: LogSink;
  /** Masks secrets in every record before the sink sees it (see secrets/redact.ts). */
  redact?: Pick<Redactor, 'text' | 'deep'>;
}

export const formatLogRecord = (r: LogRecord): string =>
  `${new Date(r.at).toISOString()} ${r.level.toUpperCase().padEnd(5)} [${r.scope}] ${r.message}` +
  (r.data && Object.keys(r.data).length ? ` ${JSON.stringify(r.data)}` : '');

export const stderrSink: LogSink = (r) => process.stderr.write(`${formatLogRecord(r)}\n`);

/** Creates a scoped logger. `config` is read on every call, so a level change applies at once. */
export function createLogger(scope: string, config: LogConfig = { level: 'info', sink: stderrSink }): Logger {
  const log = (level: LogLevel) => (message: string, data?: Record<string, unknown>) => {
    if (RANK[level] < RANK[config.level]) return;
    const r = config.redact;
    const text = r ? r.text(message) : message;
    const fields = data && r ? r.deep(data) : data;
    config.sink({ at: Date.now(), level, scope, message: text, ...(fields ? { data: fields } : {}) });
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (sub) => createLogger(`${scope}.${sub}`, config),
  };
}
