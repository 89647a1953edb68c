/** German: the settings' words from shared/settings/router.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsRouter as source } from '../en/settings-fields-router';

export const settingsFieldsRouter = {
  'setting.help.ask-the-home-router-07b1cc':
    'Den Heimrouter per NAT-PMP, PCP und UPnP nach seiner externen IPv4-Adresse fragen.',
  'setting.label.ask-the-router-every-b9bcd5': 'Router fragen alle (Minuten)',
  'setting.help.time-between-two-questions-aca99f':
    'Zeit zwischen zwei Anfragen an den Router, wenn er nichts ankündigt.',
  'setting.label.hear-router-announcements-1d49f2': 'Router-Ankündigungen empfangen',
  'setting.help.listen-for-the-router-c046dc':
    'Auf NAT-PMP/PCP-Ankündigungen und UPnP-Ereignisse des Routers hören und sofort fragen.',
} satisfies Area<typeof source>;
