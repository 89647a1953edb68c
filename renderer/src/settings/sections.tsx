/**
 * The sections of Settings, in order, one page each: those of the settings form (saved together
 * with "Save settings") and the panels that act on their own (backup, this computer, appearance,
 * about).
 * A new section is one entry here; a top-level setting no form section claims gets a section of
 * its own, drawn from the schema, so no setting is ever left off the page.
 */
import type { ReactNode } from 'react';

import type { ShellClient } from '../../../shared/contract/bridge';
import type { Translator } from '../../../shared/i18n/translator';
import { settingsSchema } from '../../../shared/settings';
import { notificationsSchema } from '../../../shared/settings/notify';
import type { SettingsView } from '../api/types';
import { AboutPanel } from './AboutPanel';
import { AppearancePanel } from './AppearancePanel';
import { AppPanel } from './AppPanel';
import { BrowserLanguage } from './BrowserLanguage';
import { ChannelsEditor } from './ChannelsEditor';
import { DataPanel } from './DataPanel';
import { DdnsEditor } from './ddns/DdnsEditor';
import { DiscordPanel } from './discord/DiscordPanel';
import { Fields, Folded, group, Leaves } from './field-groups';
import { type FormCtx, LeafField } from './fields';
import { FleetSection } from './fleet/FleetSection';
import { IdentitySection } from './identity/IdentitySection';
import { MonitorsEditor } from './monitors/MonitorsEditor';
import { PluginsPanel } from './plugins/PluginsPanel';
import { fieldMeta, fieldSchema, labelFor, shapeOf } from './schema-walk';
import { SignedInBrowsers } from './sessions/SignedInBrowsers';
import { SourcesEditor } from './SourcesEditor';
import { SpeedSection } from './speed/SpeedSection';
import { HeartbeatSection, HookSection } from './watcher/WatcherSections';

export interface FormSectionProps {
  ctx: FormCtx;
  view: SettingsView;
  /** Ids of the channels as saved (a channel can be tested once it is). */
  savedIds: Set<string>;
  /** A save was attempted: lists flag the items with a field to fix. */
  tried: boolean;
}

export interface FormSection {
  /** Its page: `#/settings/<id>` (section-pages.ts); its element id is `set-<id>`. */
  id: string;
  title: string;
  /** One line under the title. */
  intro?: string;
  /** The top-level settings it edits, so they get no generic section. */
  keys: string[];
  /** Deeper settings it edits, within another section's key (a field there is on this page). */
  paths?: string[];
  /**
   * While this returns a line (the feature it sets up is off), the line says so above the form.
   * The form is not folded under it: the page is the section's own, and a person who opens it
   * came to set the feature up (the switch or token that turns it on is in view).
   */
  off?(draft: Record<string, unknown>): string | null;
  render(p: FormSectionProps): ReactNode;
}

export interface PanelSection {
  id: string;
  title: string;
  intro?: string;
  /** Shown only in the desktop app: it gets the app's own operations. */
  appOnly?: boolean;
  render(p: { shell: ShellClient | null }): ReactNode;
}

/** A part of the settings draft as an object (the draft may hold anything before it is checked). */
const part = (draft: Record<string, unknown>, key: string): Record<string, unknown> => {
  const v = draft[key];
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
};
/** The feature is switched on (`enabled: true`) in the draft. */
const on = (draft: Record<string, unknown>, key: string) => part(draft, key).enabled === true;
/** A secret of the draft is set: a value, a reference, or the `{ set: true }` marker of a stored one. */
const secretSet = (v: unknown) =>
  (typeof v === 'string' && v !== '') ||
  (typeof v === 'object' && v !== null && (v as { set?: unknown }).set !== false);

const introOf = (key: string, words: Translator) => fieldMeta(group(key), words).help;

/** The settings folded under one line in their section: the fine tuning most people leave as it is. */
const MONITOR_FOLDED = [
  'quorum',
  'ipv6Compare',
  'confirmMinutes',
  'timeoutMs',
  'networkWatch',
  'networkPollMs',
  'networkSettleMs',
  'changeShownMinutes',
  'fromV4',
  'fromV6',
];
/** The sources' fine tuning: built-ins switched off, and the ranges detected addresses are taken from (issue 76). */
const SOURCES_FOLDED = ['disabled', 'includeV4', 'excludeV4', 'includeV6', 'excludeV6'];
/** The families' switches, laid out together. */
const WATCH = ['ipv4', 'ipv6'];
const NOTIFY_FOLDED_LEAVES = ['maxAgeHours', 'outboxKeepDays'];
const API_FOLDED = ['token', 'sessionHours', 'requestTimeoutSec', 'badge', 'badgeAddress'];
const NOTIFY_FOLDED_GROUPS = ['frequent', 'degraded', 'retry'];

