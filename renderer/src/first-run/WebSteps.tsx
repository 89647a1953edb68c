/** The web dashboard's first-run steps, each a part of the settings draft (web-steps.ts). */
import { useTranslator } from '../i18n/I18n';
import { ChannelsEditor } from '../settings/ChannelsEditor';
import { DdnsEditor } from '../settings/ddns/DdnsEditor';
import { FieldRow } from '../settings/FieldRow';
import type { FormCtx } from '../settings/fields';
import { SecretInput } from '../settings/SecretInput';
import { type DiscordChoice, families, withFamilies } from './web-steps';

export function WatchStep({ ctx, problem }: { ctx: FormCtx; problem: string | null }) {
  const f = families(ctx.draft as Record<string, unknown>);
  const { t } = useTranslator();
  const set = (next: typeof f) =>
    ctx.set(['monitor'], withFamilies(ctx.draft as Record<string, unknown>, next).monitor);
  return (
    <>
      <p>{t('web.firstRun.watchIntro')}</p>
      <fieldset aria-describedby={problem ? 'watch-problem' : undefined}>
        <legend>{t('web.firstRun.addresses')}</legend>
        <label className="block">
          <input type="checkbox" checked={f.ipv4} onChange={(e) => set({ ...f, ipv4: e.target.checked })} />{' '}
          {t('web.firstRun.familyAddress', { family: 4 })}
        </label>
        <label className="block">
          <input type="checkbox" checked={f.ipv6} onChange={(e) => set({ ...f, ipv6: e.target.checked })} />{' '}
          {t('web.firstRun.familyAddress', { family: 6 })}
        </label>
        <p className="muted small">{t('web.firstRun.ipv6Note')}</p>
      </fieldset>
      {problem && (
        <p id="watch-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

export function NotifyStep({
  ctx,
  savedIds,
  onDiscordBot,
}: {
  ctx: FormCtx;
  savedIds: Set<string>;
  /** "Add Discord", then "The bot": the wizard's own Discord step. */
  onDiscordBot: () => void;
}) {
  const { t } = useTranslator();
  return (
    <>
      <p>{t('web.firstRun.notifyIntro')}</p>
      <ChannelsEditor ctx={ctx} savedIds={savedIds} onDiscordBot={onDiscordBot} />
    </>
  );
}

export function DiscordStep(props: {
  choice: DiscordChoice;
  /** The token as saved (a marker when set): what emptying the field goes back to. */
  stored: unknown;
  errors: Map<string, string>;
  onChange: (c: DiscordChoice) => void;
}) {
  const { choice, stored, errors, onChange } = props;
  const { t } = useTranslator();
  return (
    <>
      <p>{t('web.firstRun.discordIntro')}</p>
      <SecretInput
        label={t('web.firstRun.botToken')}
        help={t('web.firstRun.botTokenHelp')}
        error={errors.get('discord.token')}
        value={choice.token}
        stored={stored}
        cleared={null}
        onChange={(token) => onChange({ ...choice, token })}
      />
      <FieldRow
        label={t('web.firstRun.serverId')}
        help={t('web.firstRun.serverIdHelp')}
        error={errors.get('discord.guilds.0.id') ?? errors.get('discord.guilds')}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={choice.guildId}
            onChange={(e) => onChange({ ...choice, guildId: e.target.value })}
          />
        )}
      </FieldRow>
      <FieldRow
        label={t('web.firstRun.channelIdFull')}
        help={t('web.firstRun.channelIdHelp')}
        error={errors.get('discord.guilds.0.channel')}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            disabled={!choice.guildId.trim()}
            value={choice.channelId}
            onChange={(e) => onChange({ ...choice, channelId: e.target.value })}
          />
        )}
      </FieldRow>
    </>
  );
}

/** Optional: a host name kept pointing at this address (the Settings page's own DDNS rows and forms). */
export function DdnsStep({ ctx }: { ctx: FormCtx }) {
  const { t } = useTranslator();
  return (
    <>
      <p>{t('web.firstRun.ddnsIntro')}</p>
      <DdnsEditor ctx={ctx} />
    </>
  );
}
