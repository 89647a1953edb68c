/**
 * The browser's sign-in: with Discord when the server offers it (a full page trip to Discord and
 * back), or with an API token; either gives an HttpOnly session cookie.
 */
import { useEffect, useState } from 'react';

import { DISCORD_SIGN_IN_PATH, type HttpClient } from '../api/http';

export function SignIn({ http }: { http: HttpClient }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [discord, setDiscord] = useState(false);
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
      <h1>IPWatch</h1>
      {discord && (
        <p>
          <a className="button" href={DISCORD_SIGN_IN_PATH}>
            Sign in with Discord
          </a>{' '}
          <span className="muted small">or with an API token:</span>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError('');
          void http.signIn(token.trim()).then((r) => {
            setBusy(false);
            if (!r.ok) setError(r.error);
          });
        }}
      >
        <label htmlFor="token">API token</label>
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
          The token is in the file <code>api-token</code> in the runner&apos;s data folder, unless the setting{' '}
          <code>api.token</code> in <code>settings.json</code> sets one: then it is that value.
        </p>
        {/* Before the token leaves this browser is when the certificate is worth comparing. */}
        {window.location.protocol === 'https:' && (
          <p className="muted small" data-testid="compare-certificate">
            If your browser warned you about this page&apos;s certificate, compare its SHA-256 fingerprint (the warning
            or the padlock, then the certificate&apos;s details) with the one <code>ipwatch status</code> prints on the
            machine that runs IPWatch before you sign in.
          </p>
        )}
        <p id="token-error" role="alert" className="field-error">
          {error}
        </p>
        <button type="submit" disabled={busy || !token.trim()}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
