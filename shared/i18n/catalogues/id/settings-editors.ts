import type { Area } from '../area';
import type { settingsEditors as source } from '../en/settings-editors';

export const settingsEditors = {} satisfies Area<typeof source>;
