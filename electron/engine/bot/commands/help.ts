/** /help: the commands this member may use here, by the names their Discord shows them. */
import * as z from 'zod/mini';

import { COLOR, embed } from '../format';
import { type Command, defineCommand } from './define';
import { commandDescription, commandName } from './localise';

/** /help over the registry's list, given by the registry so that this file need not import it. */
export function helpCommand(commands: () => readonly Command[]): Command {
  return defineCommand({
    name: 'help',
    options: [],
    level: 'read',
    schema: z.object({}),
    run: async ({ admin, words }) => {
      const mine = commands().filter((c) => c.level === 'read' || admin);
      return {
        embeds: [
          embed({
            title: words.t('bot.help.title'),
            color: COLOR.info,
            description: mine
              .map((c) => `**/${commandName(words, c.name)}** ${commandDescription(words, c.name)}`)
              .join('\n'),
            footer: { text: words.t(admin ? 'bot.help.admin' : 'bot.help.notAdmin') },
          }),
        ],
      };
    },
  });
}
