/**
 * DATA_DIR/first-run.json: whether the web dashboard still shows its first-run steps. A runner
 * that creates settings.json (a new data folder) writes `{"state":"pending"}`; the dashboard
 * ends it as done or skipped, which is kept, so it never comes back. A folder without the file
 * (made before there was one) or with one that cannot be read is not pending: nobody is
 * trapped in a wizard by a damaged file.
 *
 * A new folder on a machine with no desktop session (a server, a container, a Windows service)
 * gets its desktop channel off: the defaults have it on for the app on a desktop, and a first
 * run there would otherwise offer a channel that can never show anything.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { FirstRunOutcome } from '../../shared/contract/first-run';
import type { FirstRunMark } from '../engine/api';
import type { Logger } from '../engine/logger';
import { type DesktopSession, desktopSession } from '../engine/notify/desktop-session';
import { settingsPath } from './settings-file';
import { inTurn, writeSettingsText } from './settings-write';

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
 * The settings file's JSON with every desktop channel switched off; null when there is none on
 * (nothing to write). Pure.
 */
export function desktopChannelsOff(raw: unknown): unknown {
  const channels = (raw as { notifications?: { channels?: unknown } } | null)?.notifications?.channels;
  if (!Array.isArray(channels)) return null;
  const on = (c: unknown) =>
    typeof c === 'object' &&
    c !== null &&
    (c as Record<string, unknown>).type === 'desktop' &&
    (c as Record<string, unknown>).enabled !== false;
  if (!channels.some(on)) return null;
  const r = raw as { notifications: Record<string, unknown> };
  return {
    ...r,
    notifications: {
      ...r.notifications,
      channels: channels.map((c: unknown) => (on(c) ? { ...(c as object), enabled: false } : c)),
    },
  };
}

/** A new folder without a desktop session: its desktop channel starts off (see the top). */
async function desktopOffIfNone(dataDir: string, session: DesktopSession, logger: Logger): Promise<void> {
  if (session.desktop) return;
  const file = settingsPath(dataDir);
  const written = await inTurn(file, async () => {
    const next = desktopChannelsOff(JSON.parse(await readFile(file, 'utf8')));
    if (next === null) return false;
    await writeSettingsText(file, `${JSON.stringify(next, null, 2)}\n`);
    return true;
  });
  if (!written) return;
  logger.info('desktop notifications are switched off in settings.json: this machine has no desktop session', {
    reason: session.reason,
  });
}

/**
 * The data folder's mark; `created`: settings.json was created by this start, so the folder is
 * new and the first run begins. Never throws: a folder it cannot write to just has no first run.
 */
export async function openFirstRun(
  dataDir: string,
  created: boolean,
  logger: Logger,
  session: DesktopSession = desktopSession(),
): Promise<FirstRunMark> {
  const file = firstRunPath(dataDir);
  let pending = false;
  if (created)
    await desktopOffIfNone(dataDir, session, logger).catch((err: unknown) =>
      logger.warn('cannot switch the desktop channel off', { error: err instanceof Error ? err.message : String(err) }),
    );
  try {
    // The same atomic, owner-only write as settings.json, in turn with the dashboard's end.
    if (created) await inTurn(file, () => writeSettingsText(file, record('pending', Date.now())));
    pending = isPendingText(await readFile(file, 'utf8').catch(() => null));
  } catch (err) {
    logger.warn('cannot keep the first-run state; the dashboard will not show its first steps', {
      error: err instanceof Error ? err.message : String(err),
    });
  }
  return {
    pending: () => pending,
    async end(outcome) {
      await inTurn(file, () => writeSettingsText(file, record(outcome, Date.now())));
      pending = false;
    },
  };
}
