/**
 * The account corner on a narrow window (issue 50): one button with the person's name (its
 * label "Account: <name>, <role>") that opens a small panel with who is signed in, as what and
 * how, Sign out and, for a person's session, Sign out everywhere. A disclosure like the page
 * Menu (both through use-menu.ts): Enter or Space opens it, Escape closes it and gives focus
 * back to the button, a click outside closes it. Wide windows show the same things inline
 * (SignedIn.tsx) and hide this. While who it is cannot be told there is no account to show, so
 * no button: Sign out stays in the header (SignedIn.tsx, account.css).
 */
import type { Translator } from '../../../shared/i18n/translator';
import type { HttpClient, SignedInAs } from '../api/http';
import { useTranslator } from '../i18n/I18n';
import { roleWords } from './account-words';
import { useMenu } from './use-menu';

/** The button's accessible name: "Account: Ada, viewer". */
export const accountLabel = (who: Pick<SignedInAs, 'name' | 'role'>, words: Translator): string =>
  words.t('web.account.label', { name: who.name, role: who.role });

/**
 * A person, drawn in the text's colour (account.css): an emoji such as 👤 needs a colour-emoji
 * font, and Debian's chromium without one showed an empty box.
 */
function PersonIcon() {
  return (
    <svg className="account-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="4.5" r="3.5" />
      <path d="M1.5 16a6.5 6.5 0 0 1 13 0z" />
    </svg>
  );
}

export function AccountMenu({ http, who }: { http: HttpClient; who: SignedInAs | null }) {
  const { open, setOpen, box, toggle } = useMenu<HTMLDivElement>('.account-panel button');
  const words = useTranslator();
  const { t } = words;
  if (!who) return null;

  return (
    <div className="account-menu" ref={box}>
      <button
        type="button"
        ref={toggle}
        className="secondary account-toggle"
        aria-label={accountLabel(who, words)}
        aria-expanded={open}
        aria-controls="account-panel"
        onClick={() => setOpen((o) => !o)}
      >
        <PersonIcon />
        <span aria-hidden="true">{who.name}</span>
      </button>
      {open && (
        <div id="account-panel" className="account-panel" role="group" aria-label={t('web.account.panel')}>
          <dl data-testid="account-who">
            <dt>{t('web.account.name')}</dt>
            <dd>{who.name}</dd>
            <dt>{t('web.account.role')}</dt>
            <dd>{roleWords(who.role, words)}</dd>
            <dt>{t('web.account.how')}</dt>
            <dd>{t(who.via === 'session' ? 'web.account.viaDiscord' : 'web.account.viaToken')}</dd>
          </dl>
          <button type="button" className="secondary" onClick={() => void http.signOut()}>
            {t('web.account.signOut')}
          </button>
          {who.via === 'session' && (
            <button type="button" className="secondary" onClick={() => void http.signOutEverywhere()}>
              {t('web.account.signOutEverywhere')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
