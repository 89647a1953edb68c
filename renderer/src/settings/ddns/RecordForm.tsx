/**
 * One DDNS record's form, open below its row (or in the first-run step): the provider first,
 * then only that provider's fields (labels, help and checks from shared/ddns-settings.ts), the
 * rarely changed ones folded under "More options", secrets through SecretInput (a TSIG secret
 * with Generate), and "Test this record", which works before saving too.
 */
import { type DdnsProviderId, ddnsRecordSchema } from '../../../../shared/ddns-settings';
import { unionOption } from '../../../../shared/schema-fields';
import { FieldRow, ShowErrors } from '../FieldRow';
import type { FormCtx } from '../fields';
import { optionMeta, optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import type { OptionSpec } from '../options/spec';
import { errorWithin, getAt, type Path, pathKey } from '../schema-walk';
import { DDNS_FORMS, type DdnsDraft, isProvider, PROVIDERS, withProvider } from './forms';
import { TestDdns } from './TestDdns';
import { TsigSecret } from './TsigSecret';

/** The record as last saved, when it is saved exactly as the draft holds it. */
const sameAs = (a: unknown, b: unknown): boolean => b !== undefined && JSON.stringify(a) === JSON.stringify(b);

export function RecordForm({
  path,
  ctx,
  stored,
  reveal = false,
}: {
  /** Where the record is in the draft: ['ddns', 'records', 2]. */
  path: Path;
  ctx: FormCtx;
  /** The record with the same id as last saved (its secrets are markers), if any. */
  stored: Record<string, unknown> | undefined;
  /** Every field shows its message untouched (a save was refused, a test asked for with fields to fix). */
  reveal?: boolean;
}) {
  const record = getAt(ctx.draft, path) as Record<string, unknown>;
  const provider = isProvider(record.provider) ? record.provider : null;
  const form = provider ? DDNS_FORMS[provider] : null;
  const schema = provider ? unionOption(ddnsRecordSchema, 'provider', provider) : null;
  const providerMeta = schema ? optionMeta(schema, ['provider']) : { label: 'DNS provider' };
  const at = (spec: OptionSpec) => [...path, ...spec.path];
  const input = (spec: OptionSpec) => {
    if (!schema) return null;
    const key = pathKey(at(spec));
    const common = {
      value: getAt(record, spec.path),
      error: ctx.errors.get(key),
      onChange: (v: unknown) => ctx.set(at(spec), v),
    };
    if (provider === 'rfc2136' && spec.path[0] === 'secret') {
      const meta = optionMeta(schema, spec.path);
      return (
        <TsigSecret
          key={key}
          {...common}
          label={meta.label}
          help={meta.help}
          stored={getAt(stored, spec.path)}
          keyName={typeof record.keyName === 'string' ? record.keyName : ''}
          path={key}
        />
      );
    }
    return (
      <OptionInput
        key={key}
        schema={schema}
        spec={spec}
        {...common}
        stored={getAt(stored, spec.path)}
        path={key}
        required={optionRequired(schema, spec.path, record)}
      />
    );
  };
  const isAdvanced = (spec: OptionSpec) => form?.advanced.includes(spec.path.join('.')) ?? false;
  const advanced = (form?.fields ?? []).filter(isAdvanced);
  return (
    <ShowErrors value={reveal}>
      <fieldset className="item ddns-card">
        <legend>DNS record {typeof record.id === 'string' && record.id ? record.id : ''}</legend>
        <FieldRow
          label={providerMeta.label}
          help={providerMeta.help}
          error={ctx.errors.get(pathKey([...path, 'provider']))}
          path={pathKey([...path, 'provider'])}
        >
          {(control) => (
            <select
              {...control}
              value={provider ?? ''}
              // Another provider has other fields: the id, type and on/off stay.
              onChange={(e) => ctx.set(path, withProvider(record, e.target.value as DdnsProviderId))}
            >
              {!provider && <option value="">{String(record.provider)} (unknown)</option>}
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {DDNS_FORMS[p].label}
                </option>
              ))}
            </select>
          )}
        </FieldRow>
        {form && <p className="muted small">{form.blurb}</p>}
        {form?.fields.filter((spec) => !isAdvanced(spec)).map(input)}
        {advanced.length > 0 && (
          <details
            className="disclosure"
            open={advanced.some((spec) => errorWithin(ctx.errors, at(spec))) || undefined}
          >
            <summary>More options</summary>
            {advanced.map(input)}
          </details>
        )}
        {provider && <TestDdns record={record as DdnsDraft} savedAsShown={sameAs(record, stored)} />}
      </fieldset>
    </ShowErrors>
  );
}
