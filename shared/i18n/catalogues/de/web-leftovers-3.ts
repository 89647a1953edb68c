import type { Area } from '../area';
import type { webLeftovers3 as source } from '../en/web-leftovers-3';

export const webLeftovers3 = {
  'error.timeLimit': 'Das Zeitlimit der Anfrage ist abgelaufen, bevor eine Antwort kam.',
  'error.short.timeLimit': 'Zeitlimit vor einer Antwort abgelaufen',
} as const satisfies Area<typeof source>;
