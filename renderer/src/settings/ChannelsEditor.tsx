/**
 * Notification channels as one-line rows (name, type, state, Test, Edit, Remove), the one being
 * edited with its type's own form (channels/) below its row; a new channel of any type, and one
 * "Add Discord" choice between a webhook and the bot. Secrets show only as set or not set; a
 * test works before saving.
 */
import { useState } from 'react';

import type { Translator } from '../../../shared/i18n/translator';
import { CHANNEL_TYPES, type ChannelType } from '../../../shared/notify-types';
import { sayReason } from '../../../shared/words/reason';
import { useStatus } from '../api/queries';
import { useTranslator } from '../i18n/I18n';
import { AddDiscord } from './channels/AddDiscord';
import { ChannelCard, type ChannelDraft } from './channels/ChannelCard';
import { channelTypeLabel } from './channels/forms';
import { isChannelType, optionErrors } from './channels/schema';
import { TestButton } from './channels/TestButton';
import type { FormCtx } from './fields';
import { channelRowState } from './item-states';
import { ItemList } from './ItemList';
import { errorWithin, getAt } from './schema-walk';
import { settingsHash } from './section-pages';

/** The type's name as an id, numbered when it is taken: `gotify`, `gotify-2`... */
export function freshId(type: string, taken: readonly string[]): string {
  if (!taken.includes(type)) return type;
  let n = 2;
  while (taken.includes(`${type}-${n}`)) n++;
  return `${type}-${n}`;
}

/** Discord is added through its own choice (a webhook or the bot), not the list of types. */
const LISTED_TYPES = CHANNEL_TYPES.filter((t) => t !== 'discord-webhook' && t !== 'discord-bot');

/**
 * The types offered for a new channel, the first being the one chosen until the user picks:
 * where this machine cannot show desktop notifications (`noDesktop`, the engine's reason), the
 * desktop type comes last, marked "not here" (the editor says why under it), so it is never the one
 * a click adds. Pure.
 */
export function offeredTypes(noDesktop: string | undefined, words: Translator): { type: ChannelType; label: string }[] {
  const all = LISTED_TYPES.map((t) => ({ type: t, label: channelTypeLabel(t, words) }));
  if (!noDesktop) return all;
  const desktop = all.find((o) => o.type === 'desktop')!;
  // The reason is said under the choice, not in it, so no choice is cut off on a phone.
  return [
    ...all.filter((o) => o !== desktop),
    { type: 'desktop', label: words.t('settings.channels.notHere', { label: desktop.label }) },
  ];
}

/** Settings' page for the bot. */
function goToBot(): void {
  window.location.hash = settingsHash('discord');
}

export function ChannelsEditor({
  ctx,
  savedIds,
  showErrors = false,
  onDiscordBot = goToBot,
}: {
  ctx: FormCtx;
  savedIds: Set<string>;
  /** A save was refused: rows with a field to fix say so, and their forms show every message. */
  showErrors?: boolean;
  /** Where "The bot: commands too" leads (the Discord bot section unless told otherwise). */
  onDiscordBot?: () => void;
}) {
  const path = ['notifications', 'channels'];
  const channels = (getAt(ctx.draft, path) as ChannelDraft[] | undefined) ?? [];
  const status = useStatus().data;
  const words = useTranslator();
  const nameOf = (c: ChannelDraft) => c.id || words.t('settings.channels.new');
  const offered = offeredTypes(status?.desktopUnavailable, words);
  const [picked, setType] = useState<ChannelType | null>(null);
  const type = picked ?? offered[0]!.type;
  // The row whose test was asked for with fields to fix: its form opens with every message shown.
  const [revealAt, setRevealAt] = useState<number | null>(null);
  // Every message: after a refused save (not for a channel added since), or a test asked for with fields to fix.
  const revealed = (i: number, fresh: boolean) => (showErrors && !fresh) || revealAt === i;
  // Until the status is read, a row says nothing of its state rather than something untrue.
  const statuses = status?.notifications;
  const blocked = (c: ChannelDraft, i: number) =>
    optionErrors(c).size > 0 || Boolean(errorWithin(ctx.errors, [...path, i]));
  const newChannel = (t: ChannelType): ChannelDraft => ({
    id: freshId(
      t,
      channels.map((c) => c.id),
    ),
    type: t,
    enabled: true,
  });
  return (
    <ItemList<ChannelDraft>
      base="notifications.channels"
      label={words.t('settings.section.channels')}
      items={channels}
      empty={words.t('settings.channels.none')}
      name={nameOf}
      type={(c) =>
        isChannelType(c.type)
          ? channelTypeLabel(c.type, words)
          : words.t('settings.channels.unknownType', { type: c.type })
      }
      state={(c) =>
        statuses
          ? channelRowState(
              statuses.find((s) => s.id === c.id),
              savedIds.has(c.id),
              c.enabled !== false,
              words,
            )
          : null
      }
      flag={(_, i, fresh) =>
        showErrors && !fresh && errorWithin(ctx.errors, [...path, i]) ? words.t('settings.items.needsFixing') : null
      }
      test={(c, i, open) => (
        <TestButton
          channel={c}
          label={words.t('settings.channels.test')}
          name={nameOf(c)}
          blocked={blocked(c, i) ? words.t('settings.channels.fixToTest') : null}
          onBlocked={() => {
            setRevealAt(i);
            open();
          }}
        />
      )}
      form={(c, i, fresh) => (
        <ChannelCard index={i} ctx={ctx} isNew={!savedIds.has(c.id)} reveal={revealed(i, fresh)} />
      )}
      onRemove={(i) => {
        setRevealAt(null);
        ctx.set(
          path,
          channels.filter((_, j) => j !== i),
        );
      }}
      onAdd={(c) => ctx.set(path, [...channels, c])}
      adder={(add) => (
        <AddChannel
          offered={offered}
          type={type}
          setType={setType}
          noDesktop={
            status?.desktopUnavailable && sayReason(status.desktopUnavailableReason, status.desktopUnavailable, words)
          }
          add={(t) => add(newChannel(t))}
          onDiscordBot={onDiscordBot}
        />
      )}
    />
  );
}

/** The controls that add a channel: its type and Add, why desktop notices cannot show here, and Discord's own choice. */
function AddChannel(p: {
  offered: { type: ChannelType; label: string }[];
  type: ChannelType;
  setType: (t: ChannelType) => void;
  noDesktop: string | undefined;
  add: (t: ChannelType) => void;
  onDiscordBot: () => void;
}) {
  const words = useTranslator();
  return (
    <>
      <div className="controls add-channel">
        <label>
          {words.t('settings.channels.newType')}
          <select value={p.type} onChange={(e) => p.setType(e.target.value as ChannelType)}>
            {p.offered.map((o) => (
              <option key={o.type} value={o.type}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => p.add(p.type)}>
          {words.t('settings.channels.add')}
        </button>
      </div>
      {p.noDesktop && <p className="small muted">{words.t('settings.channels.noDesktop', { reason: p.noDesktop })}</p>}
      <AddDiscord onWebhook={() => p.add('discord-webhook')} onBot={p.onDiscordBot} />
    </>
  );
}
