import type { Area } from '../area';
import type { webLeftovers3 as source } from '../en/web-leftovers-3';

export const webLeftovers3 = {
  'error.timeLimit': 'Das Zeitlimit der Anfrage ist abgelaufen, bevor eine Antwort kam.',
  'error.short.timeLimit': 'Zeitlimit vor einer Antwort abgelaufen',
  'web.query.what.history': 'Verlauf',
  'web.query.what.statistics': 'Statistik',
  'web.query.what.sites': 'die Standorte',
  'web.query.what.site': 'der Standort {name}',
  'web.query.what.botState': 'Zustand des Bots',
  'web.query.what.forecast': 'Vorhersage',
  'web.query.what.auditLog': 'das Prüfprotokoll',
} as const satisfies Area<typeof source>;
