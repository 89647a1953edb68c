/**
 * The Settings page's side navigation. The app routes by the hash (#/settings), so a section's
 * link cannot be a plain `#id` (that would leave the page): a click scrolls the section into view
 * and moves the focus to its heading, and the address becomes `#/settings?section=<id>` without
 * a new history entry, so a reload or a shared link opens the page at that section. On a phone
 * it is one sticky line at the top that scrolls sideways (settings.css), so it stays in reach.
 */
import { useEffect, useRef, useState } from 'react';

export interface NavItem {
  id: string;
  title: string;
}

export const sectionElementId = (id: string): string => `set-${id}`;

/** Scrolls to a section and focuses its heading; false when it is not on the page. */
export function showSection(id: string): boolean {
  const section = document.getElementById(sectionElementId(id));
  if (!section) return false;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  // A section folded while its feature is off opens when it is asked for (the menu, a link).
  const fold = section.querySelector<HTMLDetailsElement>(':scope > details.section-fold');
  if (fold && !fold.open) fold.open = true;
  section.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  return true;
}

function sectionHash(id: string): string {
  const [page, query = ''] = window.location.hash.split('?');
  const params = new URLSearchParams(query);
  params.set('section', id);
  return `${page || '#/settings'}?${params.toString()}`;
}

/** The section at the top of the window as it scrolls (the last one whose top has passed 96 px). */
function useCurrentSection(ids: string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(ids[0]);
  const key = ids.join(' ');
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      let at = ids[0];
      for (const id of ids) {
        const top = document.getElementById(sectionElementId(id))?.getBoundingClientRect().top;
        if (top !== undefined && top <= 96) at = id;
      }
      setCurrent(at);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
    // `key` stands for the ids: the effect runs again only when the sections change.
  }, [key]);
  return current;
}

export function SectionNav({ items }: { items: NavItem[] }) {
  const current = useCurrentSection(items.map((i) => i.id));
  const list = useRef<HTMLUListElement>(null);
  // On a phone the menu is one line that scrolls sideways: keep the current section's link in it.
  useEffect(() => {
    const ul = list.current;
    const link = ul?.querySelector<HTMLElement>('[aria-current]');
    if (!ul || !link || ul.scrollWidth <= ul.clientWidth) return;
    const [box, at] = [ul.getBoundingClientRect(), link.getBoundingClientRect()];
    if (at.left < box.left || at.right > box.right) ul.scrollLeft += at.left - box.left - 8;
  }, [current]);
  return (
    <nav className="settings-nav" aria-label="Settings sections">
      <ul ref={list}>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={sectionHash(item.id)}
              aria-current={item.id === current ? 'location' : undefined}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                if (showSection(item.id)) window.history.replaceState(window.history.state, '', sectionHash(item.id));
              }}
            >
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
