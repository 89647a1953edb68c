/**
 * One option of a form (a channel's, a source's), edited as its spec says (text, number,
 * select, secret...), with the label, help, bounds, default and choices of `schema`, the
 * object schema it belongs to. An emptied field leaves the option out, so its default (or the
 * schema's "required") applies.
 */
import './forms.css';

import { useState } from 'react';
import type * as z from 'zod/v4/core';

import type { Translator } from '../../../../shared/i18n/translator';
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { newWebhookSecret } from '../../../../shared/settings/webhook-secret';
import { useTranslator } from '../../i18n/I18n';
import { CheckRow, type FieldControl, FieldRow } from '../FieldRow';
import { messageWords, unitOf } from '../issue-words';
import { fieldFacts, isSecretMarker } from '../schema-walk';
import { SecretInput } from '../SecretInput';
import { HeadersInput } from './HeadersInput';
import { optionBounds, optionChoices, optionDefault, optionMeta, optionSchema } from './option-schema';
import type { OptionSpec } from './spec';

export interface OptionProps {
  /** The object schema the option belongs to (a channel type's options, a source kind). */
  schema: z.$ZodType;
  spec: OptionSpec;
  value: unknown;
  /** The value as last saved, for a secret (emptying it again keeps that one). */
  stored?: unknown;
  error: string | undefined;
  required: boolean;
  onChange: (next: unknown) => void;
  /** The option's dotted path in the settings (`notifications.channels.3.url`), for error links. */
  path?: string | undefined;
}

/** Secrets the page can make up itself, by the option's schema: a webhook's signing secret. */
const GENERATORS = new Map<z.$ZodType, () => string>([
  [CHANNEL_OPTIONS.webhook.shape.secret, () => newWebhookSecret()],
]);

const listText = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : '');

function listValue(text: string): unknown {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length === 0 ? undefined : items.length === 1 ? items[0] : items;
}

/** A one-line box for an option typed as text (names, addresses, tokens): no spell check. */
function TextBox({
  common,
  placeholder,
  text,
  onText,
}: {
  common: FieldControl;
  placeholder: string | undefined;
  text: string;
  onText: (text: string) => void;
}) {
  return (
    <input
      {...common}
      type="text"
      spellCheck={false}
      placeholder={placeholder}
      value={text}
      onChange={(e) => onText(e.target.value)}
    />
  );
}

/** A comma-separated list, kept as typed (a trailing comma included) while it means the same value. */
function ListText({
  common,
  placeholder,
  value,
  onChange,
}: {
  common: FieldControl;
  placeholder: string | undefined;
  value: unknown;
  onChange: (next: unknown) => void;
}) {
  const [text, setText] = useState(() => listText(value));
  const shown = JSON.stringify(listValue(text)) === JSON.stringify(value) ? text : listText(value);
  return (
    <TextBox
      common={common}
      placeholder={placeholder}
      text={shown}
      onText={(t) => {
        setText(t);
        onChange(listValue(t));
      }}
    />
  );
}

/** A select over the schema's values; `unset` names the choice that leaves the option out. */
function ChoiceSelect({
  common,
  choices,
  unset,
  value,
  onChange,
}: {
  common: FieldControl;
  choices: [unknown, string][];
  unset: string | null;
  value: unknown;
  onChange: (next: unknown) => void;
}) {
  const all: [unknown, string][] = unset === null ? choices : [[undefined, unset], ...choices];
  return (
    <select
      {...common}
      value={String(all.findIndex(([v]) => v === value))}
      onChange={(e) => onChange(all[Number(e.target.value)]?.[0])}
    >
      {all.map(([, words], i) => (
        <option key={i} value={String(i)}>
          {words}
        </option>
      ))}
    </select>
  );
}

const numberValue = (text: string): unknown =>
  text.trim() === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text;

/** The form's message as a sentence about this option (its label, unit and value): "Enter a topic.". */
function optionWords(
  schema: z.$ZodType,
  spec: OptionSpec,
  value: unknown,
  error: string | undefined,
  words: Translator,
) {
  if (error === undefined) return undefined;
  const facts = fieldFacts(optionSchema(schema, spec.path), [], value, words);
  return messageWords(error, { ...facts, unit: facts.unit ?? unitOf(undefined, spec.path.at(-1)) }, words);
}

export function OptionInput({ schema, spec, value, stored, error: said, required, onChange, path }: OptionProps) {
  const words = useTranslator();
  const { label, help } = optionMeta(schema, spec.path, words);
  const error = optionWords(schema, spec, value, said, words);
  const fallback = optionDefault(schema, spec.path);
  // A value the page only knows as "set" (a URL with a token in it) is write-only, whatever the form says.
  if (spec.kind === 'secret' || isSecretMarker(value))
    return (
      <SecretInput
        label={label}
        help={help}
        error={error}
        required={required}
        placeholder={spec.placeholder}
        value={value}
        stored={stored}
        onChange={onChange}
        cleared={undefined}
        path={path}
        generate={GENERATORS.get(optionSchema(schema, spec.path)!)}
      />
    );
  if (spec.kind === 'checkbox')
    return (
      <CheckRow
        label={label}
        help={help}
        error={error}
        path={path}
        checked={(value ?? fallback) === true}
        onChange={(checked) => onChange(checked === fallback ? undefined : checked)}
      />
    );
  if (spec.kind === 'headers')
    return <HeadersInput label={label} help={help} error={error} value={value} onChange={onChange} />;
  const placeholder =
    spec.placeholder ?? (fallback !== undefined && typeof fallback !== 'object' ? String(fallback) : undefined);
  return (
    <FieldRow label={label} help={help} error={error} required={required} path={path}>
      {(common) => {
        if (spec.kind === 'select')
          return (
            <ChoiceSelect
              common={common}
              choices={optionChoices(schema, spec.path, words)}
              unset={fallback === undefined && !required ? (spec.unsetLabel ?? words.t('settings.field.notSet')) : null}
              value={value === undefined ? fallback : value}
              onChange={onChange}
            />
          );
        if (spec.kind === 'number') {
          const { min, max, int } = optionBounds(schema, spec.path);
          return (
            <input
              {...common}
              type="number"
              inputMode={int ? 'numeric' : 'decimal'}
              min={min}
              max={max}
              step={int ? 1 : 'any'}
              placeholder={placeholder}
              value={value === undefined || value === null ? '' : String(value)}
              onChange={(e) => onChange(numberValue(e.target.value))}
            />
          );
        }
        if (spec.kind === 'textarea')
          return (
            <textarea
              {...common}
              rows={4}
              spellCheck={false}
              placeholder={placeholder}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
            />
          );
        if (spec.kind === 'list')
          return <ListText common={common} placeholder={placeholder} value={value} onChange={onChange} />;
        return (
          <TextBox
            common={common}
            placeholder={placeholder}
            text={value === undefined ? '' : String(value)}
            onText={(t) => onChange(t === '' ? undefined : spec.parse ? spec.parse(t) : t)}
          />
        );
      }}
    </FieldRow>
  );
}
