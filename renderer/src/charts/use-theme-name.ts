/** The theme in effect (light or dark), resolving 'system' through the media query as useApplyTheme does. */
import { useSyncExternalStore } from 'react';

import type { ThemeName } from '../../../shared/chart-palette';
import { useAppearance } from '../appearance';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia?.(DARK);
  media?.addEventListener?.('change', listener);
  return () => media?.removeEventListener?.('change', listener);
}

const systemDark = () => window.matchMedia?.(DARK).matches ?? false;

export function useThemeName(): ThemeName {
  const [appearance] = useAppearance();
  const dark = useSyncExternalStore(subscribe, systemDark);
  if (appearance.theme === 'system') return dark ? 'dark' : 'light';
  return appearance.theme;
}
