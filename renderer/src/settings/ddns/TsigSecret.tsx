/**
 * An RFC 2136 record's TSIG secret: typed, from a variable or a file like any secret
 * (SecretInput), or made here with Generate (32 random bytes in base64). A secret typed or made
 * on the page is shown with the lines that give the same key to Knot and to BIND, to copy into
 * the server's configuration; once saved the page never has it again.
 */
import './ddns.css';

import type * as z from 'zod/v4/core';

import type { Translator } from '../../../../shared/i18n/translator';
import { CopyButton } from '../../components/CopyButton';
import { useTranslator } from '../../i18n/I18n';
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
  const words = useTranslator();
  const lines = typeof value === 'string' && value.trim() !== '' ? tsigKeyLines(props.keyName, value.trim()) : null;
  return (
    <>
      <SecretInput
        label={props.label}
        help={props.help}
        error={props.error}
        required
        placeholder={words.t('editors.tsig.placeholder')}
        value={value}
        stored={props.stored}
        onChange={props.onChange}
        cleared={undefined}
        path={props.path}
        generate={() => newTsigSecret()}
      />
      {lines && (
        <details className="disclosure tsig-lines" open>
          <summary>{words.t('editors.tsig.sameKey')}</summary>
          <p className="muted small">{words.t('editors.tsig.knot')}</p>
          <pre className="mono" aria-label={words.t('editors.tsig.knotLabel')}>
            {lines.knot}
          </pre>
          <CopyButton value={lines.knot} label={words.t('editors.tsig.knotCopy')} />
          <p className="muted small">{words.t('editors.tsig.bind')}</p>
          <pre className="mono" aria-label={words.t('editors.tsig.bindLabel')}>
            {lines.bind}
          </pre>
          <CopyButton value={lines.bind} label={words.t('editors.tsig.bindCopy')} />
        </details>
      )}
    </>
  );
}

/** A record's form draws an RFC 2136 record's secret as a TSIG key; null for any other field. */
export function tsigField(
  spec: OptionSpec,
  props: FieldProps,
  schema: z.$ZodType,
  record: Record<string, unknown>,
  words: Translator,
) {
  if (record.provider !== 'rfc2136' || spec.path[0] !== 'secret') return null;
  const meta = optionMeta(schema, spec.path, words);
  return (
    <TsigSecret
      {...props}
      label={meta.label}
      help={meta.help}
      keyName={typeof record.keyName === 'string' ? record.keyName : ''}
    />
  );
}
