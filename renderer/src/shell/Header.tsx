/**
 * The window's header: the name, the page menu and Sign out (in a browser). On a narrow window
 * the menu folds behind a Menu button (a disclosure: aria-expanded, Escape closes it and gives
 * focus back to the button), so the header stays one line.
 */
import { useEffect } from 'react';

import type { HttpClient } from '../api/http';
import { useTranslator } from '../i18n/I18n';
import { PAGES, type PagePath } from '../routes';
import { PAGE_TITLE } from './page-titles';
import { PlainHttpWarning } from './Serving';
import { SignedIn } from './SignedIn';
import { useMenu } from './use-menu';

/**
 * `hidden`: pages left out of the menu (Sites while this runner watches no fleet). The menu is
 * the same on every page (issue 75): a hidden page opened by its link (Settings › Fleet names
 * Sites) is not added to it while it is shown, so the menu does not change under the reader.
 */
export function Header({
  route,
  http,
  hidden = [],
}: {
  route: PagePath;
  http: HttpClient | null;
  hidden?: readonly PagePath[];
}) {
  const { open, setOpen, box: nav, toggle } = useMenu<HTMLElement>('a[aria-current="page"]');
  const { t } = useTranslator();

  // A page chosen closes the menu.
  useEffect(() => setOpen(false), [route, setOpen]);

  return (
    <header className="top">
      <span className="brand">{t('web.shell.brand')}</span>
      <PlainHttpWarning />
      <nav aria-label={t('web.shell.mainMenu')} ref={nav} className={open ? 'open' : undefined}>
        <button
          type="button"
          ref={toggle}
          className="secondary nav-toggle"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span> {t('web.shell.menu')}
        </button>
        <ul id="main-nav">
          {PAGES.filter((p) => !hidden.includes(p.path)).map((p) => (
            <li key={p.path}>
              <a
                href={`#${p.path}`}
                aria-current={p.path === route ? 'page' : undefined}
                onClick={() => setOpen(false)}
              >
                {t(PAGE_TITLE[p.path])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {http && <SignedIn http={http} />}
    </header>
  );
}