/** What is watched and who is told: monitoring, sources, notifications and their channels. */
const watchSections = (words: Translator): FormSection[] => [
  {
    id: 'monitor',
    title: words.t('settings.section.monitor'),
    intro: introOf('monitor', words),
    keys: ['monitor', 'router'],
    render: (p) => (
      <>
        <Fields schema={group('monitor')} path={['monitor']} ctx={p.ctx} skip={[...MONITOR_FOLDED, ...WATCH]} />
        {/* Both families' switches on a row of their own, side by side, never one beside the interval. */}
        <Leaves paths={WATCH.map((k) => ['monitor', k])} ctx={p.ctx} label={words.t('settings.monitor.families')} />
        <Folded
          summary={words.t('settings.fold.monitor')}
          leaves={MONITOR_FOLDED.map((k) => ['monitor', k])}
          groups={[['router']]}
          ctx={p.ctx}
        />
      </>
    ),
  },
  {
    id: 'sources',
    title: words.t('settings.section.sources'),
    intro: introOf('sources', words),
    keys: ['sources', 'health'],
    render: (p) => (
      <>
        <SourcesEditor ctx={p.ctx} showErrors={p.tried} />
        <Folded
          summary={words.t('settings.fold.sources')}
          leaves={SOURCES_FOLDED.map((k) => ['sources', k])}
          groups={[['health']]}
          ctx={p.ctx}
        />
      </>
    ),
  },
  {
    id: 'notifications',
    title: words.t('settings.section.notifications'),
    intro: introOf('notifications', words),
    keys: ['notifications'],
    render: (p) => (
      <>
        <Fields
          schema={notificationsSchema}
          path={['notifications']}
          ctx={p.ctx}
          skip={[...NOTIFY_FOLDED_LEAVES, ...NOTIFY_FOLDED_GROUPS]}
        />
        <Folded
          summary={words.t('settings.fold.notifications')}
          leaves={NOTIFY_FOLDED_LEAVES.map((k) => ['notifications', k])}
          groups={NOTIFY_FOLDED_GROUPS.map((k) => ['notifications', k])}
          ctx={p.ctx}
        />
      </>
    ),
  },
  {
    id: 'channels',
    title: words.t('settings.section.channels'),
    intro: fieldMeta(fieldSchema(notificationsSchema, 'channels')!, words).help,
    keys: [],
    paths: ['notifications.channels'],
    render: (p) => <ChannelsEditor ctx={p.ctx} savedIds={p.savedIds} showErrors={p.tried} />,
  },
];

/** What IPWatch keeps up or runs beside its watch: the bot, DNS records, services, hooks, the fleet. */
const serviceSections = (words: Translator): FormSection[] => [
  {
    id: 'discord',
    title: words.t('settings.section.discord'),
    intro: introOf('discord', words),
    keys: ['discord'],
    off: (d) => (secretSet(part(d, 'discord').token) ? null : words.t('settings.off.discord')),
    render: (p) => <DiscordPanel ctx={p.ctx} />,
  },
  {
    id: 'ddns',
    title: words.t('settings.section.ddns'),
    intro: introOf('ddns', words),
    keys: ['ddns'],
    render: (p) => <DdnsEditor ctx={p.ctx} showErrors={p.tried} />,
  },
  {
    id: 'monitors',
    title: words.t('settings.section.monitors'),
    intro: introOf('monitors', words),
    keys: ['monitors'],
    render: (p) => <MonitorsEditor ctx={p.ctx} showErrors={p.tried} />,
  },
  {
    id: 'hook',
    title: words.t('settings.section.hook'),
    intro: introOf('hook', words),
    keys: ['hook'],
    off: (d) => (on(d, 'hook') ? null : words.t('settings.off.hook')),
    render: (p) => <HookSection ctx={p.ctx} />,
  },
  {
    id: 'heartbeat',
    title: words.t('settings.section.heartbeat'),
    intro: introOf('heartbeat', words),
    keys: ['heartbeat'],
    off: (d) => (on(d, 'heartbeat') ? null : words.t('settings.off.heartbeat')),
    render: (p) => <HeartbeatSection ctx={p.ctx} />,
  },
  {
    id: 'identity',
    title: words.t('settings.section.identity'),
    intro: introOf('identity', words),
    keys: ['identity'],
    // No "off" line: without an online service the identity still works from the shipped
    // databases, and DataCredits under the fields says so once.
    render: (p) => <IdentitySection ctx={p.ctx} />,
  },
  {
    id: 'speed',
    title: words.t('settings.section.speed'),
    intro: introOf('speedTest', words),
    keys: ['speedTest'],
    off: (d) => (on(d, 'speedTest') ? null : words.t('settings.off.speed')),
    render: (p) => <SpeedSection ctx={p.ctx} />,
  },
  {
    id: 'path',
    title: words.t('settings.section.path'),
    intro: introOf('path', words),
    keys: ['path'],
    off: (d) => (on(d, 'path') ? null : words.t('settings.off.path')),
    render: (p) => <Fields schema={group('path')} path={['path']} ctx={p.ctx} />,
  },
  {
    id: 'fleet',
    title: words.t('settings.section.fleet'),
    intro: introOf('fleet', words),
    keys: ['fleet'],
    off: (d) =>
      part(d, 'fleet').publish === true || part(d, 'fleet').watch === true ? null : words.t('settings.off.fleet'),
    render: (p) => <FleetSection ctx={p.ctx} />,
  },
];

