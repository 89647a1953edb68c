/**
 * Indonesian (en/setting-names.ts). A setting named outside Settings.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingNames as source } from '../en/setting-names';

export const settingNames = {
  'settingName.within': '{group} › {label}',
  'settingName.either': '{first} atau {second}',
  'settingName.item': '{label} › {item}',
} as const satisfies Area<typeof source>;
