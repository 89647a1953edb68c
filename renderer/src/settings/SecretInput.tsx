/**
 * A write-only secret (a token, a password, a webhook URL with its token): the page only ever
 * knows whether it is set, never its value. Typing replaces it, emptying the input again keeps
 * the stored one, "Remove" clears it where it may be empty, and it can instead come from an
 * environment variable or a file (a reference, resolved where the engine runs). In the app a
 * typed secret goes to the keychain vault; a headless runner keeps it in a file of its own,
 * DATA_DIR/secrets/ (owner-only), which settings.json names.
 *
 * A value being typed is visible (a webhook URL is checked by eye as it is pasted), with Hide
 * for a screen others can see; once saved the page never has it again. A secret the engine
 * can make up (a webhook's signing secret) has Generate instead of a command to run.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { looksLikeSecretRef, secretRefSchema } from '../../../shared/settings/secret';
import { shellOf } from '../api/shell';
import { useTranslator } from '../i18n/I18n';
import { FieldRow } from './FieldRow';
import { issueWords } from './issue-words';
import { isSecretMarker } from './schema-walk';

type Mode = 'value' | 'env' | 'file';

const modeOf = (v: unknown): Mode => (looksLikeSecretRef(v) ? ('env' in v ? 'env' : 'file') : 'value');

/** What is there now, in words. */
export function secretState(v: unknown, words: Translator): string {
  if (isSecretMarker(v))
    return v.set
      ? v.from
        ? words.t('settings.secret.setFrom', { from: v.from })
        : words.t('settings.secret.set')
      : words.t('settings.secret.notSet');
  if (looksLikeSecretRef(v)) {
    const ref = secretRefSchema.safeParse(v);
    if (!ref.success) return words.t('settings.secret.incomplete');
    return 'env' in ref.data
      ? words.t('settings.secret.fromEnv', { name: ref.data.env })
      : words.t('settings.secret.fromFile', { name: ref.data.file });
  }
  return words.t(typeof v === 'string' && v !== '' ? 'settings.secret.typed' : 'settings.secret.notSet');
}

/** What the input holds: the typed value, or the variable's name or file's path of a reference. */
const inputText = (v: unknown): string =>
  typeof v === 'string' ? v : looksLikeSecretRef(v) ? String(Object.values(v)[0] ?? '') : '';

/**
 * "Bot token" -> "bot token" in an English sentence; "API token" keeps its capitals. German
 * nouns keep theirs, and Indonesian names the field as labelled.
 */
const inSentence = (label: string, words: Translator): string =>
  words.language !== 'en' || /^[A-Z]{2}/.test(label) ? label : label.toLowerCase();

const PLACEHOLDERS: Record<Exclude<Mode, 'value'>, string> = {
  env: 'IPWATCH_DISCORD_TOKEN',
  file: '/run/secrets/name',
};

/** How a secret is given: typed here, an environment variable or a file. */
function ModeSelect({ label, mode, onChange }: { label: string; mode: Mode; onChange: (m: Mode) => void }) {
  const t = useIntl().formatMessage;
  return (
    <select
      aria-label={t({ id: 'settings.secret.givenAs' }, { label })}
      value={mode}
      onChange={(e) => onChange(e.target.value as Mode)}
    >
      <option value="value">{t({ id: 'settings.secret.modeValue' })}</option>
      <option value="env">{t({ id: 'settings.secret.modeEnv' })}</option>
      <option value="file">{t({ id: 'settings.secret.modeFile' })}</option>
    </select>
  );
}

