/**
 * A setting named for a person outside Settings (issue 62): by the label Settings shows it with,
 * in the reader's language ("Router › Ask the router", "Router › Router fragen"), never by its
 * dotted path. The Checks card and the bot's /status say why the router is not asked with it, the
 * Connections page names the setting that turns a destination on.
 *
 * Settings itself names a field by its path from the zod schema (renderer/src/settings/
 * field-trail.ts `labelOfPathIn`, any path, list items too). That reads the whole schema, and the
 * dashboard's first load may reach no zod (tests/bench/first-load-imports.test.ts), so the few
 * settings named elsewhere are listed here by the catalogue id of their schema label: a label
 * changed in the schema changes its id and fails the typecheck, and
 * tests/shared/words/setting-label.test.ts holds each entry to the label Settings shows, in three
 * languages. Pure; a path not listed is said as itself (a value, never a crash).
 */
import type { MessageId, Translator } from '../i18n/translator';

/** The settings named outside Settings, by path: their schema label's message id. */
export const SETTING_LABELS = {
  router: 'setting.label.router-922ed1',
  'router.enabled': 'setting.label.ask-the-router-d13933',
  'sources.custom': 'setting.label.your-own-sources-4c96c2',
  'egress.echo': 'setting.label.built-in-web-sources-f5d469',
  'egress.stun': 'setting.label.built-in-stun-sources-826975',
  'egress.dnsDetection': 'setting.label.built-in-dns-sources-9e8a62',
  'egress.enforce': 'setting.label.refuse-undeclared-connections-0af090',
  'ddns.records': 'setting.label.dns-records-af489d',
  'notifications.channels': 'setting.label.notification-channels-b36bc7',
  'heartbeat.enabled': 'setting.label.send-heartbeats-ea59b6',
  'discord.token': 'setting.label.bot-token-6926fd',
  'api.lan': 'setting.label.open-to-the-local-7fd3f5',
  'api.tls': 'setting.label.certificate-for-the-lan-5775c8',
  'api.signIn.discord': 'setting.label.sign-in-with-discord-490373',
  'identity.provider': 'setting.label.online-enrichment-458c0c',
  'fleet.publish': 'setting.label.publish-this-site-6dcfac',
  'fleet.watch': 'setting.label.watch-the-fleet-54d6d6',
  'monitors.items': 'setting.label.monitors-efbe7b',
  'speedTest.enabled': 'setting.label.allow-speed-tests-ac4203',
} as const satisfies Record<string, MessageId>;

const known = (path: string): path is keyof typeof SETTING_LABELS => Object.hasOwn(SETTING_LABELS, path);

/** The setting's label in `words`' language, or null when this list does not name it. */
export const settingLabel = (path: string, words: Translator): string | null =>
  known(path) ? words.t(SETTING_LABELS[path]) : null;

/**
 * The setting as a person finds it: its group's label before its own where the group has one
 * here ("Router › Ask the router"), else its label; the path itself when no label is known.
 */
export function settingName(path: string, words: Translator): string {
  const label = settingLabel(path, words);
  if (label === null) return path;
  const group = settingLabel(path.split('.').slice(0, -1).join('.'), words);
  return group === null ? label : words.t('settingName.within', { group, label });
}

/** A setting's words and whether they are its label (false: the path, shown as a value). */
export interface NamedSetting {
  text: string;
  labelled: boolean;
}

/**
 * The inventory's name for what turns a destination on (`fleet.publish, fleet.watch`, `monitors.items
 * (nas)`) in words: each path by its label, either of two, an item by its id after its list's label.
 * Any part no label knows leaves the whole as written.
 */
export function namedSettings(named: string, words: Translator): NamedSetting {
  const m = /^([a-zA-Z][\w.]*(?:, [a-zA-Z][\w.]*)*)(?: \(([^()]+)\))?$/.exec(named);
  const labels = m ? m[1]!.split(', ').map((p) => settingLabel(p, words)) : [null];
  if (labels.some((l) => l === null)) return { text: named, labelled: false };
  const either = (labels as string[]).reduce((first, second) => words.t('settingName.either', { first, second }));
  const item = m![2];
  return { text: item === undefined ? either : words.t('settingName.item', { label: either, item }), labelled: true };
}
