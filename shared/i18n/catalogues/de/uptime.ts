/**
 * German (en/uptime.ts). Uptime: its figure, what it covers and its tiles.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { uptime as source } from '../en/uptime';

export const uptime = {
  'uptime.percent': '{value} %',
  'uptime.notMonitored': 'in diesem Zeitraum nicht überwacht',
  'uptime.noSource': 'nicht überwacht: keine Quelle',
  'uptime.over': 'in {duration} Überwachung',
  'uptime.overUnderSecond': 'in unter 1 Sek. Überwachung',
  'uptime.underSecond': 'unter 1 Sek.',
  'uptime.offline': '{over} · {duration} offline',
  'uptime.line': '{percent} {cover}',
  'uptime.tile.notYet': 'noch nicht überwacht',
  'uptime.tile.noSourceCovers': 'keine Quelle eingerichtet, daher wird nichts geprüft',
  'uptime.tile.noCheck': 'noch keine Prüfung',
  'uptime.tile.nowNoSource': '{covers} · jetzt {noSource}',
  'uptime.tile.since': 'seit {time}',
  'uptime.tile.day': 'letzte 24 Std.',
  'uptime.tile.days': 'letzte {days} Tage',
  'uptime.tile.year': 'letzte 365 Tage',
} as const satisfies Area<typeof source>;
