/**
 * The account corner on a narrow window (issue 50): one button with the person's name (its
 * label "Account: <name>, <role>") that opens a small panel with who is signed in, as what and
 * how, Sign out and, for a person's session, Sign out everywhere. A disclosure like the page
 * Menu (both through use-menu.ts): Enter or Space opens it, Escape closes it and gives focus
 * back to the button, a click outside closes it. Wide windows show the same things inline
 * (SignedIn.tsx) and hide this.
 */
import type { HttpClient, SignedInAs } from '../api/http';
import { ROLE_WORDS } from './account-words';
import { useMenu } from './use-menu';

/** How the page is signed in, in words. */
const VIA_WORDS: Record<SignedInAs['via'], string> = {
  session: 'Signed in with Discord',
  token: 'Signed in with a token',
};

/** The button's accessible name: "Account: Ada, viewer"; just "Account" when who is not known. */
export const accountLabel = (who: Pick<SignedInAs, 'name' | 'role'> | null): string =>
  who ? `Account: ${who.name}, ${who.role}` : 'Account';

export function AccountMenu({ http, who }: { http: HttpClient; who: SignedInAs | null }) {
  const { open, setOpen, box, toggle } = useMenu<HTMLDivElement>('.account-panel button');

  return (
    <div className="account-menu" ref={box}>
      <button
        type="button"
        ref={toggle}
        className="secondary account-toggle"
        aria-label={accountLabel(who)}
        aria-expanded={open}
        aria-controls="account-panel"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{who ? who.name : '👤'}</span>
      </button>
      {open && (
        <div id="account-panel" className="account-panel" role="group" aria-label="Account">
          {who && (
            <dl data-testid="account-who">
              <dt>Name</dt>
              <dd>{who.name}</dd>
              <dt>Role</dt>
              <dd>{ROLE_WORDS[who.role]}</dd>
              <dt>How</dt>
              <dd>{VIA_WORDS[who.via]}</dd>
            </dl>
          )}
          <button type="button" className="secondary" onClick={() => void http.signOut()}>
            Sign out
          </button>
          {who?.via === 'session' && (
            <button type="button" className="secondary" onClick={() => void http.signOutEverywhere()}>
              Sign out everywhere
            </button>
          )}
        </div>
      )}
    </div>
  );
}
