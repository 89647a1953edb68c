/**
 * A change you cannot miss: which families changed recently (for as long as the
 * `monitor.changeShownMinutes` setting says, 60 by default), the page title that says so
 * ("IPWatch · IPv4 changed") and the favicon with an orange mark, drawn here from the app icon's
 * shapes (build/icons/src/app.svg) so nothing is fetched. The dashboard's cards and the window's
 * title read the same changes.
 */
import { useEffect } from 'react';

import type { Translator } from '../../shared/i18n/translator';
import { useHistory, useSettings, useStatus } from './api/queries';
import { useTranslator } from './i18n/I18n';
import { type FreshChange, freshChange } from './pages/address-view';
import { useNow } from './use-now';

/** The setting's default, until the settings are read (or when they cannot be). */
export const CHANGE_SHOWN_MINUTES = 60;

/** The recent addresses both the dashboard's list and the change marks read (one query). */
export const RECENT_QUERY = { limit: 5, offset: 0 } as const;

/** `monitor.changeShownMinutes` of the settings as read (the view is loosely typed), else the default. */
function shownMinutes(settings: Record<string, unknown> | undefined): number {
  const monitor = settings?.monitor as { changeShownMinutes?: unknown } | undefined;
  const v = monitor?.changeShownMinutes;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : CHANGE_SHOWN_MINUTES;
}

/** Each enabled family's change while it is news, IPv4 first. */
export function useFreshChanges(now: number): FreshChange[] {
  const status = useStatus().data;
  const recent = useHistory(RECENT_QUERY).data;
  const minutes = shownMinutes(useSettings().data?.settings);
  if (!status || !recent) return [];
  return ([4, 6] as const)
    .map((f) => {
      const fam = status.families[`v${f}`];
      return fam.enabled ? freshChange(recent.items, f, fam.ip, now, minutes * 60_000) : null;
    })
    .filter((c): c is FreshChange => c !== null);
}

/** "IPWatch · IPv4 changed", "IPWatch · IPv4 and IPv6 changed", or the page's own title, in `words`' language. */
export function changeTitle(
  changes: readonly Pick<FreshChange, 'family'>[],
  pageTitle: string,
  words: Translator,
): string {
  if (changes.length === 0) return words.t('web.title.page', { page: pageTitle });
  const families = changes.map((c) => c.family).join('+');
  return words.t('web.title.changed', { families: families === '4+6' || families === '6+4' ? 'both' : families });
}

/** The app icon as an SVG data URL; `changed` puts the tray's orange swap mark in place of the green dot. */
export function faviconHref(changed: boolean): string {
  const mark = changed
    ? '<circle cx="752" cy="752" r="190" fill="#ea580c" stroke="#ffffff" stroke-width="40"/>' +
      '<path d="M652 712h200l-60-60M852 792h-200l60 60" fill="none" stroke="#ffffff" stroke-width="44"/>'
    : '<circle cx="752" cy="752" r="110" fill="#16a34a" stroke="#1d4ed8" stroke-width="28"/>';
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">' +
    '<rect x="100" y="100" width="824" height="824" rx="184" fill="#1d4ed8"/>' +
    '<circle cx="512" cy="512" r="280" fill="none" stroke="#ffffff" stroke-width="56"/>' +
    '<ellipse cx="512" cy="512" rx="126" ry="280" fill="none" stroke="#ffffff" stroke-width="44"/>' +
    '<path d="M232 512h560M268 372h488M268 652h488" stroke="#ffffff" stroke-width="40"/>' +
    `${mark}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * The window's title and favicon: the page's title, or which family changed while it is news.
 * A component of its own, so its clock (a title needs no seconds) re-renders nothing else.
 */
export function ChangeSignal({ pageTitle }: { pageTitle: string }): null {
  const changes = useFreshChanges(useNow(5000));
  const title = changeTitle(changes, pageTitle, useTranslator());
  const changed = changes.length > 0;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'icon';
      document.head.append(link);
    }
    link.type = 'image/svg+xml';
    link.href = faviconHref(changed);
    link.dataset.changed = String(changed);
  }, [changed]);
  return null;
}
