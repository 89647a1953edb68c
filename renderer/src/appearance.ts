/**
 * Appearance: theme, time zone, clock and language of this window. A per-device choice, so it
 * lives in the browser's storage (localStorage), not in the engine's settings.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

import { LANGUAGE_CHOICES, type LanguageChoice } from '../../shared/i18n/languages';
import { isTimeZone } from '../../shared/time-zone';

export type Theme = 'system' | 'light' | 'dark';
export interface Appearance {
  theme: Theme;
  /** IANA zone; '' = this machine's. */
  timeZone: string;
  /** 'auto' follows the locale. */
  clock: 'auto' | '12' | '24';
  /** This browser's language; 'auto' follows the app's language setting, or the browser's own. */
  language: LanguageChoice;
}

export const DEFAULT_APPEARANCE: Appearance = { theme: 'system', timeZone: '', clock: 'auto', language: 'auto' };
const KEY = 'ipwatch.appearance';

/** Reads a stored value, keeping only fields that are valid (a bad one falls back to its default). */
export function parseAppearance(text: string | null): Appearance {
  let raw: Record<string, unknown> = {};
  try {
    const v: unknown = text ? JSON.parse(text) : {};
    if (v && typeof v === 'object') raw = v as Record<string, unknown>;
  } catch {
    // A damaged value: defaults.
  }
  return {
    theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system',
    timeZone: typeof raw.timeZone === 'string' && (raw.timeZone === '' || isTimeZone(raw.timeZone)) ? raw.timeZone : '',
    clock: raw.clock === '12' || raw.clock === '24' ? raw.clock : 'auto',
    language: LANGUAGE_CHOICES.find((l) => l === raw.language) ?? 'auto',
  };
}

const listeners = new Set<() => void>();
let cached: { text: string | null; value: Appearance } | null = null;

/** This window's appearance as stored now (outside React: main.tsx's first catalogue). */
export function readAppearance(): Appearance {
  const text = globalThis.localStorage?.getItem(KEY) ?? null;
  if (!cached || cached.text !== text) cached = { text, value: parseAppearance(text) };
  return cached.value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useAppearance(): [Appearance, (next: Partial<Appearance>) => void] {
  const value = useSyncExternalStore(subscribe, readAppearance);
  const update = useCallback((next: Partial<Appearance>) => {
    localStorage.setItem(KEY, JSON.stringify({ ...readAppearance(), ...next }));
    for (const l of [...listeners]) l();
  }, []);
  return [value, update];
}

/** Puts the chosen theme on <html data-theme>, following the system while set to 'system'. */
export function useApplyTheme(theme: Theme): void {
  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () =>
      (document.documentElement.dataset.theme = theme === 'system' ? (media?.matches ? 'dark' : 'light') : theme);
    apply();
    media?.addEventListener?.('change', apply);
    return () => media?.removeEventListener?.('change', apply);
  }, [theme]);
}
