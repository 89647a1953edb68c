/**
 * The source catalogue: every message IPWatch has moved out of its code, in ICU form
 * (docs/i18n.md), one file per area. Its keys are the message ids; de/ and id/ must have exactly
 * these keys with the same ICU arguments (the typecheck and tests/shared/i18n/catalogues.test.ts
 * say so). A key is named for where its words are read: `duration.*`, `tray.*`, `notice.*`, `bot.*`,
 * `web.*`, `settings.*`.
 */
import { actions } from './actions';
import { activity } from './activity';
import { audit } from './audit';
import { bot } from './bot';
import { botCommands } from './bot-commands';
import { channels } from './channels';
import { charts } from './charts';
import { checks } from './checks';
import { common } from './common';
import { connections } from './connections';
import { dashboard } from './dashboard';
import { ddns } from './ddns';
import { discord } from './discord';
import { editors } from './editors';
import { errors } from './errors';
import { firstRun } from './first-run';
import { fleet } from './fleet';
import { health } from './health';
import { held } from './held';
import { history } from './history';
import { hook } from './hook';
import { insight } from './insight';
import { log } from './log';
import { monitors } from './monitors';
import { network } from './network';
import { notices } from './notices';
import { secrets } from './secrets';
import { serving } from './serving';
import { settingNames } from './setting-names';
import { settingsFieldsOutside } from './settings-fields-outside';
import { settingsFile } from './settings-file';
import { enSettings } from './settings-page';
import { shell } from './shell';
import { signIn } from './sign-in';
import { sources } from './sources';
import { speed } from './speed';
import { tray } from './tray';
import { uptime } from './uptime';

/**
 * The dashboard's first words: every area a page may show, the chunk renderer/src/i18n/catalogue.ts
 * loads for the first frame. A new area goes here, unless only the engine says it (the `en`
 * object) or only Settings shows it (settings-page.ts, loaded with that page).
 */
export const enDashboard = {
  ...common,
  ...actions,
  ...activity,
  ...audit,
  ...charts,
  ...checks,
  ...channels,
  ...connections,
  ...dashboard,
  ...ddns,
  ...discord,
  ...editors,
  ...errors,
  ...firstRun,
  ...fleet,
  ...health,
  ...held,
  ...history,
  ...hook,
  ...insight,
  ...monitors,
  ...network,
  ...secrets,
  ...serving,
  ...settingNames,
  ...shell,
  ...signIn,
  ...sources,
  ...speed,
  ...uptime,
  ...settingsFieldsOutside,
} as const;

/** The areas only the engine says: the tray's, the notices', the bot's. */
const engineAreas = {
  ...bot,
  ...botCommands,
  ...notices,
  ...tray,
  ...log,
  ...settingsFile,
} as const;

/**
 * The whole catalogue: the dashboard's first words, Settings' and the engine's areas. A call
 * marked pure, so the bundler drops it from the dashboard's first chunk, which reads enDashboard
 * only: a spread left there would fetch Settings' chunk with the first words.
 */
export const en = /* @__PURE__ */ Object.assign({}, enDashboard, enSettings, engineAreas);

/** A message's id: one of the source catalogue's keys. */
export type MessageId = keyof typeof en;

/** A catalogue: a message for exactly every id (a missing or extra key fails the typecheck). */
export type Catalogue = { readonly [K in MessageId]: string };

/** An id only the Settings page's words hold (settings-page.ts): a page has it inside SettingsWords. */
export type SettingsId = keyof typeof enSettings;

/**
 * An id a page may name: react-intl's ids in the renderer. Those of Settings' words are shown
 * only where they were loaded (renderer/src/i18n/settings-words.tsx): tests/renderer/i18n/
 * dashboard-ids.test.ts holds every other page to the first chunk's.
 */
export type DashboardId = keyof typeof enDashboard | SettingsId;

/** The dashboard's first words in a language: the chunk the first frame waits for. */
export type DashboardCatalogue = { readonly [K in keyof typeof enDashboard]: string };

/** The Settings page's own words in a language. */
export type SettingsCatalogue = { readonly [K in SettingsId]: string };
