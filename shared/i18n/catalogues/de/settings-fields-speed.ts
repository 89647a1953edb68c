/** German: the settings' words from shared/settings/speed.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsSpeed as source } from '../en/settings-fields-speed';

export const settingsFieldsSpeed = {
  'setting.help.measure-download-and-upload-874ba6':
    'Download- und Upload-Geschwindigkeit auf Wunsch oder nach Zeitplan messen; jeder Test überträgt höchstens das Limit unten.',
  'setting.label.test-every-hours-354441': 'Testen alle (Stunden)',
  'setting.help.time-between-two-scheduled-b52fef': 'Zeit zwischen zwei geplanten Tests; 0 testet nur auf Wunsch.',
  'setting.label.speed-test-server-e75844': 'Speedtest-Server',
  'setting.help.serves-down-and-up-86457b': 'Stellt /__down und /__up bereit wie speed.cloudflare.com.',
  'setting.label.test-over-a4eca5': 'Testen über',
  'setting.help.the-address-family-the-981fb6': 'Die IP-Version, mit der sich der Test verbindet.',
  'setting.label.data-per-test-mb-bdd2b4': 'Daten je Test (MB)',
  'setting.help.most-a-test-downloads-d03f8c':
    'Höchstens so viel lädt ein Test insgesamt herunter und hoch; größere Schritte entfallen.',
  'setting.label.time-per-test-s-7b74c4': 'Zeit je Test (s)',
  'setting.help.a-test-stops-here-0c09d9': 'Ein Test endet hier und meldet, was er bis dahin gemessen hat.',
  'setting.label.skip-metered-connections-6685df': 'Getaktete Verbindungen auslassen',
  'setting.help.do-not-test-while-0ffdea':
    'Nicht testen, solange das System die Verbindung als getaktet meldet (Linux NetworkManager, Windows).',
} satisfies Area<typeof source>;
