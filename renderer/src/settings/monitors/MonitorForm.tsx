/**
 * One monitor's form, open below its row: the kind first, then only that kind's fields (labels,
 * help and checks from shared/service-monitor-settings.ts), timing folded, and "Test this
 * monitor", which works before saving too.
 */
import { unionOption } from '../../../../shared/schema-fields';
import { type MonitorType, serviceMonitorSchema } from '../../../../shared/service-monitor-settings';
import { FieldRow, ShowErrors } from '../FieldRow';
import type { FormCtx } from '../fields';
import { optionMeta, optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import type { OptionSpec } from '../options/spec';
import { errorWithin, getAt, type Path, pathKey } from '../schema-walk';
import { isMonitorType, MONITOR_FORMS, MONITOR_KINDS, type MonitorDraft, TIMING } from './monitor-forms';
import { TestMonitor } from './TestMonitor';

const sameAs = (a: unknown, b: unknown): boolean => b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** Another kind has other fields: the id, name, timing and on/off stay. */
function withType(m: Record<string, unknown>, type: MonitorType): Record<string, unknown> {
  const keep = ['id', 'name', 'enabled', 'intervalSec', 'timeoutSec', 'downAfter', 'family'];
  const kept = Object.fromEntries(Object.entries(m).filter(([k]) => keep.includes(k)));
  return { ...kept, type, ...MONITOR_FORMS[type].blank };
}

export function MonitorForm({
  path,
  ctx,
  stored,
  reveal = false,
}: {
  path: Path;
  ctx: FormCtx;
  stored: Record<string, unknown> | undefined;
  reveal?: boolean;
}) {
  const monitor = getAt(ctx.draft, path) as Record<string, unknown>;
  const type = isMonitorType(monitor.type) ? monitor.type : null;
  const form = type ? MONITOR_FORMS[type] : null;
  const schema = type ? unionOption(serviceMonitorSchema, 'type', type) : null;
  const typeMeta = schema ? optionMeta(schema, ['type']) : { label: 'Kind of check' };
  const at = (spec: OptionSpec) => [...path, ...spec.path];
  const input = (spec: OptionSpec) => {
    if (!schema) return null;
    const key = pathKey(at(spec));
    return (
      <OptionInput
        key={key}
        schema={schema}
        spec={spec}
        value={getAt(monitor, spec.path)}
        error={ctx.errors.get(key)}
        onChange={(v: unknown) => ctx.set(at(spec), v)}
        stored={getAt(stored, spec.path)}
        path={key}
        required={optionRequired(schema, spec.path, monitor)}
      />
    );
  };
  return (
    <ShowErrors value={reveal}>
      <fieldset className="item">
        <legend>Monitor {typeof monitor.id === 'string' ? monitor.id : ''}</legend>
        <FieldRow
          label={typeMeta.label}
          help={typeMeta.help}
          error={ctx.errors.get(pathKey([...path, 'type']))}
          path={pathKey([...path, 'type'])}
        >
          {(control) => (
            <select
              {...control}
              value={type ?? ''}
              onChange={(e) => ctx.set(path, withType(monitor, e.target.value as MonitorType))}
            >
              {!type && <option value="">{String(monitor.type)} (unknown)</option>}
              {MONITOR_KINDS.map((t) => (
                <option key={t} value={t}>
                  {MONITOR_FORMS[t].label}
                </option>
              ))}
            </select>
          )}
        </FieldRow>
        {form && <p className="muted small">{form.blurb}</p>}
        {form?.fields.map(input)}
        {form && (
          <details className="disclosure" open={TIMING.some((spec) => errorWithin(ctx.errors, at(spec))) || undefined}>
            <summary>Timing</summary>
            {TIMING.map(input)}
          </details>
        )}
        {type && <TestMonitor monitor={monitor as MonitorDraft} savedAsShown={sameAs(monitor, stored)} />}
      </fieldset>
    </ShowErrors>
  );
}
