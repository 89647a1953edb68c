/**
 * The bot's Discord servers as one-line rows (name, state, Edit, Remove), the one being edited
 * with its form (GuildCard) below its row. A server's state is what the running bot found there.
 */
import type { BotStatus } from '../../../../shared/bot-types';
import { useTranslator } from '../../i18n/I18n';
import type { FormCtx } from '../fields';
import { guildRowState } from '../item-states';
import { ItemList } from '../ItemList';
import { getAt } from '../schema-walk';
import { GuildCard } from './GuildCard';

type Guild = Record<string, unknown>;

const idOf = (g: Guild): string => (typeof g.id === 'string' ? g.id : '');

export function GuildList({
  ctx,
  bot,
  path = ['discord', 'guilds'],
}: {
  ctx: FormCtx;
  bot: BotStatus | undefined;
  /** The first bot's servers, or a further bot's (`discord.bots.N.guilds`). */
  path?: (string | number)[];
}) {
  const guilds = (getAt(ctx.draft, path) as Guild[] | undefined) ?? [];
  const savedIds = new Set(((getAt(ctx.saved, path) as Guild[] | undefined) ?? []).map(idOf));
  const statusOf = (g: Guild) => bot?.guilds.find((s) => s.id === idOf(g));
  const words = useTranslator();
  return (
    <ItemList<Guild>
      base={path.join('.')}
      label={words.t('editors.guild.list')}
      items={guilds}
      empty={words.t('editors.guild.empty')}
      name={(g) => statusOf(g)?.name ?? (idOf(g) || words.t('editors.guild.new'))}
      type={(g) =>
        typeof g.channel === 'string'
          ? words.t('editors.guild.postsTo', { channel: g.channel })
          : words.t('editors.guild.noPosts')
      }
      state={(g) => guildRowState(statusOf(g), savedIds.has(idOf(g)), bot !== undefined && bot.state !== 'off', words)}
      form={(g, i) => <GuildCard index={i} ctx={ctx} status={statusOf(g)} list={path} />}
      onRemove={(i) =>
        ctx.set(
          path,
          guilds.filter((_, k) => k !== i),
        )
      }
      onAdd={(g) => ctx.set(path, [...guilds, g])}
      adder={(add) => (
        <button type="button" onClick={() => add({ id: '', channel: null })}>
          {words.t('editors.guild.add')}
        </button>
      )}
    />
  );
}
