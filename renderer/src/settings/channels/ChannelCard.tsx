/**
 * One notification channel's form, open below its row: its type, name and switch, the type's own
 * form (Uptime Kuma's per-provider forms are the model) with its rarely needed options folded,
 * its events and masking, and "Send a test". The type's
 * schema checks the options as they are typed; its messages show beside each field.
 */
import { useMemo, useState } from 'react';

import type { Translator } from '../../../../shared/i18n/translator';
import { CHANNEL_TYPES, MASK_MODES, type MaskMode, NOTIFY_EVENTS } from '../../../../shared/notify-types';
import { CHANNEL_OPTIONS, channelOptions } from '../../../../shared/settings/channel-options';
import { useTranslator } from '../../i18n/I18n';
import { CheckRow, FieldRow, ShowErrors } from '../FieldRow';
import type { FormCtx } from '../fields';
import { withWords } from '../items/kinds';
import { Disclosure } from '../options/Disclosure';
import { optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import type { OptionSpec } from '../options/spec';
import { getAt, type Path, pathKey, setAt } from '../schema-walk';
import { EventPicker } from './EventPicker';
import { CHANNEL_FORMS, channelTypeBlurb, channelTypeLabel } from './forms';
import { MaskSelect } from './MaskSelect';
import { isChannelType, optionErrors } from './schema';
import { MASK_MESSAGES } from './spec';
import { TestButton } from './TestButton';

export type ChannelDraft = Record<string, unknown> & { id: string; type: string };

const COMMON = ['id', 'type', 'enabled', 'events', 'mask'] as const;

const maskOf = (v: unknown): MaskMode => ((MASK_MODES as readonly unknown[]).includes(v) ? (v as MaskMode) : 'none');

/** "every event", "2 of 8 events", "no events". */
export const eventsLine = (events: readonly string[], words: Translator): string =>
  events.length === NOTIFY_EVENTS.length
    ? words.t('editors.channel.eventsAll')
    : events.length === 0
      ? words.t('editors.channel.eventsNone')
      : words.t('editors.channel.eventsSome', { count: events.length, total: NOTIFY_EVENTS.length });

/** The channel with one option set; a group (email's auth) left with nothing in it goes too. */
function withOption(channel: ChannelDraft, path: string[], value: unknown): ChannelDraft {
  let next = setAt(channel, path, value);
  for (let i = path.length - 1; i > 0; i--) {
    const group = getAt(next, path.slice(0, i));
    if (typeof group === 'object' && group !== null && Object.values(group).every((v) => v === undefined))
      next = setAt(next, path.slice(0, i), undefined);
  }
  return next;
}

/** The channel's type (another type keeps only the common fields) and its name. */
function ChannelHead({
  ctx,
  base,
  channel,
  onTypeChange,
}: {
  ctx: FormCtx;
  base: Path;
  channel: ChannelDraft;
  onTypeChange: () => void;
}) {
  const common = (key: (typeof COMMON)[number]) => ctx.errors.get(pathKey([...base, key]));
  const known = isChannelType(channel.type);
  const words = useTranslator();
  return (
    <div className="grid two">
      <FieldRow label={words.t('editors.channel.type')} error={common('type')}>
        {(control) => (
          <select
            {...control}
            value={channel.type}
            onChange={(e) => {
              // Another type has other options: only the common fields stay.
              const kept = Object.fromEntries(COMMON.filter((k) => k in channel).map((k) => [k, channel[k]]));
              ctx.set(base, { ...kept, type: e.target.value });
              onTypeChange();
            }}
          >
            {!known && <option value={channel.type}>{words.t('editors.unknownKind', { kind: channel.type })}</option>}
            {CHANNEL_TYPES.map((t) => (
              <option key={t} value={t}>
                {channelTypeLabel(t, words)}
              </option>
            ))}
          </select>
        )}
      </FieldRow>
      <FieldRow
        label={words.t('editors.channel.name')}
        required
        help={words.t('editors.channel.nameHelp')}
        error={common('id')}
      >
        {(control) => (
          <input
            {...control}
            spellCheck={false}
            value={channel.id}
            onChange={(e) => ctx.set([...base, 'id'], e.target.value)}
          />
        )}
      </FieldRow>
    </div>
  );
}

/** The events a channel gets and how addresses show there, folded under one line that says both. */
function WhatItGets({ ctx, base, channel }: { ctx: FormCtx; base: Path; channel: ChannelDraft }) {
  const words = useTranslator();
  const common = (key: (typeof COMMON)[number]) => ctx.errors.get(pathKey([...base, key]));
  const events = (channel.events as string[] | undefined) ?? [...NOTIFY_EVENTS];
  return (
    <Disclosure
      summary={words.t('editors.channel.gets', {
        events: eventsLine(events, words),
        mask: words.t(MASK_MESSAGES[maskOf(channel.mask)].inline),
      })}
      mustOpen={Boolean(common('events') ?? common('mask'))}
    >
      <EventPicker
        legend={words.t('editors.channel.eventsSent')}
        value={events}
        error={common('events')}
        onChange={(next) => ctx.set([...base, 'events'], next)}
      />
      <MaskSelect value={channel.mask} error={common('mask')} onChange={(m) => ctx.set([...base, 'mask'], m)} />
    </Disclosure>
  );
}

export function ChannelCard({
  index,
  ctx,
  isNew,
  reveal = false,
}: {
  index: number;
  ctx: FormCtx;
  isNew: boolean;
  /** Show every field's message at once (a test was asked for, or a save refused). */
  reveal?: boolean;
}) {
  const base: Path = ['notifications', 'channels', index];
  const words = useTranslator();
  const channel = getAt(ctx.draft, base) as ChannelDraft;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [revealed, setRevealed] = useState(!isNew);
  const type = isChannelType(channel.type) ? channel.type : null;
  const form = type ? CHANNEL_FORMS[type] : null;
  const options = channelOptions(channel);
  // Matched by id, as the engine keeps secrets: a removal above does not shift them.
  const savedList = getAt(ctx.saved, ['notifications', 'channels']);
  const saved = Array.isArray(savedList) ? (savedList as ChannelDraft[]).find((c) => c.id === channel.id) : undefined;
  const own = useMemo(() => optionErrors(channel), [channel]);
  // An option's message from the form (the engine's refusal of a save, a stored secret that may not
  // follow a new address) is shown at once; the channel's own check waits for a touch.
  const shown = (key: string) =>
    ctx.errors.get(pathKey([...base, ...key.split('.')])) ??
    (revealed || reveal || touched.has(key) ? own.get(key) : undefined);
  const commonErrors = [...ctx.errors.keys()].some((k) => k.startsWith(`${pathKey(base)}.`));
  const setOption = (path: string[], value: unknown) => {
    setTouched((t) => new Set(t).add(path.join('.')));
    ctx.set(base, withOption(channel, path, value));
  };
  const title = words.t('editors.channel.title', {
    type: type ? channelTypeLabel(type, words) : channel.type,
    name: channel.id || words.t('editors.channel.newName'),
  });
  const input = (spec: OptionSpec) =>
    type && (
      <OptionInput
        key={spec.path.join('.')}
        schema={CHANNEL_OPTIONS[type]}
        spec={withWords(spec, form?.said?.[spec.path.join('.')], words)}
        value={getAt(channel, spec.path)}
        stored={getAt(saved, spec.path)}
        error={shown(spec.path.join('.'))}
        path={pathKey([...base, ...spec.path])}
        required={optionRequired(CHANNEL_OPTIONS[type], spec.path, options)}
        onChange={(v) => setOption(spec.path, v)}
      />
    );
  const visible = (form?.fields ?? []).filter((spec) => !spec.shownWhen || spec.shownWhen(options));
  const isAdvanced = (spec: OptionSpec) => form?.advanced?.includes(spec.path.join('.')) ?? false;
  const main = visible.filter((spec) => !isAdvanced(spec));
  const advanced = visible.filter(isAdvanced);
  return (
    <fieldset className="item channel-card">
      <legend>{title}</legend>
      {/* A test asked for with fields to fix (or a saved channel) shows every message, touched or not. */}
      <ShowErrors value={revealed || reveal}>
        <ChannelHead ctx={ctx} base={base} channel={channel} onTypeChange={() => setTouched(new Set())} />
        {type && <p className="muted small">{channelTypeBlurb(type, words)}</p>}
        <CheckRow
          label={words.t('editors.channel.enabled')}
          help={channel.enabled === false ? words.t('editors.channel.enabledOff') : undefined}
          checked={channel.enabled !== false}
          onChange={(on) => ctx.set([...base, 'enabled'], on)}
        />
        {type && main.map(input)}
        {type && advanced.length > 0 && (
          <Disclosure
            summary={words.t('editors.moreOptions')}
            mustOpen={advanced.some((spec) => shown(spec.path.join('.')) !== undefined)}
          >
            {advanced.map(input)}
          </Disclosure>
        )}
        {own.get('') && <p className="field-error">{own.get('')}</p>}
        <WhatItGets ctx={ctx} base={base} channel={channel} />
        <TestButton
          channel={channel}
          blocked={own.size > 0 || commonErrors ? words.t('editors.channel.fixFirst') : null}
          onBlocked={() => setRevealed(true)}
        />
      </ShowErrors>
    </fieldset>
  );
}
