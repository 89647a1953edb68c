import type { Area } from '../area';
import type { webLeftovers3 as source } from '../en/web-leftovers-3';

export const webLeftovers3 = {
  'error.timeLimit': 'Batas waktu permintaan habis sebelum jawaban datang.',
  'error.short.timeLimit': 'batas waktu habis sebelum ada jawaban',
} as const satisfies Area<typeof source>;
