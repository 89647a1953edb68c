/**
 * An RFC 2136 record's TSIG secret: typed, from a variable or a file like any secret
 * (SecretInput), or made here with Generate (32 random bytes in base64). A secret typed or made
 * on the page is shown with the lines that give the same key to Knot and to BIND, to copy into
 * the server's configuration; once saved the page never has it again.
 */
import './ddns.css';

import type * as z from 'zod/v4/core';

import { CopyButton } from '../../components/CopyButton';
import type { FieldProps } from '../items/KindForm';
import { optionMeta } from '../options/option-schema';
import type { OptionSpec } from '../options/spec';
import { SecretInput } from '../SecretInput';
import { newTsigSecret, tsigKeyLines } from './tsig';

export function TsigSecret(props: {
  label: string;
  help?: string | undefined;
  error: string | undefined;
  value: unknown;
  stored: unknown;
  keyName: string;
  path: string;
  onChange: (next: unknown) => void;
}) {
  const { value } = props;
  const lines = typeof value === 'string' && value.trim() !== '' ? tsigKeyLines(props.keyName, value.trim()) : null;
  return (
    <>
      <SecretInput
        label={props.label}
        help={props.help}
        error={props.error}
        required
        placeholder="base64, as keymgr -t prints it"
        value={value}
        stored={props.stored}
        onChange={props.onChange}
        cleared={undefined}
        path={props.path}
        generate={() => newTsigSecret()}
      />
      {lines && (
        <details className="disclosure tsig-lines" open>
          <summary>The same key for your server</summary>
          <p className="muted small">Knot (knot.conf; the first line is for knsupdate -y):</p>
          <pre className="mono" aria-label="Knot key configuration">
            {lines.knot}
          </pre>
          <CopyButton value={lines.knot} label="Copy the Knot key configuration" />
          <p className="muted small">BIND (named.conf):</p>
          <pre className="mono" aria-label="BIND key statement">
            {lines.bind}
          </pre>
          <CopyButton value={lines.bind} label="Copy the BIND key statement" />
        </details>
      )}
    </>
  );
}

/** A record's form draws an RFC 2136 record's secret as a TSIG key; null for any other field. */
export function tsigField(spec: OptionSpec, props: FieldProps, schema: z.$ZodType, record: Record<string, unknown>) {
  if (record.provider !== 'rfc2136' || spec.path[0] !== 'secret') return null;
  const meta = optionMeta(schema, spec.path);
  return (
    <TsigSecret
      {...props}
      label={meta.label}
      help={meta.help}
      keyName={typeof record.keyName === 'string' ? record.keyName : ''}
    />
  );
}
