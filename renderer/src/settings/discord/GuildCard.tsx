/**
 * One Discord server's form, open below its row: the server (guild) the bot serves, its id, the channel its posts go to and which
 * events, how addresses show there, and who may read or administer. Labels and help are the
 * settings schema's (shared/settings/discord.ts); what the bot found there is beside them.
 */
import type { BotGuildStatus } from '../../../../shared/bot-types';
import type { Translator } from '../../../../shared/i18n/translator';
import type { NotifyEvent } from '../../../../shared/notify-types';
import { guildSchema } from '../../../../shared/settings/discord';
import { useTranslator } from '../../i18n/I18n';
import { EventPicker } from '../channels/EventPicker';
import { MaskSelect } from '../channels/MaskSelect';
import { FieldRow } from '../FieldRow';
import { type FormCtx, LeafField } from '../fields';
import { Disclosure } from '../options/Disclosure';
import { optionDefault, optionMeta, optionSchema } from '../options/option-schema';
import { errorWithin, getAt, type Path, pathKey } from '../schema-walk';

/** What the bot knows of the server: joined (and its name), not yet, or what stops its posts. */
function GuildState({ status }: { status: BotGuildStatus | undefined }) {
  const words = useTranslator();
  if (!status) return null;
  return (
    <p className="small" role="status">
      {status.name ? words.t('editors.guild.in', { name: status.name }) : words.t('editors.guild.notIn')}
      {status.problem && <span className="error-text"> {status.problem}</span>}
    </p>
  );
}

/** "2 roles, 1 member" as listed, or null when none is. */
function peopleLine(v: unknown, words: Translator): string | null {
  const p = (v ?? {}) as { roles?: unknown[]; users?: unknown[] };
  const roles = p.roles?.length ?? 0;
  const users = p.users?.length ?? 0;
  if (roles + users === 0) return null;
  const rolesLine = words.t('editors.guild.roles', { count: roles });
  const membersLine = words.t('editors.guild.members', { count: users });
  if (users === 0) return rolesLine;
  if (roles === 0) return membersLine;
  return words.t('editors.guild.rolesAndMembers', { roles: rolesLine, members: membersLine });
}

/** Who may use the commands and who may administer, for the fold's summary. */
function whoLine(guild: Record<string, unknown>, words: Translator): string {
  const admins = peopleLine(guild.admin, words);
  return words.t('editors.guild.who', {
    read: peopleLine(guild.read, words) ?? words.t('editors.guild.everyMember'),
    admin: admins ? words.t('editors.guild.adminListed', { people: admins }) : words.t('editors.guild.adminDefault'),
  });
}

function People({ ctx, base, which }: { ctx: FormCtx; base: Path; which: 'read' | 'admin' }) {
  const meta = optionMeta(guildSchema, [which], useTranslator());
  return (
    <fieldset>
      <legend>{meta.label}</legend>
      {meta.help && <p className="muted small help">{meta.help}</p>}
      {(['roles', 'users'] as const).map((k) => (
        <LeafField key={k} schema={optionSchema(guildSchema, [which, k])!} path={[...base, which, k]} ctx={ctx} />
      ))}
    </fieldset>
  );
}

export function GuildCard({
  index,
  ctx,
  status,
  list = ['discord', 'guilds'],
}: {
  index: number;
  ctx: FormCtx;
  status: BotGuildStatus | undefined;
  /** Where the server list is: the first bot's, or a further bot's (`discord.bots.N.guilds`). */
  list?: Path;
}) {
  const base: Path = [...list, index];
  const guild = (getAt(ctx.draft, base) ?? {}) as Record<string, unknown>;
  const at = (k: string) => ctx.errors.get(pathKey([...base, k]));
  const id = typeof guild.id === 'string' ? guild.id : '';
  const words = useTranslator();
  const idMeta = optionMeta(guildSchema, ['id'], words);
  const channelMeta = optionMeta(guildSchema, ['channel'], words);
  const eventsMeta = optionMeta(guildSchema, ['events'], words);
  const maskMeta = optionMeta(guildSchema, ['mask'], words);
  const events = (guild.events ?? optionDefault(guildSchema, ['events'])) as NotifyEvent[];
  return (
    <fieldset className="item guild-card">
      <legend>{words.t('editors.guild.legend', { name: status?.name ?? (id || index + 1) })}</legend>
      <GuildState status={status} />
      <div className="grid two">
        <FieldRow label={idMeta.label} help={idMeta.help} error={at('id')} path={pathKey([...base, 'id'])} required>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              spellCheck={false}
              placeholder="123456789012345678"
              value={id}
              onChange={(e) => ctx.set([...base, 'id'], e.target.value.trim())}
            />
          )}
        </FieldRow>
        <FieldRow
          label={channelMeta.label}
          help={channelMeta.help}
          error={at('channel')}
          path={pathKey([...base, 'channel'])}
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              spellCheck={false}
              placeholder="234567890123456789"
              value={typeof guild.channel === 'string' ? guild.channel : ''}
              onChange={(e) => ctx.set([...base, 'channel'], e.target.value.trim() || null)}
            />
          )}
        </FieldRow>
      </div>
      <EventPicker
        legend={eventsMeta.label}
        help={eventsMeta.help}
        value={events}
        error={errorWithin(ctx.errors, [...base, 'events'])}
        onChange={(next) => ctx.set([...base, 'events'], next)}
      />
      <MaskSelect
        label={maskMeta.label}
        help={maskMeta.help}
        value={guild.mask}
        error={at('mask')}
        onChange={(m) => ctx.set([...base, 'mask'], m)}
      />
      <Disclosure
        summary={whoLine(guild, words)}
        mustOpen={Boolean(errorWithin(ctx.errors, [...base, 'read']) ?? errorWithin(ctx.errors, [...base, 'admin']))}
      >
        <People ctx={ctx} base={base} which="read" />
        <People ctx={ctx} base={base} which="admin" />
      </Disclosure>
    </fieldset>
  );
}
