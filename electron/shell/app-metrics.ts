/**
 * The app's other processes' memory for the engine's memory watch (issue 77): Electron's
 * `app.getAppMetrics()` (every process of the app, each with its type and its working set in
 * kilobytes), summed by type in shared/app-processes.ts with this process, the runner, left out:
 * the watch reads its own memory itself. The watch calls the reader at each of its samples, on its
 * own interval; main.ts hands it to the runtime.
 */
import type { App } from 'electron';

import { type AppProcesses, appProcessesOf } from '../../shared/app-processes';

/** Reads the app's other processes now: null when Electron names none but this one. */
export function appProcessesReader(
  app: Pick<App, 'getAppMetrics'>,
  ownPid: number = process.pid,
): () => AppProcesses | null {
  return () => appProcessesOf(app.getAppMetrics(), ownPid);
}
