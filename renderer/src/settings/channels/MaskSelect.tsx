/** How addresses appear in what a channel (or a Discord server) is sent: in full, partly or not at all. */
import { MASK_MODES, type MaskMode } from '../../../../shared/notify-types';
import { FieldRow } from '../FieldRow';
import { MASK_LABELS } from './spec';

export function MaskSelect({
  label = 'Addresses in messages',
  help,
  value,
  error,
  onChange,
}: {
  label?: string;
  help?: string | undefined;
  value: unknown;
  error?: string | undefined;
  onChange: (mask: MaskMode) => void;
}) {
  return (
    <FieldRow label={label} help={help} error={error}>
      {(control) => (
        <select {...control} value={String(value ?? 'none')} onChange={(e) => onChange(e.target.value as MaskMode)}>
          {MASK_MODES.map((m) => (
            <option key={m} value={m}>
              {MASK_LABELS[m]}
            </option>
          ))}
        </select>
      )}
    </FieldRow>
  );
}
