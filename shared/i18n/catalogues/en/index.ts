/**
 * The source catalogue: every message IPWatch has moved out of its code, in ICU form
 * (docs/i18n.md), one file per area. Its keys are the message ids; de/ and id/ must have exactly
 * these keys with the same ICU arguments (the typecheck and tests/shared/i18n/catalogues.test.ts
 * say so). A key is named for where its words are read: `duration.*`, `tray.*`, `notice.*`, `bot.*`,
 * `web.*`, `settings.*`.
 */
import { bot } from './bot';
import { botCommands } from './bot-commands';
import { core } from './core';
import { egress } from './egress';
import { hostLink } from './host-link';
import { log } from './log';
import { nat } from './nat';
import { notice } from './notice';
import { reasons } from './reasons';
import { reasons10 } from './reasons-10';
import { reasons11 } from './reasons-11';
import { reasons12 } from './reasons-12';
import { reasons13 } from './reasons-13';
import { reasons14 } from './reasons-14';
import { reasons2 } from './reasons-2';
import { reasons3 } from './reasons-3';
import { reasons4 } from './reasons-4';
import { reasons5 } from './reasons-5';
import { reasons6 } from './reasons-6';
import { reasons7 } from './reasons-7';
import { reasons8 } from './reasons-8';
import { reasons9 } from './reasons-9';
import { settingsEditors } from './settings-editors';
import { settingsEditors2 } from './settings-editors-2';
import { settingsFieldsOutside } from './settings-fields-outside';
import { enSettings } from './settings-page';
import { tray } from './tray';
import { webConnections } from './web-connections';
import { webLeftovers } from './web-leftovers';
import { webLeftovers2 } from './web-leftovers-2';
import { webLeftovers3 } from './web-leftovers-3';
import { webLeftovers4 } from './web-leftovers-4';
import { webPages } from './web-pages';
import { webPages2 } from './web-pages-2';
import { webPages3 } from './web-pages-3';
import { webShell } from './web-shell';
import { webShell2 } from './web-shell-2';
import { words } from './words';
import { words2 } from './words-2';
import { words3 } from './words-3';

/**
 * The dashboard's first words: every area a page may show, the chunk renderer/src/i18n/catalogue.ts
 * loads for the first frame. A new area goes here, unless only the engine says it (the `en`
 * object) or only Settings shows it (settings-page.ts, loaded with that page).
 */
export const enDashboard = {
  ...core,
  ...nat,
  ...words,
  ...words3,
  ...words2,
  ...webShell,
  ...webShell2,
  ...webPages,
  ...webPages2,
  ...webPages3,
  ...settingsEditors,
  ...settingsEditors2,
  ...settingsFieldsOutside,

  ...egress,
  ...webConnections,
  ...webLeftovers,
  ...webLeftovers2,
  ...webLeftovers3,

  ...reasons,
  ...reasons2,
  ...reasons3,
  ...reasons4,
  ...reasons5,
  ...reasons6,
  ...reasons7,
  ...reasons8,
  ...reasons9,
  ...reasons10,
  ...reasons11,
  ...reasons12,
  ...webLeftovers4,
  ...hostLink,
  ...reasons13,
  ...reasons14,
} as const;

/** The areas only the engine says: the tray's, the notices', the bot's. */
const engineAreas = {
  ...tray,
  ...notice,
  ...bot,
  ...botCommands,
  ...log,
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
