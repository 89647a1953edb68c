/**
 * Settings' side menu, as in Uptime Kuma: one link per section, each its own page
 * (`#/settings/<id>`, section-pages.ts), the current one marked, and a section holding a field to
 * fix marked "to fix" once a save was tried. On a phone it is one sticky line at the top that
 * scrolls sideways (settings.css), kept on the current page's link, so it stays in reach.
 */
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';

import { settingsHash } from './section-pages';

export interface NavItem {
  id: string;
  title: string;
}

export const sectionElementId = (id: string): string => `set-${id}`;

export function SectionNav({
  items,
  current,
  flagged = [],
}: {
  items: NavItem[];
  current: string;
  flagged?: string[];
}) {
  const list = useRef<HTMLUListElement>(null);
  const t = useIntl().formatMessage;
  // On a phone the menu is one line that scrolls sideways: keep the current page's link in it.
  useEffect(() => {
    const ul = list.current;
    const link = ul?.querySelector<HTMLElement>('[aria-current]');
    if (!ul || !link || ul.scrollWidth <= ul.clientWidth) return;
    const [box, at] = [ul.getBoundingClientRect(), link.getBoundingClientRect()];
    if (at.left < box.left || at.right > box.right) ul.scrollLeft += at.left - box.left - 8;
  }, [current]);
  return (
    <nav className="settings-nav" aria-label={t({ id: 'settings.nav.label' })}>
      <ul ref={list}>
        {items.map((item) => (
          <li key={item.id}>
            <a href={settingsHash(item.id)} aria-current={item.id === current ? 'page' : undefined}>
              {item.title}
              {flagged.includes(item.id) && <span className="nav-flag">{t({ id: 'settings.nav.toFix' })}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
