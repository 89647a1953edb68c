/**
 * Indonesian (en/uptime.ts). Uptime: its figure, what it covers and its tiles.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { uptime as source } from '../en/uptime';

export const uptime = {
  'uptime.percent': '{value}%',
  'uptime.notMonitored': 'tidak dipantau dalam periode ini',
  'uptime.noSource': 'tidak dipantau: tidak ada sumber',
  'uptime.over': 'dari {duration} pemantauan',
  'uptime.overUnderSecond': 'dari kurang dari 1 dtk pemantauan',
  'uptime.underSecond': 'kurang dari 1 dtk',
  'uptime.offline': '{over} · terputus {duration}',
  'uptime.line': '{percent} {cover}',
  'uptime.tile.notYet': 'belum dipantau',
  'uptime.tile.noSourceCovers': 'belum ada sumber yang diatur, jadi tidak ada cek yang dikirim',
  'uptime.tile.noCheck': 'belum ada cek',
  'uptime.tile.nowNoSource': '{covers} · sekarang {noSource}',
  'uptime.tile.since': 'sejak {time}',
  'uptime.tile.day': '24 jam terakhir',
  'uptime.tile.days': '{days} hari terakhir',
  'uptime.tile.year': '1 tahun terakhir',
} as const satisfies Area<typeof source>;
