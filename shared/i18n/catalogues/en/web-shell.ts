/** English: web-shell (the source; docs/i18n.md). */
export const webShell = {} as const;
