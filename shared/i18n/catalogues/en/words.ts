/** English: words (the source; docs/i18n.md). */
export const words = {} as const;
