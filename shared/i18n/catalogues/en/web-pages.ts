/** English: web-pages (the source; docs/i18n.md). */
export const webPages = {} as const;
