/**
 * The shell's reader of the app's other processes (electron/shell/app-metrics.ts) over the one
 * electron mock's `app.getAppMetrics()`: this process (Browser, the runner) left out, the page and
 * the GPU process in bytes; and what the memory notice says of them, in the reader's language.
 */
import { app } from 'electron';
import { expect, it } from 'vitest';

import { appProcessesReader } from '../../../electron/shell/app-metrics';
import { english, translator } from '../../../shared/i18n/translators';
import { appProcessesText } from '../../../shared/words/memory';

it("reads Electron's metrics, without this process, working sets in KB made bytes", () => {
  const read = appProcessesReader(app);
  const figures = read();
  expect(figures).toEqual({
    totalBytes: 130_000 * 1024,
    byType: [
      { type: 'Tab', count: 1, bytes: 90_000 * 1024 },
      { type: 'GPU', count: 1, bytes: 40_000 * 1024 },
    ],
  });
  expect(appProcessesText(figures!, english)).toBe('127.0 MB: pages 87.9 MB and the GPU process 39.1 MB');
  expect(appProcessesText(figures!, translator('de'))).toBe('127,0 MB: Seiten 87,9 MB und der GPU-Prozess 39,1 MB');
});

it('says nothing when Electron names no process but this one', () => {
  const only = [{ pid: process.pid, type: 'Browser', memory: { workingSetSize: 1 } }];
  expect(appProcessesReader({ getAppMetrics: () => only as ReturnType<typeof app.getAppMetrics> })()).toBeNull();
});
