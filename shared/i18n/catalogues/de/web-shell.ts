import type { Area } from '../area';
import type { webShell as source } from '../en/web-shell';

export const webShell = {} satisfies Area<typeof source>;
