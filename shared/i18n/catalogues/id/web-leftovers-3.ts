import type { Area } from '../area';
import type { webLeftovers3 as source } from '../en/web-leftovers-3';

export const webLeftovers3 = {
  'error.timeLimit': 'Batas waktu permintaan habis sebelum jawaban datang.',
  'error.short.timeLimit': 'batas waktu habis sebelum ada jawaban',
  'web.query.what.history': 'riwayat',
  'web.query.what.statistics': 'statistik',
  'web.query.what.sites': 'lokasi',
  'web.query.what.site': 'lokasi {name}',
  'web.query.what.botState': 'status bot',
  'web.query.what.forecast': 'prakiraan',
  'web.query.what.auditLog': 'log audit',
} as const satisfies Area<typeof source>;
