/** Types of docker-prune.mjs (plain JavaScript: the image runs it with node alone). */
export const ELECTRON_ONLY: string[];
export const IDENTITY_UNREAD: string[];
export const ATLAS_UNREAD: string[];
export function onlyNeededBy(lock: unknown, drop: string[]): string[];
export function prune(dir: string): Promise<{ removed: string[]; bytes: number }>;
