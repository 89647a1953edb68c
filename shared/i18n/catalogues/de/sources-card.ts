import type { Area } from '../area';
import type { sourcesCard as source } from '../en/sources-card';

export const sourcesCard = {
  'web.sourcesCard.all.offline': 'Keine Quelle hat geantwortet: Das Netz ist nicht erreichbar.',
  'web.sourcesCard.all.failing':
    '{count, plural, one {Die einzige Quelle ist gestört: {what}.} other {Alle # Quellen sind gestört: {what}.}}',
  'web.sourcesCard.all.noAgreement': 'Die Quellen haben geantwortet, aber zu wenige mit derselben Adresse.',
  'web.sourcesCard.all.notAsked':
    '{count, plural, one {Die einzige Quelle wurde noch nicht gefragt.} other {Keine der # Quellen wurde bisher gefragt.}}',
  'web.sourcesCard.all.answering':
    '{count, plural, one {Die einzige Quelle antwortet.} other {Alle # Quellen antworten.}}',
  'web.sourcesCard.showTable': '{count, plural, one {Quelle anzeigen} other {Alle # Quellen anzeigen}}',
  'web.sourcesCard.summary': '{count, plural, one {# Quelle} other {# Quellen}}: {parts}.',
  'web.sourcesCard.part': '{state} ({count})',
  'web.sourcesCard.group.offline':
    'Keine {families}-Quelle hat bei der letzten Prüfung geantwortet: Das Problem ist das Netz, nicht die Quellen',
  'web.sourcesCard.group.failing': 'Gestört: {what}',
  'web.sourcesCard.group.noAgreement': 'Geantwortet, aber zu wenige mit derselben Adresse',
  'web.sourcesCard.group.notAsked': 'Noch nicht gefragt',
  'web.sourcesCard.group.answering': 'Antworten',
  'web.sourcesCard.kind.unusable': 'die Antwort enthielt keine brauchbare Adresse',
  'web.sourcesCard.kind.outvoted': 'die anderen Quellen nannten eine andere Adresse',
} satisfies Area<typeof source>;
