/**
 * Uptime: its figure, what it covers and its tiles.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const uptime = {
  'uptime.percent': '{value} %',
  'uptime.notMonitored': 'not monitored in this time',
  'uptime.noSource': 'not monitored: no source',
  'uptime.over': 'over {duration} monitored',
  'uptime.overUnderSecond': 'under 1 s monitored',
  'uptime.underSecond': 'under 1 s',
  'uptime.offline': '{over} · offline {duration}',
  'uptime.line': '{percent} {cover}',
  'uptime.tile.notYet': 'not monitored yet',
  'uptime.tile.noSourceCovers': 'no source is set up, so no check is sent',
  'uptime.tile.noCheck': 'no check so far',
  'uptime.tile.nowNoSource': '{covers} · now {noSource}',
  'uptime.tile.since': 'since {time}',
  'uptime.tile.day': 'last 24 h',
  'uptime.tile.days': 'last {days} d',
  'uptime.tile.year': 'last 1 y',
} as const;
