/**
 * The header's account corner in a browser: who this page acts for and as what (GET
 * /api/v1/session/me), Sign out (this browser) and, for a signed-in person, Sign out everywhere
 * (every browser they signed in with, issue 50).
 */
import { useEffect, useState } from 'react';

import type { HttpClient, SignedInAs } from '../api/http';

/** What each role may do, in the words the sign-in page and docs/security.md use. */
export const ROLE_WORDS: Record<SignedInAs['role'], string> = {
  admin: 'admin',
  viewer: 'viewer, read only',
  metrics: 'metrics only',
};

/** "Ada (viewer, read only)"; a name that is its role (the first admin token is "admin") says it once. */
export const signedInWords = (who: Pick<SignedInAs, 'name' | 'role'>): string =>
  who.name === who.role ? ROLE_WORDS[who.role] : `${who.name} (${ROLE_WORDS[who.role]})`;

export function SignedIn({ http }: { http: HttpClient }) {
  const [who, setWho] = useState<SignedInAs | null>(null);
  useEffect(() => {
    let live = true;
    // Not known (an older server, a failed request): the corner shows only Sign out.
    http.whoAmI().then(
      (w) => live && setWho(w),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [http]);
  return (
    <div className="signed-in">
      {who && (
        <span className="muted small" data-testid="signed-in-as">
          {signedInWords(who)}
        </span>
      )}
      <button type="button" className="secondary signout" onClick={() => void http.signOut()}>
        Sign out
      </button>
      {who?.via === 'session' && (
        <button type="button" className="secondary signout everywhere" onClick={() => void http.signOutEverywhere()}>
          Sign out everywhere
        </button>
      )}
    </div>
  );
}
