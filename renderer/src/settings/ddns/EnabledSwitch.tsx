/**
 * A record's "Keep this record in step" switch (issue 59). The runner's state wins on the form:
 * a record IPWatch switched off (the status's `stopped`: refused credentials...) reads off here
 * too, though its settings still say on (the stop is the engine's, not the user's `enabled`), with
 * why and "Try again" beside it (RetryDdns.tsx); switching it back on is that same Try again. A
 * record switched off by its settings, or in any other state, is the plain switch.
 */
import type * as z from 'zod/v4/core';

import { useStatus } from '../../api/queries';
import { useTranslator } from '../../i18n/I18n';
import { CheckRow } from '../FieldRow';
import type { FieldProps } from '../items/KindForm';
import { optionMeta, optionRequired } from '../options/option-schema';
import { OptionInput } from '../options/OptionInput';
import type { OptionSpec } from '../options/spec';
import type { DdnsDraft } from './forms';
import { RetryDdns, useRetryDdns } from './RetryDdns';

interface SwitchProps {
  spec: OptionSpec;
  field: FieldProps;
  schema: z.$ZodType;
  record: DdnsDraft;
}

function EnabledSwitch({ spec, field, schema, record }: SwitchProps) {
  const words = useTranslator();
  const status = useStatus().data?.ddns?.records.find((r) => r.id === record.id);
  const retry = useRetryDdns(record.id);
  // On in the settings as saved and as shown, off by the runner: the runner's word is the truth.
  const stopped = status?.state === 'stopped' && field.value !== false && field.stored !== false;
  if (!stopped)
    return <OptionInput schema={schema} spec={spec} {...field} required={optionRequired(schema, spec.path, record)} />;
  const meta = optionMeta(schema, spec.path, words);
  return (
    <div className="ddns-stopped-switch">
      <CheckRow
        label={meta.label}
        help={meta.help}
        path={field.path}
        checked={false}
        onChange={(on) => on && !retry.isPending && retry.mutate()}
      />
      <RetryDdns record={record} savedAsShown />
    </div>
  );
}

/** A record's form draws its `enabled` as the runner has it; null for any other field. */
export function enabledField(spec: OptionSpec, field: FieldProps, schema: z.$ZodType, record: Record<string, unknown>) {
  if (spec.path.length !== 1 || spec.path[0] !== 'enabled') return null;
  return <EnabledSwitch spec={spec} field={field} schema={schema} record={record as DdnsDraft} />;
}
