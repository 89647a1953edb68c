import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createRedactor } from '../../../electron/engine/secrets/redact';
import { createFileLogging, LOG_FILE_NAME } from '../../../electron/shell/logs';
import { until } from '../../helpers/until';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-logs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the app log', () => {
  it('writes redacted lines to an owner-only file, follows level changes, and rotates by size keeping a few files', async () => {
    const redactor = createRedactor();
    redactor.add(['s3cr3t-token-value']);
    const logging = createFileLogging({ dir, level: 'info', redactor, maxSize: '1K', keep: 2 });
    expect(logging.file).toBe(path.join(dir, LOG_FILE_NAME));
    logging.logger.debug('hidden at info');
    logging.logger.info('bot token is s3cr3t-token-value', {
      url: 'https://discord.com/api/webhooks/1/s3cr3t-token-value',
    });
    logging.config.level = 'debug';
    logging.logger.child('tray').debug('now shown');
    await until(async () => (await readFile(logging.file, 'utf8').catch(() => '')).includes('now shown'), {
      what: 'the log lines',
    });
    const text = await readFile(logging.file, 'utf8');
    expect(text).not.toContain('s3cr3t-token-value');
    expect(text).not.toContain('hidden at info');
    expect(text).toMatch(/INFO {2}\[app\] bot token is \*\*\*/);
    expect(text).toMatch(/DEBUG \[app\.tray\] now shown/);
    if (process.platform !== 'win32') expect((await stat(logging.file)).mode & 0o777).toBe(0o600);

    for (let i = 0; i < 80; i++) logging.logger.info(`line ${i} ${'x'.repeat(60)}`);
    await until(async () => (await readdir(dir)).length >= 3, { what: 'rotated files', timeoutMs: 10_000 });
    await logging.close();
    const files = (await readdir(dir)).sort();
    expect(files[0]).toBe(LOG_FILE_NAME);
    expect(files.length).toBeLessThanOrEqual(3);
    logging.logger.info('after close is dropped, not a crash');
  });
});
