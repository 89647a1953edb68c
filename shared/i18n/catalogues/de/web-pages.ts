import type { Area } from '../area';
import type { webPages as source } from '../en/web-pages';

export const webPages = {} satisfies Area<typeof source>;
