/**
 * DATA_DIR/first-run.json: whether the web dashboard still shows its first-run steps. A runner
 * that creates settings.json (a new data folder) writes `{"state":"pending"}`; the dashboard
 * ends it as done or skipped, which is kept, so it never comes back. A folder without the file
 * (made before there was one) or with one that cannot be read is not pending: nobody is
 * trapped in a wizard by a damaged file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { FirstRunOutcome } from '../../shared/contract-first-run';
import type { FirstRunMark } from '../engine/api';
import type { Logger } from '../engine/logger';
import { writeSettingsText } from './settings-write';

export const firstRunPath = (dataDir: string): string => path.join(dataDir, 'first-run.json');

/** The state a file's text records; anything but a readable "pending" counts as ended. Pure. */
export function isPendingText(text: string | null): boolean {
  if (text === null) return false;
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && (v as { state?: unknown }).state === 'pending';
  } catch {
    return false;
  }
}

const record = (state: 'pending' | FirstRunOutcome, at: number) => `${JSON.stringify({ state, at })}\n`;

/**
 * The data folder's mark; `created`: settings.json was created by this start, so the folder is
 * new and the first run begins. Never throws: a folder it cannot write to just has no first run.
 */
export async function openFirstRun(dataDir: string, created: boolean, logger: Logger): Promise<FirstRunMark> {
  const file = firstRunPath(dataDir);
  let pending = false;
  try {
    // The same atomic, owner-only write as settings.json.
    if (created) await writeSettingsText(file, record('pending', Date.now()));
    pending = isPendingText(await readFile(file, 'utf8').catch(() => null));
  } catch (err) {
    logger.warn('cannot keep the first-run state; the dashboard will not show its first steps', {
      error: err instanceof Error ? err.message : String(err),
    });
  }
  return {
    pending: () => pending,
    async end(outcome) {
      await writeSettingsText(file, record(outcome, Date.now()));
      pending = false;
    },
  };
}
