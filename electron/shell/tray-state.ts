/**
 * What the tray shows, as pure functions of the engine's state: the icon's state, the
 * tooltip and the menu's model. No electron import; tests/electron/shell/tray-state.test.ts
 * holds their tables. The tray module (tray.ts) turns these into Electron objects.
 */
import type { AppStatus } from '../../shared/contract';
import { type HealthState, healthOf } from '../../shared/health';
import { type MessageId, type Translator } from '../../shared/i18n/translator';
import { english } from '../../shared/i18n/translators';
import { formatIdentity } from '../../shared/identity';
import type { FamilyStatus, NatVerdict } from '../../shared/types';
import { ddnsStateWords } from '../../shared/words/ddns';
import { formatDuration } from '../../shared/words/duration';
import { checkMark } from '../../shared/words/health-no-source';
import { monitorLine } from '../../shared/words/monitor';
import { certificateLine, plainHttpWords } from '../../shared/words/serving';
import { speedLine } from '../../shared/words/speed';

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
  /** The tray's language (the app's setting, or the OS's); English when not given. */
  words?: Translator;
}

const enabledFamilies = (s: AppStatus): FamilyStatus[] => Object.values(s.families).filter((f) => f.enabled);

/** The icon for each health state; the shell lives beside the engine, so it never loses it. */
const TRAY_OF: Record<HealthState, TrayState> = {
  ok: 'ok',
  checking: 'checking',
  'no-internet': 'offline',
  degraded: 'degraded',
  paused: 'paused',
  disconnected: 'offline',
};

/**
 * The icon's state: the one health state (shared/health.ts) the dashboard and the bot show too,
 * with two things only the tray knows: a check the user started from it (after a pause, which
 * wins), and a change within the last few minutes over an otherwise healthy state.
 */
export function trayState(i: TrayInput): TrayState {
  // Decided here from the status rather than read from its `health`: the same function, and
  // never stale when the status was edited after the runtime built it.
  const health = healthOf(i.status, i.words ?? english).state;
  if (health === 'paused') return 'paused';
  if (i.checking) return 'checking';
  const state = TRAY_OF[health];
  if (state === 'ok' && i.lastChangeAt !== null && i.now - i.lastChangeAt < CHANGED_RECENTLY_MS) return 'changed';
  return state;
}

/** "3 min ago"-style age, in one unit for the tooltip's room; exact times would need the user's locale, which the tooltip lacks. */
export const ago = (ms: number, words: Translator = english): string =>
  words.t('duration.ago', { duration: formatDuration(Math.max(0, ms), 1, words) });

/**
 * A family's line, in the words the dashboard's cards and the bot use:
 *
 * | family                                | line                               |
 * |---------------------------------------|------------------------------------|
 * | switched off in settings              | IPv6: not watched                  |
 * | has an address                        | IPv4: 81.2.69.142                  |
 * | not checked yet                       | IPv4: not checked yet              |
 * | last check sent no request (no source)| IPv4: not monitored: no source     |
 * | last check: no source answered        | IPv4: no answer                    |
 * | otherwise (sources disagree)          | IPv4: unknown                      |
 *
 * Short, for the 127 characters Windows shows: the "Why" line and the dashboard say the rest.
 */
const familyLine = (f: FamilyStatus, words: Translator): string => {
  const family = `IPv${f.family}`;
  if (!f.enabled) return words.t('tray.family.notWatched', { family });
  if (f.ip) return words.t('tray.family.address', { family, ip: f.ip });
  if (!f.lastCheck) return words.t('tray.family.notChecked', { family });
  const mark = checkMark(f.lastCheck.result, f.lastCheck.requests);
  if (mark === 'no-source') return words.t('tray.family.noSource', { family });
  if (mark === 'unavailable') return words.t('tray.family.noAnswer', { family });
  return words.t('tray.family.unknown', { family });
};

/** Windows cuts tooltips at 127 characters. */
export const TOOLTIP_MAX = 127;

interface Line {
  text: string;
  /** Left out when the tooltip is too long, the lowest first; never when absent. */
  drop?: number;
}

/**
 * The NAT verdict in a tooltip's few words, what it means for port forwarding. One that needs
 * nothing done gives way first; a CGNAT or double NAT warning only after the last check's age.
 */
const NAT_LINE: Record<NatVerdict, { id: MessageId; drop: number } | null> = {
  direct: { id: 'tray.nat.direct', drop: 1 },
  nat: { id: 'tray.nat.nat', drop: 1 },
  'double-nat': { id: 'tray.nat.doubleNat', drop: 3 },
  cgnat: { id: 'tray.nat.cgnat', drop: 3 },
  vpn: { id: 'tray.nat.vpn', drop: 3 },
  unknown: null,
};

