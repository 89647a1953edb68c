/**
 * Indonesian (docs/glossary.md holds the product's terms). Polite "Anda", as Indonesian software
 * writes; networking words as Indonesian admins use them (IPv4, NAT, port forwarding, record DNS).
 */
import type { Catalogue, DashboardCatalogue } from '../en';
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
import { idSettings } from './settings-page';
import { shell } from './shell';
import { signIn } from './sign-in';
import { sources } from './sources';
import { speed } from './speed';
import { tray } from './tray';
import { uptime } from './uptime';

/** The dashboard's words (see en/index.ts): a new area goes here unless only the engine says it. */
export const idDashboard = {
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
} satisfies DashboardCatalogue;

/** The areas only the engine says: the tray's, the notices', the bot's. */
const engineAreas = {
  ...bot,
  ...botCommands,
  ...notices,
  ...tray,
  ...log,
  ...settingsFile,
};

// A call marked pure, so the bundler drops it from the dashboard's first chunk, which reads
// idDashboard only: a spread left there would fetch Settings' chunk with the first words.
export const id = /* @__PURE__ */ Object.assign({}, idDashboard, idSettings, engineAreas) satisfies Catalogue;
