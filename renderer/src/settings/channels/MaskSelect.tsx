/** How addresses appear in what a channel (or a Discord server) is sent: in full, partly or not at all. */
import { MASK_MODES, type MaskMode } from '../../../../shared/notify-types';
import { useTranslator } from '../../i18n/I18n';
import { FieldRow } from '../FieldRow';
import { MASK_MESSAGES } from './spec';

export function MaskSelect({
  label,
  help,
  value,
  error,
  onChange,
}: {
  /** The field's label: "Addresses in messages" unless given (a Discord server's is its schema's). */
  label?: string;
  help?: string | undefined;
  value: unknown;
  error?: string | undefined;
  onChange: (mask: MaskMode) => void;
}) {
  const words = useTranslator();
  return (
    <FieldRow label={label ?? words.t('editors.mask.label')} help={help} error={error}>
      {(control) => (
        <select {...control} value={String(value ?? 'none')} onChange={(e) => onChange(e.target.value as MaskMode)}>
          {MASK_MODES.map((m) => (
            <option key={m} value={m}>
              {words.t(MASK_MESSAGES[m].label)}
            </option>
          ))}
        </select>
      )}
    </FieldRow>
  );
}
