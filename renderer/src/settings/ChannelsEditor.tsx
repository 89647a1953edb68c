/**
 * Notification channels: the common fields from the schema, the type's own options as they are
 * stored (each channel checks its own), secrets shown only as set or not set, and "Send test".
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { channelSettingsSchema } from '../../../shared/notify-settings';
import { CHANNEL_TYPES, NOTIFY_EVENTS } from '../../../shared/notify-types';
import { useEngine } from '../api/engine';
import { type FormCtx, FieldRow, LeafField, SecretField } from './fields';
import { fieldSchema, getAt, isSecretMarker, labelOf, type Path, pathKey } from './schema-walk';

type Channel = Record<string, unknown> & { id: string; type: string };
const COMMON = ['id', 'type', 'enabled', 'events', 'mask'];

function OptionField({ path, ctx, name }: { path: Path; ctx: FormCtx; name: string }) {
  const value = getAt(ctx.draft, path);
  const error = ctx.errors.get(pathKey(path));
  if (isSecretMarker(value)) return <SecretField path={path} ctx={ctx} name={labelOf(name)} />;
  return (
    <FieldRow label={labelOf(name)} error={error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          value={typeof value === 'string' ? value : JSON.stringify(value)}
          onChange={(e) => {
            // Options that are not text (numbers, lists) are edited as JSON.
            let next: unknown = e.target.value;
            if (typeof value !== 'string')
              try {
                next = JSON.parse(e.target.value);
              } catch {
                next = e.target.value;
              }
            ctx.set(path, next);
          }}
        />
      )}
    </FieldRow>
  );
}

function SendTest({ id, saved }: { id: string; saved: boolean }) {
  const { client } = useEngine();
  const test = useMutation({ mutationFn: () => client.testChannel({ channelId: id }) });
  return (
    <div className="controls">
      <button type="button" disabled={!saved || test.isPending} onClick={() => test.mutate()}>
        {test.isPending ? 'Sending…' : 'Send test'}
      </button>
      <span role="status" className="small">
        {!saved && 'Save first to test this channel.'}
        {test.data && (test.data.ok ? `Sent in ${test.data.ms} ms` : `Failed: ${test.data.error}`)}
        {test.error && `Failed: ${test.error.message}`}
      </span>
    </div>
  );
}

function ChannelFields({ index, ctx, savedIds }: { index: number; ctx: FormCtx; savedIds: Set<string> }) {
  const path: Path = ['notifications', 'channels', index];
  const ch = getAt(ctx.draft, path) as Channel;
  const [newKey, setNewKey] = useState('');
  const events = (ch.events as string[] | undefined) ?? [...NOTIFY_EVENTS];
  const eventsError = [...ctx.errors].find(([k]) => k.startsWith(pathKey([...path, 'events'])))?.[1];
  return (
    <fieldset className="item">
      <legend>Channel {ch.id || index + 1}</legend>
      <LeafField schema={fieldSchema(channelSettingsSchema, 'id')!} path={[...path, 'id']} ctx={ctx} label="Id" />
      <FieldRow label="Type" error={ctx.errors.get(pathKey([...path, 'type']))}>
        {({ id }) => (
          <select id={id} value={ch.type} onChange={(e) => ctx.set([...path, 'type'], e.target.value)}>
            {CHANNEL_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        )}
      </FieldRow>
      <LeafField
        schema={fieldSchema(channelSettingsSchema, 'enabled')!}
        path={[...path, 'enabled']}
        ctx={ctx}
        label="Enabled"
      />
      <LeafField
        schema={fieldSchema(channelSettingsSchema, 'mask')!}
        path={[...path, 'mask']}
        ctx={ctx}
        label="Address masking"
      />
      <fieldset>
        <legend>Events</legend>
        {NOTIFY_EVENTS.map((e) => (
          <label key={e} className="inline">
            <input
              type="checkbox"
              checked={events.includes(e)}
              onChange={(x) =>
                ctx.set([...path, 'events'], x.target.checked ? [...events, e] : events.filter((y) => y !== e))
              }
            />{' '}
            {e}
          </label>
        ))}
        {eventsError && <p className="field-error">{eventsError}</p>}
      </fieldset>
      {Object.keys(ch)
        .filter((k) => !COMMON.includes(k))
        .map((k) => (
          <OptionField key={k} path={[...path, k]} ctx={ctx} name={k} />
        ))}
      <div className="controls">
        <label>
          New option name <input value={newKey} onChange={(e) => setNewKey(e.target.value.trim())} />
        </label>
        <button
          type="button"
          disabled={!newKey || newKey in ch}
          onClick={() => {
            ctx.set([...path, newKey], '');
            setNewKey('');
          }}
        >
          Add option
        </button>
      </div>
      <SendTest id={ch.id} saved={savedIds.has(ch.id)} />
      <button
        type="button"
        className="secondary"
        onClick={() =>
          ctx.set(
            ['notifications', 'channels'],
            (getAt(ctx.draft, ['notifications', 'channels']) as Channel[]).filter((_, i) => i !== index),
          )
        }
      >
        Remove channel {ch.id || index + 1}
      </button>
    </fieldset>
  );
}

export function ChannelsEditor({ ctx, savedIds }: { ctx: FormCtx; savedIds: Set<string> }) {
  const channels = (getAt(ctx.draft, ['notifications', 'channels']) as Channel[] | undefined) ?? [];
  return (
    <>
      {channels.length === 0 && <p className="muted">No channels: nothing is sent.</p>}
      {channels.map((_, i) => (
        <ChannelFields key={i} index={i} ctx={ctx} savedIds={savedIds} />
      ))}
      <button
        type="button"
        onClick={() =>
          ctx.set(['notifications', 'channels'], [...channels, { id: '', type: 'webhook', enabled: true, url: '' }])
        }
      >
        Add a channel
      </button>
    </>
  );
}
