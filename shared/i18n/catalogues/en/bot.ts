/** English: bot (the source; docs/i18n.md). */
export const bot = {} as const;
