/** /help: the commands this member may use here. */
import * as z from 'zod/mini';

import { COLOR, embed } from '../format';
import { type Command, defineCommand } from './define';

/** /help over the registry's list, given by the registry so that this file need not import it. */
export function helpCommand(commands: () => readonly Command[]): Command {
  return defineCommand({
    name: 'help',
    description: 'The IPWatch commands you may use',
    options: [],
    level: 'read',
    schema: z.object({}),
    run: async ({ admin }) => {
      const mine = commands().filter((c) => c.level === 'read' || admin);
      return {
        embeds: [
          embed({
            title: 'IPWatch commands',
            color: COLOR.info,
            description: mine.map((c) => `**/${c.name}** ${c.description}`).join('\n'),
            footer: {
              text: admin ? 'You administer IPWatch here.' : 'Administrators have more commands.',
            },
          }),
        ],
      };
    },
  });
}
