/**
 * The source catalogue: every message IPWatch has moved out of its code, in ICU form
 * (docs/i18n.md), one file per area. Its keys are the message ids; de/ and id/ must have exactly
 * these keys with the same ICU arguments (the typecheck and tests/shared/i18n/catalogues.test.ts
 * say so). A key is named for where its words are read: `duration.*`, `tray.*`, `notice.*`, `bot.*`,
 * `web.*`, `settings.*`.
 */
import { bot } from './bot';
import { core } from './core';
import { egress } from './egress';
import { nat } from './nat';
import { notice } from './notice';
import { settings } from './settings';
import { settingsEditors } from './settings-editors';
import { settingsFields } from './settings-fields';
import { tray } from './tray';
import { webPages } from './web-pages';
import { webShell } from './web-shell';
import { words } from './words';

export const en = {
  ...core,
  ...tray,
  ...notice,
  ...nat,
  ...words,
  ...bot,
  ...webShell,
  ...webPages,
  ...settings,
  ...settingsEditors,
  ...settingsFields,
  ...egress,
} as const;

/** A message's id: one of the source catalogue's keys. */
export type MessageId = keyof typeof en;

/** A catalogue: a message for exactly every id (a missing or extra key fails the typecheck). */
export type Catalogue = { readonly [K in MessageId]: string };
