/**
 * The further bots (docs/discord-bot.md "Several bots") as one-line rows (label, state, Edit,
 * Remove), the one being edited with its form below its row: its id and label, its token
 * (write-only, as the first bot's), where its commands are registered, its servers (the same
 * server form as the first bot's) and its rate limits. Labels and help are the schema's
 * (shared/settings/discord.ts); at most MAX_BOTS bots in all, which the list's Add respects.
 */
import type { NamedBotStatus } from '../../../../shared/bot-types';
import { extraBotSchema, MAX_BOTS } from '../../../../shared/settings/discord';
import { useTranslator } from '../../i18n/I18n';
import { botStateWords, BOT_TONE } from '../../pages/bot-view';
import { type FormCtx, LeafField } from '../fields';
import type { ItemState } from '../item-states';
import { ItemList } from '../ItemList';
import { optionSchema } from '../options/option-schema';
import { getAt } from '../schema-walk';
import { BotTokenInput, RateLimitFields } from './bot-fields';
import { GuildList } from './GuildList';

type Bot = Record<string, unknown>;

const idOf = (b: Bot): string => (typeof b.id === 'string' ? b.id : '');

/** One bot's form: id, label, token, registration, servers, rate limits. */
function BotForm({ ctx, index, status }: { ctx: FormCtx; index: number; status: NamedBotStatus | undefined }) {
  const words = useTranslator();
  const base = ['discord', 'bots', index];
  const field = (k: 'id' | 'name' | 'registration') => (
    <LeafField key={k} schema={optionSchema(extraBotSchema, [k])!} path={[...base, k]} ctx={ctx} />
  );
  return (
    <fieldset>
      <legend>{words.t('editors.bots.legend', { name: idOf(getAt(ctx.draft, base) as Bot) || index + 2 })}</legend>
      {field('id')}
      {field('name')}
      <BotTokenInput ctx={ctx} schema={extraBotSchema} base={base} />
      {field('registration')}
      <GuildList ctx={ctx} bot={status} path={[...base, 'guilds']} />
      <RateLimitFields ctx={ctx} schema={extraBotSchema} base={base} />
    </fieldset>
  );
}

export function BotList({ ctx, bots }: { ctx: FormCtx; bots: NamedBotStatus[] | undefined }) {
  const words = useTranslator();
  const path = ['discord', 'bots'];
  const list = (getAt(ctx.draft, path) as Bot[] | undefined) ?? [];
  const savedIds = new Set(((getAt(ctx.saved, path) as Bot[] | undefined) ?? []).map(idOf));
  const statusOf = (b: Bot) => (savedIds.has(idOf(b)) ? bots?.find((s) => s.id === idOf(b)) : undefined);
  const state = (b: Bot): ItemState => {
    const s = statusOf(b);
    if (!s) return { word: words.t('settings.state.notSaved'), tone: 'neutral' };
    return { word: botStateWords(s.state, words), tone: BOT_TONE[s.state], error: s.lastError?.message ?? null };
  };
  return (
    <ItemList<Bot>
      base="discord.bots"
      label={words.t('editors.bots.list')}
      items={list}
      empty={words.t('editors.bots.empty')}
      name={(b) => (typeof b.name === 'string' && b.name) || idOf(b) || words.t('editors.bots.new')}
      type={(b) => statusOf(b)?.user ?? words.t('editors.bots.notConnected')}
      state={state}
      form={(b, i) => <BotForm ctx={ctx} index={i} status={statusOf(b)} />}
      onRemove={(i) =>
        ctx.set(
          path,
          list.filter((_, k) => k !== i),
        )
      }
      onAdd={(b) => ctx.set(path, [...list, b])}
      adder={(add) =>
        list.length >= MAX_BOTS - 1 ? (
          <p className="muted small">{words.t('editors.bots.full', { max: MAX_BOTS })}</p>
        ) : (
          <button type="button" onClick={() => add({ id: `bot-${list.length + 2}`, token: null, guilds: [] })}>
            {words.t('editors.bots.add')}
          </button>
        )
      }
    />
  );
}
