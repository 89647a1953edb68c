/**
 * A length of time as people read it, the two largest units, each rounded down: "3 d 4 h",
 * "4 min 18 s", "42 s". One copy for the dashboard, the CLI and the bot, so a figure reads the
 * same everywhere; rounding down keeps a part (offline) from reading longer than its whole
 * (monitored). `units`: how many units at most; the tray's tooltip, short of room, says one
 * ("3 min ago"). Pure.
 */
export function formatDuration(ms: number, units: 1 | 2 = 2): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.floor(ms / 1000);
  const parts: [number, string][] = [
    [Math.floor(s / 86_400), 'd'],
    [Math.floor((s % 86_400) / 3600), 'h'],
    [Math.floor((s % 3600) / 60), 'min'],
    [s % 60, 's'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return '0 s';
  return parts
    .slice(first, first + units)
    .filter(([n]) => n > 0)
    .map(([n, u]) => `${n} ${u}`)
    .join(' ');
}
