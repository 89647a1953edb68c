/** The account corner's words (issue 50): what each role may do, as the sign-in page and docs/security.md say it. */
import type { SignedInAs } from '../api/http';

export const ROLE_WORDS: Record<SignedInAs['role'], string> = {
  admin: 'admin',
  viewer: 'viewer, read only',
  metrics: 'metrics only',
};

/** "Ada (viewer, read only)"; a name that is its role (the first admin token is "admin") says it once. */
export const signedInWords = (who: Pick<SignedInAs, 'name' | 'role'>): string =>
  who.name === who.role ? ROLE_WORDS[who.role] : `${who.name} (${ROLE_WORDS[who.role]})`;
