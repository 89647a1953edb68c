/** The account corner's words (issue 50): what each role may do, as the sign-in page and docs/security.md say it. */
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import type { SignedInAs } from '../api/http';

const ROLE: Record<SignedInAs['role'], MessageId> = {
  admin: 'web.account.role.admin',
  viewer: 'web.account.role.viewer',
  metrics: 'web.account.role.metrics',
};

/** "admin", "viewer, read only", "metrics only". */
export const roleWords = (role: SignedInAs['role'], words: Translator): string => words.t(ROLE[role]);

/** "Ada (viewer, read only)"; a name that is its role (the first admin token is "admin") says it once. */
export const signedInWords = (who: Pick<SignedInAs, 'name' | 'role'>, words: Translator): string =>
  who.name === who.role
    ? roleWords(who.role, words)
    : words.t('web.account.nameAndRole', { name: who.name, role: roleWords(who.role, words) });