/** Beside a secret's input: Show/Hide while typed, Generate, keep the stored one, Remove. */
function SecretButtons(p: {
  label: string;
  typed: boolean;
  hidden: boolean;
  setHidden: (f: (h: boolean) => boolean) => void;
  generate: (() => string) | undefined;
  keep: (() => void) | undefined;
  remove: (() => void) | undefined;
  onGenerated: (value: string) => void;
}) {
  const words = useTranslator();
  const what = inSentence(p.label, words);
  const t = (id: MessageId) => words.t(id, { what });
  return (
    <>
      {p.typed && (
        <button type="button" className="secondary" onClick={() => p.setHidden((h) => !h)}>
          {words.t(p.hidden ? 'settings.secret.show' : 'settings.secret.hide')}
          <span className="sr-only"> {what}</span>
        </button>
      )}
      {p.generate && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            p.setHidden(() => false);
            p.onGenerated(p.generate!());
          }}
        >
          {words.t('settings.secret.generate')}
          <span className="sr-only">{t('settings.secret.generateWhat')}</span>
        </button>
      )}
      {p.keep && (
        <button type="button" className="secondary" onClick={p.keep}>
          {t('settings.secret.keep')}
        </button>
      )}
      {p.remove && (
        <button type="button" className="secondary" onClick={p.remove}>
          {t('settings.secret.remove')}
        </button>
      )}
    </>
  );
}

/** What is there now, beside the label: "Bot token: set; type to replace it." */
function StateLine({ label, value }: { label: string; value: unknown }) {
  const words = useTranslator();
  return (
    <>
      {label}: <strong>{secretState(value, words)}</strong>
      {isSecretMarker(value) && value.set && words.t('settings.secret.typeToReplace')}
    </>
  );
}

export function SecretInput({
  label,
  help,
  error,
  note,
  required = false,
  placeholder,
  value,
  stored: storedValue,
  onChange,
  cleared,
  path,
  generate,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  note?: string | undefined;
  required?: boolean;
  placeholder?: string | undefined;
  value: unknown;
  /** The value as last saved (a marker when set): what emptying the input goes back to. */
  stored: unknown;
  onChange: (next: unknown) => void;
  /** What "Remove" leaves: nothing (the setting left out), null (none), or '' where it must be there. */
  cleared: undefined | null | '';
  /** The field's dotted path (data-path, for error links). */
  path?: string | undefined;
  /** Makes a new value (a signing secret): offered as "Generate". */
  generate?: (() => string) | undefined;
}) {
  const [hidden, setHidden] = useState(false);
  const words = useTranslator();
  const stored = isSecretMarker(storedValue) && storedValue.set ? storedValue : null;
  const mode = modeOf(value);
  const ref = looksLikeSecretRef(value) ? secretRefSchema.safeParse(value) : null;
  const refIssue = ref && !ref.success ? ref.error.issues[0] : undefined;
  const refError = refIssue && issueWords(refIssue, { input: Object.values(value as object)[0] }, words);
  const keptSet = isSecretMarker(value) && value.set;
  const isSet = !(value === undefined || value === null || value === '' || (isSecretMarker(value) && !value.set));
  const where = words.t(shellOf() ? 'settings.secret.whereApp' : 'settings.secret.whereRunner');
  const typed = mode === 'value' && typeof value === 'string' && value !== '';
  const hint =
    mode !== 'value' ? PLACEHOLDERS[mode] : keptSet ? words.t('settings.secret.storedPlaceholder') : placeholder;
  return (
    <FieldRow
      label={label}
      help={[help, where].filter(Boolean).join(' ')}
      error={error ?? refError}
      note={note}
      state={<StateLine label={label} value={value} />}
      required={required}
      path={path}
    >
      {(control) => (
        <div className="secret">
          <div className="controls">
            <ModeSelect
              label={label}
              mode={mode}
              onChange={(next) => onChange(next === 'value' ? (stored ?? '') : { [next]: '' })}
            />
            <input
              {...control}
              className="grow"
              // Empty or stored (the page has only a marker): a password field; typed: shown unless hidden.
              type={mode !== 'value' || (typed && !hidden) ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              placeholder={hint}
              value={inputText(value)}
              onChange={(e) => {
                const text = e.target.value;
                if (mode !== 'value') onChange({ [mode]: text.trim() });
                // Emptied again: the stored secret stays (removing it is the button's job).
                else onChange(text === '' ? (stored ?? cleared) : text);
              }}
            />
            <SecretButtons
              label={label}
              typed={typed}
              hidden={hidden}
              setHidden={setHidden}
              generate={mode === 'value' ? generate : undefined}
              keep={stored && !isSecretMarker(value) ? () => onChange(stored) : undefined}
              remove={isSet && !required ? () => onChange(cleared) : undefined}
              onGenerated={onChange}
            />
          </div>
        </div>
      )}
    </FieldRow>
  );
}
