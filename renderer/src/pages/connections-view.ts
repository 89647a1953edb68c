/**
 * The Connections page's rows in words (issue 63): a declared destination's host or role, port,
 * pace and the Settings section of the setting that turns it on; a contact's result and the
 * gate's error code in words (shared/words/error.ts's short form, the one table of error words;
 * never the code alone: unknown codes read "an unknown error"). Pure
 * over a Translator, as `ipwatch egress`'s lines are (electron/headless/egress-words.ts).
 */
import type { DeclaredDestination, EgressContact, EgressPurpose, EgressRole } from '../../../shared/contract/egress';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import type { Attempt } from '../../../shared/types';
import { formatDuration } from '../../../shared/words/duration';
import { errorShort } from '../../../shared/words/error';
import { type SectionClaim, sectionOfPath, settingsHash } from '../settings/section-pages';

const ROLE_WORDS: Record<Exclude<EgressRole, 'host'>, MessageId> = {
  entered: 'egress.role.entered',
  gateway: 'egress.role.gateway',
  'system-dns': 'egress.role.systemDns',
  'zone-servers': 'egress.role.zoneServers',
  'local-router': 'egress.role.localRouter',
};

/** The host, or the role in words when the host is learned at run time; `role` too when both say something. */
export function destinationWords(d: DeclaredDestination, t: Translator): { host: string | null; role: string | null } {
  const role = d.role === 'host' ? null : t.t(ROLE_WORDS[d.role]);
  return d.host === null ? { host: null, role } : { host: d.host, role };
}

export function portWords(protocol: string, port: number | null, t: Translator): string {
  const p = protocol.toUpperCase();
  return port === null
    ? t.t('web.connections.portLater', { protocol: p })
    : t.t('web.connections.port', { protocol: p, port: String(port) });
}

/** At most how often, as `ipwatch egress` says it. */
export const paceWords = (everySec: number | null, t: Translator): string =>
  everySec === null
    ? t.t('egress.cli.onEvent')
    : t.t('egress.cli.every', { interval: formatDuration(everySec * 1000, 2, t) });

/**
 * Which Settings section holds each top-level setting whose section is not named after it
 * (settings/sections.tsx; any other key has a section of its own name). Kept here, not read from
 * sections.tsx, so this page's code does not pull in every settings editor;
 * tests/renderer/connections-view.test.ts holds the two in step.
 */
export const SECTION_CLAIMS: readonly SectionClaim[] = [
  { id: 'monitor', keys: ['monitor', 'router'] },
  { id: 'sources', keys: ['sources', 'health'] },
  { id: 'channels', keys: [], paths: ['notifications.channels'] },
  { id: 'speed', keys: ['speedTest'] },
  { id: 'history', keys: ['history', 'log', 'version'] },
];

