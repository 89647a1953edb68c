/**
 * What the tray shows, as pure functions of the engine's state: the icon's state, the
 * tooltip and the menu's model. No electron import; tests/electron/shell/tray-state.test.ts
 * holds their tables. The tray module (tray.ts) turns these into Electron objects.
 */
import type { AppStatus } from '../../shared/contract';
import type { FamilyStatus } from '../../shared/types';

export const TRAY_STATES = ['ok', 'checking', 'changed', 'degraded', 'offline', 'paused'] as const;
export type TrayState = (typeof TRAY_STATES)[number];

/** How long the "changed recently" icon stays after a confirmed change. */
export const CHANGED_RECENTLY_MS = 10 * 60_000;

export interface TrayInput {
  status: AppStatus;
  now: number;
  /** A check the user started from the app is under way. */
  checking: boolean;
  /** When the last confirmed change (not the first sighting) happened in this run; null if none. */
  lastChangeAt: number | null;
  /** The version of a downloaded update waiting for a restart, if any. */
  updateReady?: string | null;
}

const enabledFamilies = (s: AppStatus): FamilyStatus[] => Object.values(s.families).filter((f) => f.enabled);

/**
 * Why monitoring is degraded, or null. An IPv6 family that finds no source answering while
 * IPv4 works is "no IPv6 here", not degraded.
 */
export function degradedReason(s: AppStatus): string | null {
  if (s.lastError) return `${s.lastError.where}: ${s.lastError.message}`;
  const fams = enabledFamilies(s);
  const uncertain = fams.find((f) => f.lastCheck?.result === 'uncertain');
  if (uncertain) return `IPv${uncertain.family}: sources disagree`;
  const v4 = s.families.v4;
  if (v4.enabled && v4.lastCheck?.result === 'unavailable' && s.online) return 'IPv4: no source answered';
  const broken = s.notifications.filter((c) => c.state === 'failing' || c.state === 'paused');
  if (broken.length) return `notifications failing: ${broken.map((c) => c.id).join(', ')}`;
  const used = s.sources.filter((src) => fams.some((f) => f.family === src.family));
  const open = used.filter((src) => src.state === 'open');
  if (used.length > 0 && open.length * 2 > used.length) return `${open.length} of ${used.length} sources failing`;
  return null;
}

/**
 * The icon's state. Order matters: the user's pause wins; then a check under way (or the
 * first one not finished); then no connection; then trouble; then news; then all is well.
 */
export function trayState(i: TrayInput): TrayState {
  const s = i.status;
  if (s.pausedSince !== null) return 'paused';
  // `online` is settled only after a whole check; a family's own verdict arrives first.
  const fams = enabledFamilies(s);
  const firstCheckPending = s.online === null && fams.length > 0 && !fams.some((f) => f.lastCheck);
  if (i.checking || firstCheckPending) return 'checking';
  if (s.online === false) return 'offline';
  if (degradedReason(s) !== null) return 'degraded';
  if (i.lastChangeAt !== null && i.now - i.lastChangeAt < CHANGED_RECENTLY_MS) return 'changed';
  return 'ok';
}

const STATE_TEXT: Record<TrayState, string> = {
  ok: 'watching',
  checking: 'checking…',
  changed: 'address changed recently',
  degraded: 'degraded',
  offline: 'offline',
  paused: 'paused',
};

/** "3 min ago"-style age; exact times would need the user's locale, which the tooltip lacks. */
export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86_400)} d ago`;
}

const familyLine = (f: FamilyStatus): string => {
  if (!f.enabled) return `IPv${f.family}: off`;
  if (f.ip) return `IPv${f.family}: ${f.ip}`;
  if (f.lastCheck?.result === 'unavailable') return `IPv${f.family}: none`;
  return `IPv${f.family}: unknown`;
};

/** The tooltip: state, each family's address and the last check. */
export function trayTooltip(i: TrayInput): string {
  const state = trayState(i);
  const lines = [`IPWatch: ${STATE_TEXT[state]}`, ...Object.values(i.status.families).map(familyLine)];
  const last = Math.max(0, ...enabledFamilies(i.status).map((f) => f.lastCheck?.at ?? 0));
  lines.push(last > 0 ? `Last check: ${ago(i.now - last)}` : 'Last check: not yet');
  if (i.updateReady) lines.push(`Update ${i.updateReady} ready: restart from the menu`);
  if (state === 'degraded') lines.push(`Why: ${degradedReason(i.status)}`);
  // Windows cuts tooltips at 127 characters.
  return lines.join('\n').slice(0, 127);
}

/** The addresses the menu lists, each copied when clicked. */
export const menuAddresses = (s: AppStatus): { family: 4 | 6; ip: string }[] =>
  enabledFamilies(s).flatMap((f) => (f.ip ? [{ family: f.family, ip: f.ip }] : []));
