import type { Area } from '../area';
import type { webShell as source } from '../en/web-shell';

export const webShell = {
  // The app's window (renderer/src/App.tsx).
  'web.app.loadingSetup': 'Memuat penyiapan…',
} satisfies Area<typeof source>;