/** The setting as the inventory names it: `monitors.items (nas)`, `fleet.publish, fleet.watch`. */
const SETTING_PATH = /^([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)(?:[ ,(]|$)/;

export type SettingView = { kind: 'words'; text: string } | { kind: 'setting'; name: string; href: string | null };

/**
 * The setting that turns a destination on: a setting's name with a link to its Settings section,
 * or words where the inventory names no setting (the name lookups, the environment's proxy).
 */
export function settingView(d: DeclaredDestination, t: Translator): SettingView {
  if (d.purpose === 'systemDns') return { kind: 'words', text: t.t('web.connections.setting.lookups') };
  if (d.purpose === 'proxy')
    return { kind: 'words', text: t.t('web.connections.setting.proxy', { variables: d.setting }) };
  const path = SETTING_PATH.exec(d.setting)?.[1];
  if (path === undefined) return { kind: 'setting', name: d.setting, href: null };
  const section = sectionOfPath(path, [...SECTION_CLAIMS]) ?? path.split('.')[0]!;
  return { kind: 'setting', name: d.setting, href: settingsHash(section) };
}

/** What a source's connection that went through gave in the last check: an address, none, or not known here. */
export type SourceAnswer = 'address' | 'noAddress' | null;

/**
 * A connection's "ok" says only that the exchange was made; for a source's destination the last
 * check says whether the answer held an address (issue 75), so the page tells the two apart.
 *
 * | connection | the last check's attempts of its sources | answer    |
 * |------------|------------------------------------------|-----------|
 * | not ok     | any                                      | null      |
 * | ok         | none (not a source, or not asked)        | null      |
 * | ok         | one gave an address                      | address   |
 * | ok         | all failed                               | noAddress |
 */
export function sourceAnswer(
  c: Pick<EgressContact, 'declared' | 'lastResult'>,
  attempts: readonly Pick<Attempt, 'sourceId' | 'ok'>[],
): SourceAnswer {
  if (c.lastResult !== 'ok') return null;
  const ids = new Set(c.declared.filter((id) => id.startsWith(SOURCE)).map((id) => id.slice(SOURCE.length)));
  const mine = attempts.filter((a) => ids.has(a.sourceId));
  if (mine.length === 0) return null;
  return mine.some((a) => a.ok) ? 'address' : 'noAddress';
}
const SOURCE = 'source:';

/**
 * A contact's last result, with its error in words when it failed; a refusal after the lookup
 * (a public name answered with a local address, EEGRESSLOCAL) says why, in words that say "refused".
 */
export function resultWords(
  c: Pick<EgressContact, 'lastResult' | 'lastError'>,
  t: Translator,
  answer: SourceAnswer = null,
): string {
  if (c.lastResult === 'refused' && c.lastError) return errorShort(c.lastError, t);
  if (answer !== null)
    return t.t(answer === 'address' ? 'web.connections.result.address' : 'web.connections.result.noAddress');
  const result = t.t(`egress.result.${c.lastResult}`);
  if (c.lastResult !== 'failed') return result;
  return t.t('web.connections.resultWithError', { result, error: errorShort(c.lastError ?? '', t) });
}

/**
 * One row per destination: entries that differ only in their id (a source's IPv4 and IPv6 entries
 * at one host, `ifconfig.co` twice) read the same, so they are one row holding both ids.
 */
export function declaredRows(declared: readonly DeclaredDestination[]): { d: DeclaredDestination; ids: string[] }[] {
  const rows = new Map<string, { d: DeclaredDestination; ids: string[] }>();
  for (const d of declared) {
    const key = JSON.stringify([d.role, d.host, d.port, d.protocol, d.purpose, d.setting, d.everySec, d.from]);
    const row = rows.get(key);
    if (row) row.ids.push(d.id);
    else rows.set(key, { d, ids: [d.id] });
  }
  return [...rows.values()];
}

/** Undeclared first (what a person came to find), then the latest first. */
export const contactOrder = (a: EgressContact, b: EgressContact): number =>
  Number(a.declared.length > 0) - Number(b.declared.length > 0) || b.lastAt - a.lastAt;

/** Groups of more destinations than this open folded: 23 built-in web sources are one line until opened. */
export const FOLD_OVER = 3;

export interface DeclaredGroup {
  purpose: EgressPurpose;
  rows: { d: DeclaredDestination; ids: string[] }[];
  folded: boolean;
}

/** The rows by purpose, in the order the inventory first names each (issue 75). */
export function declaredGroups(rows: readonly { d: DeclaredDestination; ids: string[] }[]): DeclaredGroup[] {
  const groups = new Map<EgressPurpose, DeclaredGroup>();
  for (const row of rows) {
    const group = groups.get(row.d.purpose) ?? { purpose: row.d.purpose, rows: [], folded: false };
    group.rows.push(row);
    groups.set(row.d.purpose, group);
  }
  return [...groups.values()].map((g) => ({ ...g, folded: g.rows.length > FOLD_OVER }));
}
