/** English: settings-fields (the source; docs/i18n.md). */
export const settingsFields = {} as const;
