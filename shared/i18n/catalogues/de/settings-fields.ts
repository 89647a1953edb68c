import type { Area } from '../area';
import type { settingsFields as source } from '../en/settings-fields';

export const settingsFields = {} satisfies Area<typeof source>;
