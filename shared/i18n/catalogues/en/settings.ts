/** English: settings (the source; docs/i18n.md). */
export const settings = {} as const;
