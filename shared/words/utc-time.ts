/** 2026-01-02 00:01:05 UTC: a moment as the runner's lines, the API's words and the bot print it alike. Pure. */
export const utcTime = (at: number): string => `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
