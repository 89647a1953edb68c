import type { Area } from '../area';
import type { words as source } from '../en/words';

export const words = {} satisfies Area<typeof source>;
