import type { Area } from '../area';
import type { webLeftovers2 as source } from '../en/web-leftovers-2';

export const webLeftovers2 = {
  'settingName.within': '{group} › {label}',
  'settingName.either': '{first} oder {second}',
  'settingName.item': '{label} › {item}',
} as const satisfies Area<typeof source>;
