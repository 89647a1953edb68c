/**
 * The browser's sign-in: with Discord when the server offers it (a full page trip to Discord and
 * back), or with an API token; either gives an HttpOnly session cookie.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';

import { DISCORD_SIGN_IN_PATH, type HttpClient } from '../api/http';
import { useTranslator } from '../i18n/I18n';

export function SignIn({ http }: { http: HttpClient }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [discord, setDiscord] = useState(false);
  const { t } = useTranslator();
  useEffect(() => {
    let live = true;
    // A server that cannot say (an older one, or a failed request) leaves the token form alone.
    http.signInMethods().then(
      (m) => live && setDiscord(m.discord),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [http]);
  return (
    <main className="signin">
      <h1>{t('web.shell.brand')}</h1>
      {discord && (
        <p>
          <a className="button" href={DISCORD_SIGN_IN_PATH}>
            {t('web.signIn.withDiscord')}
          </a>{' '}
          <span className="muted small">{t('web.signIn.orToken')}</span>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError('');
          void http.signIn(token.trim()).then((r) => {
            setBusy(false);
            if (!r.ok) setError(r.refusal ? t(r.refusal.id, r.refusal.values) : r.error);
          });
        }}
      >
        <label htmlFor="token">{t('web.signIn.token')}</label>
        <input
          id="token"
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby="token-help token-error"
          required
        />
        <p id="token-help" className="muted small">
          <FormattedMessage id="web.signIn.tokenHelp" values={{ code: (c: ReactNode) => <code>{c}</code> }} />
        </p>
        {/* Before the token leaves this browser is when the certificate is worth comparing. */}
        {window.location.protocol === 'https:' && (
          <p className="muted small" data-testid="compare-certificate">
            <FormattedMessage id="web.signIn.compare" values={{ code: (c: ReactNode) => <code>{c}</code> }} />
          </p>
        )}
        <p id="token-error" role="alert" className="field-error">
          {error}
        </p>
        <button type="submit" disabled={busy || !token.trim()}>
          {t(busy ? 'web.signIn.signingIn' : 'web.signIn.signIn')}
        </button>
      </form>
    </main>
  );
}
