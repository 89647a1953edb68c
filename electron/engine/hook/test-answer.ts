/**
 * What the Settings page's Test of the hook answers from its run: that the program exited 0, as
 * a reason code beside its English (shared/contract/reason.ts), or the run's own error and its code.
 */
import type { HookRun, WatcherTestResult } from '../../../shared/contract/watcher';
import { inEnglish, reason } from '../reason';

export function hookTestAnswer(run: HookRun): WatcherTestResult {
  const ms = run.durationMs;
  if (run.error !== null) return { ok: false, error: run.error, ...(run.reason ? { reason: run.reason } : {}), ms };
  const exited = reason('reason.hook.exited', { ms });
  return { ok: true, detail: inEnglish(exited), reason: exited, ms };
}
