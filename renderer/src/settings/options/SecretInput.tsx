/**
 * A write-only secret (a token, a password, a webhook URL with its token): the page only ever
 * knows whether it is set, never its value. Typing replaces it, leaving it keeps the stored
 * one, and it can instead come from an environment variable or a file (a reference, resolved
 * where the engine runs). In the app a typed secret goes to the keychain vault; a headless
 * runner keeps it in a file of its own, DATA_DIR/secrets/ (owner-only), which settings.json names.
 */
import { describeSecretRef, looksLikeSecretRef, secretRefSchema } from '../../../../shared/secret';
import { shellOf } from '../../api/shell';
import { isSecretMarker } from '../schema-walk';
import { Row } from './Row';

type Mode = 'value' | 'env' | 'file';

const modeOf = (v: unknown): Mode => (looksLikeSecretRef(v) ? ('env' in v ? 'env' : 'file') : 'value');

/** What is there now, in words. */
export function secretState(v: unknown): string {
  if (isSecretMarker(v)) return v.set ? `set${v.from ? `, from ${v.from}` : ''}` : 'not set';
  if (looksLikeSecretRef(v)) {
    const ref = secretRefSchema.safeParse(v);
    return ref.success ? `from ${describeSecretRef(ref.data)}` : 'reference incomplete';
  }
  return typeof v === 'string' && v !== '' ? 'new value, stored when you save' : 'not set';
}

const WHERE_APP = "Typed here, it goes to this computer's keychain.";
const WHERE_RUNNER =
  "Typed here, it is kept in a file of its own in the data folder's secrets/ (owner-only), and settings.json only names it; or name a variable or file instead.";

export function SecretInput({
  label,
  help,
  error,
  required = false,
  placeholder,
  value,
  stored: storedValue,
  onChange,
  cleared,
}: {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  placeholder?: string | undefined;
  value: unknown;
  /** The value as last saved (a marker when set): what emptying the input goes back to. */
  stored: unknown;
  onChange: (next: unknown) => void;
  /** What "Remove" leaves: undefined (the option left out) or null (the Discord token). */
  cleared: undefined | null;
}) {
  const stored = isSecretMarker(storedValue) && storedValue.set ? storedValue : null;
  const mode = modeOf(value);
  const ref = looksLikeSecretRef(value) ? secretRefSchema.safeParse(value) : null;
  const refError = ref && !ref.success ? ref.error.issues[0]?.message : undefined;
  const isSet = !(value === undefined || value === null || value === '' || (isSecretMarker(value) && !value.set));
  const where = shellOf() ? WHERE_APP : WHERE_RUNNER;
  return (
    <Row label={label} help={[help, where].filter(Boolean).join(' ')} error={error ?? refError} required={required}>
      {({ id, describedBy, invalid }) => (
        <div className="secret">
          <p className="small secret-state" id={`${id}-state`}>
            {label}: <strong>{secretState(value)}</strong>
          </p>
          <div className="controls">
            <select
              aria-label={`${label}: given as`}
              value={mode}
              onChange={(e) => {
                const next = e.target.value as Mode;
                if (next === 'value') onChange(stored ?? '');
                else onChange({ [next]: '' });
              }}
            >
              <option value="value">Typed here</option>
              <option value="env">Environment variable</option>
              <option value="file">File</option>
            </select>
            <input
              id={id}
              className="grow"
              aria-describedby={[`${id}-state`, describedBy].filter(Boolean).join(' ')}
              aria-invalid={invalid || refError ? true : undefined}
              aria-required={required || undefined}
              type={mode === 'value' ? 'password' : 'text'}
              autoComplete="off"
              spellCheck={false}
              placeholder={
                mode === 'env'
                  ? 'IPWATCH_DISCORD_TOKEN'
                  : mode === 'file'
                    ? '/run/secrets/name'
                    : isSecretMarker(value) && value.set
                      ? 'Stored; type to replace'
                      : placeholder
              }
              value={
                typeof value === 'string'
                  ? value
                  : looksLikeSecretRef(value)
                    ? String(Object.values(value)[0] ?? '')
                    : ''
              }
              onChange={(e) => {
                const text = e.target.value;
                if (mode !== 'value') onChange({ [mode]: text.trim() });
                // Emptied again: the stored secret stays (removing it is the button's job).
                else onChange(text === '' ? (stored ?? cleared) : text);
              }}
            />
            {stored && !isSecretMarker(value) && (
              <button type="button" className="secondary" onClick={() => onChange(stored)}>
                Keep the stored {label.toLowerCase()}
              </button>
            )}
            {isSet && !required && (
              <button type="button" className="secondary" onClick={() => onChange(cleared)}>
                Remove {label.toLowerCase()}
              </button>
            )}
          </div>
        </div>
      )}
    </Row>
  );
}
