import type { Area } from '../area';
import type { reasons12 as source } from '../en/reasons-12';

export const reasons12 = {
  'reason.bot.tokenRejected':
    'Discord menolak token bot; atur token baru (bot baru mencoba lagi setelah token diganti)',
  'reason.bot.waitToLogin': 'tidak dapat terhubung: Discord meminta menunggu {seconds} dtk sebelum login berikutnya',
  'reason.bot.gatewayClosed': 'gateway ditutup permanen (kode {code})',
} as const satisfies Area<typeof source>;
