/**
 * The header's account corner in a browser: who this page acts for and as what (GET
 * /api/v1/session/me, asked once per page: useWhoAmI), Sign out (this browser) and, for a
 * signed-in person, Sign out everywhere (every browser they signed in with, issue 50). A wide
 * window shows them inline; a narrow one (760 px and under) behind the account button
 * (AccountMenu), so both stay reachable on a phone. While who it is cannot be told (no answer
 * yet, or none: IPWatch stopped, an older server) there is no account to show: no account
 * button, and Sign out stays in the header at every width (`data-who="unknown"`, account.css).
 */
import './account.css';

import type { HttpClient } from '../api/http';
import { useWhoAmI } from '../api/who-am-i';
import { useTranslator } from '../i18n/I18n';
import { signedInWords } from './account-words';
import { AccountMenu } from './AccountMenu';

export function SignedIn({ http }: { http: HttpClient }) {
  // Not known (an older server, a failed request): the corner shows only Sign out.
  const who = useWhoAmI(http);
  const words = useTranslator();
  return (
    <div className="signed-in" data-who={who ? 'known' : 'unknown'}>
      <div className="account-inline">
        {who && (
          <span className="muted small" data-testid="signed-in-as">
            {signedInWords(who, words)}
          </span>
        )}
        <button type="button" className="secondary signout" onClick={() => void http.signOut()}>
          {words.t('web.account.signOut')}
        </button>
        {who?.via === 'session' && (
          <button type="button" className="secondary signout everywhere" onClick={() => void http.signOutEverywhere()}>
            {words.t('web.account.signOutEverywhere')}
          </button>
        )}
      </div>
      <AccountMenu http={http} who={who} />
    </div>
  );
}
