/** English: web-shell (the source; docs/i18n.md). */
export const webShell = {
  // The app's window (renderer/src/App.tsx).
  'web.app.loadingSetup': 'Loading setup…',
} as const;
