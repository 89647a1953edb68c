/**
 * Notification channels: one card per channel with its type's own form (channels/), and a new
 * channel of any type. Secrets show only as set or not set; "Send a test" works before saving.
 */
import { useRef, useState } from 'react';

import { CHANNEL_TYPES, type ChannelType } from '../../../shared/notify-types';
import { ChannelCard, type ChannelDraft } from './channels/ChannelCard';
import { CHANNEL_FORMS } from './channels/forms';
import type { FormCtx } from './fields';
import { getAt } from './schema-walk';

/** The type's name as an id, numbered when it is taken: `gotify`, `gotify-2`... */
export function freshId(type: string, taken: readonly string[]): string {
  if (!taken.includes(type)) return type;
  let n = 2;
  while (taken.includes(`${type}-${n}`)) n++;
  return `${type}-${n}`;
}

export function ChannelsEditor({ ctx, savedIds }: { ctx: FormCtx; savedIds: Set<string> }) {
  const path = ['notifications', 'channels'];
  const channels = (getAt(ctx.draft, path) as ChannelDraft[] | undefined) ?? [];
  const [type, setType] = useState<ChannelType>('discord-webhook');
  // Cards keep what they hold (fields touched, the stored secret) across a removal above them.
  const keys = useRef<{ next: number; list: number[] }>({ next: 0, list: [] });
  const k = keys.current;
  while (k.list.length < channels.length) k.list.push(k.next++);
  if (k.list.length > channels.length) k.list.length = channels.length;
  return (
    <>
      {channels.length === 0 && <p className="muted">No channels: nothing is sent.</p>}
      {channels.map((c, i) => (
        <ChannelCard
          key={k.list[i]}
          index={i}
          ctx={ctx}
          isNew={!savedIds.has(c.id)}
          onRemove={() => {
            k.list.splice(i, 1);
            ctx.set(
              path,
              channels.filter((_, j) => j !== i),
            );
          }}
        />
      ))}
      <div className="controls add-channel">
        <label>
          Type of the new channel
          <select value={type} onChange={(e) => setType(e.target.value as ChannelType)}>
            {CHANNEL_TYPES.map((t) => (
              <option key={t} value={t}>
                {CHANNEL_FORMS[t].label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            ctx.set(path, [
              ...channels,
              {
                id: freshId(
                  type,
                  channels.map((c) => c.id),
                ),
                type,
                enabled: true,
              },
            ])
          }
        >
          Add a channel
        </button>
      </div>
    </>
  );
}
