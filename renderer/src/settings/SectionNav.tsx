/**
 * Settings' side menu, as in Uptime Kuma: one link per section, each its own page
 * (`#/settings/<id>`, section-pages.ts), the current one marked, and a section holding a field to
 * fix marked "to fix" once a save was tried. On a phone it is one sticky line at the top that
 * scrolls sideways (settings.css), kept on the current page's link, so it stays in reach; an edge
 * that has more beyond it fades, and an arrow at the end says so and scrolls on (issue 75).
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
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
  const edges = useScrollEdges(list, items.length);
  return (
    <nav
      className="settings-nav"
      aria-label={t({ id: 'settings.nav.label' })}
      data-more-start={edges.start || undefined}
      data-more-end={edges.end || undefined}
    >
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
      {edges.end && (
        <button
          type="button"
          className="nav-more"
          aria-label={t({ id: 'settings.nav.more' })}
          title={t({ id: 'settings.nav.more' })}
          onClick={() => list.current?.scrollBy({ left: list.current.clientWidth * 0.7, behavior: 'smooth' })}
        >
          ›
        </button>
      )}
    </nav>
  );
}

/** Whether a sideways-scrolling list has more before (`start`) or after (`end`) what shows. */
function useScrollEdges(list: RefObject<HTMLUListElement | null>, count: number) {
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const measure = () =>
      setEdges((was) => {
        const now = { start: ul.scrollLeft > 1, end: ul.scrollLeft + ul.clientWidth < ul.scrollWidth - 1 };
        return now.start === was.start && now.end === was.end ? was : now;
      });
    measure();
    ul.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      ul.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [list, count]);
  return edges;
}
