/** The web dashboard's first-run steps, each a part of the settings draft (web-steps.ts). */
import { ChannelsEditor } from '../settings/ChannelsEditor';
import { DdnsEditor } from '../settings/ddns/DdnsEditor';
import { FieldRow } from '../settings/FieldRow';
import type { FormCtx } from '../settings/fields';
import { SecretInput } from '../settings/SecretInput';
import { type DiscordChoice, families, withFamilies } from './web-steps';

export function WatchStep({ ctx, problem }: { ctx: FormCtx; problem: string | null }) {
  const f = families(ctx.draft as Record<string, unknown>);
  const set = (next: typeof f) =>
    ctx.set(['monitor'], withFamilies(ctx.draft as Record<string, unknown>, next).monitor);
  return (
    <>
      <p>IPWatch asks several services for this machine&apos;s public addresses and records every change.</p>
      <fieldset aria-describedby={problem ? 'watch-problem' : undefined}>
        <legend>Addresses to watch</legend>
        <label className="block">
          <input type="checkbox" checked={f.ipv4} onChange={(e) => set({ ...f, ipv4: e.target.checked })} /> IPv4
          address
        </label>
        <label className="block">
          <input type="checkbox" checked={f.ipv6} onChange={(e) => set({ ...f, ipv6: e.target.checked })} /> IPv6
          address
        </label>
        <p className="muted small">
          Leave IPv6 on only if your line has it: a family without an address is reported as such.
        </p>
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
  return (
    <>
      <p>
        Where should IPWatch tell you that an address changed? Add a channel, fill in its fields and send a test to see
        that it arrives. On a server without a desktop session the desktop channel starts switched off: add one that
        reaches you.
      </p>
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
  return (
    <>
      <p>
        Optional. A Discord bot answers /ip, /status and the other commands in your server and posts each change to a
        channel. Create one in the Discord Developer Portal (New Application, then Bot, then Reset Token) and paste its
        token here; the Discord page then shows the link that invites it to your server.
      </p>
      <SecretInput
        label="Bot token"
        help="Discord shows it once, under Bot, Reset Token."
        error={errors.get('discord.token')}
        value={choice.token}
        stored={stored}
        cleared={null}
        onChange={(token) => onChange({ ...choice, token })}
      />
      <FieldRow
        label="Server ID"
        help="In Discord, with Developer Mode on (Settings, Advanced): right-click the server, Copy Server ID."
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
        label="Channel ID for change posts"
        help="Right-click the text channel, Copy Channel ID. Leave empty to use the commands only."
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
  return (
    <>
      <p>
        Optional. Keep a host name pointing here: each time the address changes, IPWatch updates the record at your DNS
        provider and checks that every authoritative server answers the new address. Add a record, fill in its fields
        and test it; or go on without one (Settings, Dynamic DNS, later).
      </p>
      <DdnsEditor ctx={ctx} />
    </>
  );
}
