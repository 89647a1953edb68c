/**
 * Indonesian (docs/glossary.md holds the product's terms). Polite "Anda", as Indonesian software
 * writes; networking words as Indonesian admins use them (IPv4, NAT, port forwarding, record DNS).
 */
import type { Catalogue } from '../en';
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

export const id = {
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
} satisfies Catalogue;
