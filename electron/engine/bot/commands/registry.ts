/**
 * Every slash command and button, one file each, behind one registry. A command exists
 * when it is listed here; registration sends exactly this list to Discord.
 */
import { MANAGE_GUILD } from '../access';
import { check, checkButton } from './check';
import { config } from './config';
import type { BotButton, Command } from './define';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { history, historyButton } from './history';
import { ip, ipButton, ipShowButton } from './ip';
import { commandWords } from './localise';
import { map } from './map';
import { path } from './path';
import { pause, resume } from './pause';
import { siteShowButton } from './site-button';
import { sites, sitesButton } from './sites';
import { stats } from './stats';
import { status } from './status';

export const COMMANDS = {
  ip,
  status,
  sites,
  history,
  stats,
  map,
  path,
  check,
  export: exportCommand,
  config,
  pause,
  resume,
  help: helpCommand(allCommands),
} satisfies Record<string, Command>;

/** Hoisted and typed apart from COMMANDS, so /help can list the registry it is part of. */
function allCommands(): Command[] {
  return Object.values(COMMANDS);
}

export const BUTTONS = {
  ip: ipButton,
  ipshow: ipShowButton,
  history: historyButton,
  check: checkButton,
  sites: sitesButton,
  siteshow: siteShowButton,
} satisfies Record<string, BotButton>;

export function commandByName(name: string): Command | null {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : null;
}

export function buttonByName(name: string): BotButton | null {
  return Object.hasOwn(BUTTONS, name) ? BUTTONS[name as keyof typeof BUTTONS] : null;
}

/**
 * What registration PUTs: discord-api-docs Application_Commands.md, "Bulk Overwrite"; each name,
 * description, option and choice with its German and Indonesian (localise.ts).
 */
export const commandDefinitions = () =>
  Object.values(COMMANDS).map((c) => ({
    ...commandWords(c),
    type: 1,
    // Usable in servers only (context 0 = guild); the bot serves configured guilds.
    contexts: [0],
    // Admin commands are listed only to members with Manage Server (a permission bit set as a
    // string, "default_member_permissions"); a server's Integrations settings can show them to
    // more roles. The dispatcher still checks access on every use.
    ...(c.level === 'admin' ? { default_member_permissions: String(MANAGE_GUILD) } : {}),
  }));