/** How it is reached and kept: the dashboard and API, its language, the history and log. */
const keepingSections = (words: Translator): FormSection[] => [
  {
    id: 'egress',
    title: words.t('web.page.connections'),
    intro: introOf('egress', words),
    keys: ['egress'],
    render: (p) => <Fields schema={group('egress')} path={['egress']} ctx={p.ctx} />,
  },
  {
    id: 'api',
    title: words.t('settings.section.api'),
    intro: introOf('api', words),
    keys: ['api'],
    render: (p) => (
      <>
        <Fields schema={group('api')} path={['api']} ctx={p.ctx} skip={API_FOLDED} />
        <Folded summary={words.t('settings.fold.api')} leaves={API_FOLDED.map((k) => ['api', k])} ctx={p.ctx} />
        <SignedInBrowsers />
      </>
    ),
  },
  {
    id: 'language',
    title: words.t('settings.section.language'),
    intro: words.t('settings.intro.language'),
    keys: ['language'],
    render: (p) => (
      <>
        <LeafField schema={group('language')} path={['language']} ctx={p.ctx} />
        <BrowserLanguage />
      </>
    ),
  },
  {
    id: 'history',
    title: words.t('settings.section.history'),
    intro: words.t('settings.intro.history'),
    keys: ['history', 'log', 'version'],
    render: (p) => (
      <>
        <Fields schema={group('history')} path={['history']} ctx={p.ctx} skip={['statsRetentionDays']} />
        <Folded
          summary={words.t('settings.fold.history')}
          leaves={[
            ['history', 'statsRetentionDays'],
            ['log', 'level'],
          ]}
          ctx={p.ctx}
        />
      </>
    ),
  },
  {
    id: 'memory',
    title: words.t('settings.section.memory'),
    intro: introOf('memory', words),
    keys: ['memory'],
    render: (p) => <Fields schema={group('memory')} path={['memory']} ctx={p.ctx} />,
  },
];

/** The sections with their own layout, in order, in the language of `words`. */
export const ownFormSections = (words: Translator): FormSection[] => [
  ...watchSections(words),
  ...serviceSections(words),
  ...keepingSections(words),
];

export const panelSections = (words: Translator): PanelSection[] => [
  {
    id: 'plugins',
    title: words.t('settings.section.plugins'),
    intro: words.t('settings.intro.plugins'),
    render: () => <PluginsPanel />,
  },
  {
    id: 'backup',
    title: words.t('settings.section.backup'),
    intro: words.t('settings.intro.backup'),
    render: () => <DataPanel />,
  },
  {
    id: 'app',
    title: words.t('settings.section.app'),
    appOnly: true,
    render: ({ shell }) => shell && <AppPanel shell={shell} />,
  },
  {
    id: 'appearance',
    title: words.t('settings.section.appearance'),
    intro: words.t('settings.intro.appearance'),
    render: () => <AppearancePanel />,
  },
  {
    id: 'about',
    title: words.t('settings.section.about'),
    intro: words.t('settings.intro.about'),
    render: ({ shell }) => <AboutPanel shell={shell} />,
  },
];

/** The form sections, plus one drawn from the schema for each top-level setting none claims (after the last claimed one, in schema order). */
export function formSections(words: Translator): FormSection[] {
  const own = ownFormSections(words);
  const claimed = new Set(own.flatMap((s) => s.keys));
  const shape = shapeOf(settingsSchema);
  const rest = shape.kind === 'object' ? shape.fields.filter(([k]) => !claimed.has(k)) : [];
  const generic: FormSection[] = rest.map(([key, s]) => ({
    id: key,
    title: labelFor(s, key, words),
    intro: fieldMeta(s, words).help,
    keys: [key],
    render: (p) =>
      shapeOf(s).kind === 'object' ? (
        <Fields schema={s} path={[key]} ctx={p.ctx} />
      ) : (
        <LeafField schema={s} path={[key]} ctx={p.ctx} />
      ),
  }));
  // Before the API and history sections: what a newer schema adds is more likely looked for.
  const at = own.findIndex((s) => s.id === 'api');
  return [...own.slice(0, at), ...generic, ...own.slice(at)];
}
