import type { Area } from '../area';
import type { settings as source } from '../en/settings';

export const settings = {} satisfies Area<typeof source>;
