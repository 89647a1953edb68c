/**
 * German (docs/glossary.md holds the product's terms). Formal address ("Sie"), as German
 * router and network software writes; networking words as German admins use them (IPv4, NAT,
 * DNS-Eintrag, Portfreigabe).
 */
import type { Catalogue, DashboardCatalogue } from '../en';
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
import { deSettings } from './settings-page';
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

/** The dashboard's words (see en/index.ts): a new area goes here unless only the engine says it. */
export const deDashboard = {
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
} satisfies DashboardCatalogue;

/** The areas only the engine says: the tray's, the notices', the bot's. */
const engineAreas = {
  ...tray,
  ...notice,
  ...bot,
  ...botCommands,
  ...log,
};

// A call marked pure, so the bundler drops it from the dashboard's first chunk, which reads
// deDashboard only: a spread left there would fetch Settings' chunk with the first words.
export const de = /* @__PURE__ */ Object.assign({}, deDashboard, deSettings, engineAreas) satisfies Catalogue;
