/**
 * A webhook's extra headers: name and value pairs. Every value is a secret to the settings
 * (an Authorization header), so a stored one shows only as set and is kept unless retyped.
 */
import { useTranslator } from '../../i18n/I18n';
import { isSecretMarker } from '../schema-walk';

type Headers = Record<string, unknown>;

const entriesOf = (v: unknown): [string, unknown][] =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v as Headers) : [];

/** The headers with entry `i` replaced (or dropped); none left: the option is left out. */
function withEntry(entries: [string, unknown][], i: number, next: [string, unknown] | null): Headers | undefined {
  const list = entries.flatMap((e, k) => (k !== i ? [e] : next ? [next] : []));
  return list.length ? Object.fromEntries(list) : undefined;
}

export function HeadersInput({
  label,
  help,
  error,
  value,
  onChange,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  value: unknown;
  onChange: (next: unknown) => void;
}) {
  const words = useTranslator();
  const entries = entriesOf(value);
  return (
    <fieldset className="headers">
      <legend>{label}</legend>
      {help && <p className="muted small help">{help}</p>}
      {entries.map(([name, v], i) => (
        <div className="controls" key={i}>
          <label>
            {words.t('settings.field.headerName')}
            <input
              value={name}
              spellCheck={false}
              placeholder="Authorization"
              onChange={(e) => onChange(withEntry(entries, i, [e.target.value, v]))}
            />
          </label>
          <label>
            {name ? words.t('settings.field.headerValue', { name }) : words.t('settings.field.headerValueUnnamed')}
            <input
              type="password"
              autoComplete="off"
              placeholder={isSecretMarker(v) && v.set ? words.t('settings.field.headerStored') : 'Bearer …'}
              value={typeof v === 'string' ? v : ''}
              onChange={(e) => onChange(withEntry(entries, i, [name, e.target.value]))}
            />
          </label>
          <button type="button" className="secondary" onClick={() => onChange(withEntry(entries, i, null))}>
            {words.t('settings.field.headerRemove', { name: name || i + 1 })}
          </button>
        </div>
      ))}
      {error && <p className="field-error">{error}</p>}
      <button
        type="button"
        className="secondary"
        disabled={entries.some(([n]) => n === '')}
        onClick={() => onChange({ ...Object.fromEntries(entries), '': '' })}
      >
        {words.t('settings.field.headerAdd')}
      </button>
    </fieldset>
  );
}
