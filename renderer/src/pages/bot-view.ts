/**
 * The Discord bot's part of the status (`status.bot`, added by the bot module; absent when the
 * engine has no bot). Read defensively: the page shows what is there and says what is not.
 */
export interface BotView {
  state: string;
  user: string | null;
  error: string | null;
  guilds: { id: string; name: string }[];
  commands: { name: string; description: string }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

export function botView(status: unknown): BotView | null {
  const bot = (status as { bot?: unknown } | null)?.bot;
  if (typeof bot !== 'object' || bot === null) return null;
  const b = bot as Record<string, unknown>;
  const user =
    b.user && typeof b.user === 'object'
      ? str((b.user as Record<string, unknown>).tag ?? (b.user as Record<string, unknown>).username)
      : str(b.user);
  return {
    state: str(b.state) ?? (b.connected === true ? 'ready' : b.connected === false ? 'disconnected' : 'unknown'),
    user,
    error: str(b.error) ?? str(b.lastError),
    guilds: list(b.guilds).map((g) => ({ id: String(g.id ?? ''), name: String(g.name ?? g.id ?? '?') })),
    commands: list(b.commands).map((c) => ({ name: String(c.name ?? '?'), description: String(c.description ?? '') })),
  };
}
