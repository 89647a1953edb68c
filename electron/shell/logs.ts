/**
 * The app's log: a rotating file in the data folder (`logs/ipwatch.log`, rotated at 5 MB,
 * 5 old files kept, owner-only), written by rotating-file-stream through the one
 * createLogger. Records pass the redactor first, so secrets never reach the file. No
 * electron import: main.ts composes it and the UI links to `file`.
 */
import path from 'node:path';

import { createStream, type RotatingFileStream } from 'rotating-file-stream';

import { createLogger, formatLogRecord, type LogConfig, type Logger, type LogLevel } from '../engine/logger';
import type { Redactor } from '../engine/secrets/redact';

export const LOG_FILE_NAME = 'ipwatch.log';

export interface FileLogging {
  logger: Logger;
  /** Change `level` here and every logger follows at once (settings reload). */
  config: LogConfig;
  file: string;
  /** Flushes and closes the file; lines logged after this are dropped. */
  close(): Promise<void>;
}

export interface FileLoggingOptions {
  dir: string;
  level: LogLevel;
  redactor: Redactor;
  /** Also echo each line to stderr (development). */
  echo?: boolean;
  maxSize?: `${number}${'K' | 'M'}`;
  keep?: number;
}

export function createFileLogging(opts: FileLoggingOptions): FileLogging {
  const stream: RotatingFileStream = createStream(LOG_FILE_NAME, {
    path: opts.dir,
    size: opts.maxSize ?? '5M',
    rotate: opts.keep ?? 5,
    mode: 0o600,
  });
  let closed = false;
  // A full disk must not take the app down; the next line tries again.
  stream.on('error', (err) => process.stderr.write(`ipwatch: log file error: ${err.message}\n`));
  const config: LogConfig = {
    level: opts.level,
    redact: opts.redactor,
    sink: (r) => {
      const line = `${formatLogRecord(r)}\n`;
      if (opts.echo) process.stderr.write(line);
      if (!closed) stream.write(line);
    },
  };
  return {
    logger: createLogger('app', config),
    config,
    file: path.join(opts.dir, LOG_FILE_NAME),
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        stream.end(() => resolve());
      }),
  };
}
