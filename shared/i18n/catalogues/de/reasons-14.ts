import type { Area } from '../area';
import type { reasons14 as source } from '../en/reasons-14';

export const reasons14 = {
  'reason.audit.botCommand':
    'Server {guild, select, none {(keiner)} other {{guild}}}, Kanal {channel}, Optionen {options}',
  'reason.audit.botButton':
    'Server {guild, select, none {(keiner)} other {{guild}}}, Kanal {channel}, Argumente {args}',
  'audit.bot.unknownCommand': 'unbekannter Befehl',
  'audit.bot.unknownButton': 'unbekannte Schaltfläche',
  'audit.bot.rateLimited': 'zu häufig (wieder in {seconds} Sek.)',
  'audit.bot.invalid': 'ungültig: {error}',
  'audit.bot.error': 'Fehler: {error}',
} as const satisfies Area<typeof source>;