/** Joins the lines within `max`, leaving out droppable ones (lowest first) rather than cutting one. */
function fit(lines: Line[], max: number): string {
  const kept = [...lines];
  const text = () => kept.map((l) => l.text).join('\n');
  for (let t = text(); t.length > max; t = text()) {
    const lowest = kept.filter((l) => l.drop !== undefined).sort((a, b) => a.drop! - b.drop!)[0];
    if (!lowest) return t.slice(0, max);
    kept.splice(kept.indexOf(lowest), 1);
  }
  return text();
}

/**
 * The tooltip: the health label, each family's address, the NAT verdict when known, the DNS
 * records that need a look, the last check, and why when not well. Too long for Windows, it
 * leaves out whole lines (NAT_LINE says which first) before it cuts one.
 */
export function trayTooltip(i: TrayInput): string {
  const words = i.words ?? english;
  const state = trayState(i);
  const health = healthOf(i.status, words);
  const head =
    state === 'changed'
      ? words.t('tray.tooltip.changedRecently')
      : state === 'checking' && i.checking
        ? words.t('tray.tooltip.checking')
        : health.label;
  const lines: Line[] = [
    { text: words.t('tray.tooltip.head', { state: head }) },
    ...Object.values(i.status.families).map((f) => ({ text: familyLine(f, words) })),
  ];
  // Who and where, one line per network (both families usually share one). A flagged network (a VPN
  // service, a hosting network) is a warning and stays longer than the plain provider, which gives
  // way after the last check.
  const seen = new Set<string>();
  for (const f of enabledFamilies(i.status)) {
    const text = f.ip ? formatIdentity(f.identity, words) : '';
    if (!text || seen.has(text)) continue;
    seen.add(text);
    lines.push({ text, drop: f.identity?.vpn ? 3.5 : 2.5 });
  }
  const nat = NAT_LINE[i.status.nat.verdict];
  if (nat) lines.push({ text: words.t(nat.id), drop: nat.drop });
  const dns = ddnsTroubleLine(i.status, words);
  if (dns) lines.push({ text: dns, drop: 3 });
  const last = Math.max(0, ...enabledFamilies(i.status).map((f) => f.lastCheck?.at ?? 0));
  lines.push({
    text: last > 0 ? words.t('tray.lastCheck', { ago: ago(i.now - last, words) }) : words.t('tray.lastCheck.never'),
    drop: 2,
  });
  if (i.updateReady) lines.push({ text: words.t('tray.updateReady', { version: i.updateReady }), drop: 4 });
  if (health.state === 'degraded' || health.state === 'no-internet')
    lines.push({ text: words.t('tray.why', { reason: health.reason }) });
  return fit(lines, TOOLTIP_MAX);
}

/** The addresses the menu lists, each copied when clicked. */
export const menuAddresses = (s: AppStatus): { family: 4 | 6; ip: string }[] =>
  enabledFamilies(s).flatMap((f) => (f.ip ? [{ family: f.family, ip: f.ip }] : []));

/** The DNS records that stopped, failed or wait to retry, on one line ("DNS: home.example.org A switched off"); null when none. */
export function ddnsTroubleLine(s: AppStatus, words: Translator = english): string | null {
  const trouble = (s.ddns?.records ?? []).filter(
    (r) => r.state === 'stopped' || r.state === 'failed' || r.state === 'waiting',
  );
  const record = (r: (typeof trouble)[number]) =>
    words.t('tray.dnsRecord', { name: r.name, type: r.type, state: ddnsStateWords(r.state, words) });
  return trouble.length ? words.t('tray.dnsTrouble', { records: trouble.map(record).join(', ') }) : null;
}

/** One menu line per dynamic DNS record: its name, type and state word (shared/words/ddns.ts). */
export const menuDdnsRecords = (s: AppStatus, words: Translator = english): string[] =>
  (s.ddns?.records ?? []).map((r) =>
    words.t('tray.dnsRecordLine', { name: r.name, type: r.type, state: ddnsStateWords(r.state, words) }),
  );

/** One menu line per service monitor: its name and state, why when down (shared/words/monitor.ts). */
export const menuMonitors = (s: AppStatus, words: Translator = english): string[] =>
  (s.monitors?.items ?? []).map((m) => monitorLine(m, words));

/**
 * The certificate the dashboard is served with on the LAN, to compare with the browser's, and the
 * plain-HTTP warning when allowed (words/serving.ts); none where no HTTP server runs.
 */
export const menuServing = (s: AppStatus, words: Translator = english): string[] =>
  [certificateLine(s.api, words), s.api?.plainHttpOnLan ? plainHttpWords(words) : null].filter(
    (l): l is string => l !== null,
  );

/** The speed test's line with its age ("Speed: 512 Mbps down, 48.2 up, 12 ms (2 h ago)"); null when it is off and never ran. */
export function menuSpeed(s: AppStatus, now: number, words: Translator = english): string | null {
  const line = speedLine(s.speedTest, words);
  if (!line) return null;
  return line.at === null || s.speedTest?.runningSince
    ? line.text
    : words.t('tray.speedAge', { speed: line.text, ago: ago(now - line.at, words) });
}
