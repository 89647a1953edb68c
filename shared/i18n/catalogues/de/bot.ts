import type { Area } from '../area';
import type { bot as source } from '../en/bot';

export const bot = {} satisfies Area<typeof source>;
