import type { Area } from '../area';
import type { reasons14 as source } from '../en/reasons-14';

export const reasons14 = {
  'reason.audit.botCommand':
    'server {guild, select, none {(tidak ada)} other {{guild}}}, kanal {channel}, opsi {options}',
  'reason.audit.botButton':
    'server {guild, select, none {(tidak ada)} other {{guild}}}, kanal {channel}, argumen {args}',
  'audit.bot.unknownCommand': 'perintah tidak dikenal',
  'audit.bot.unknownButton': 'tombol tidak dikenal',
  'audit.bot.rateLimited': 'terlalu sering (coba lagi dalam {seconds} dtk)',
  'audit.bot.invalid': 'tidak valid: {error}',
  'audit.bot.error': 'galat: {error}',
} as const satisfies Area<typeof source>;
