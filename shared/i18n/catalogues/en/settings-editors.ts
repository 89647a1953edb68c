/** English: settings-editors (the source; docs/i18n.md). */
export const settingsEditors = {} as const;
