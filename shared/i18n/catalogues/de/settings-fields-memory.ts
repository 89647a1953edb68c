/** German: the settings' words from shared/settings/memory.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsMemory as source } from '../en/settings-fields-memory';

export const settingsFieldsMemory = {
  'setting.label.memory-notice-above-mb-54c55c': 'Speicherhinweis über (MB)',
  'setting.help.one-notice-when-rss-440cd8':
    'Ein Hinweis, wenn der RSS sie überschreitet; 0: 80 % der Grenze eines Containers, sonst 25 % des Speichers, mindestens 256 MB.',
  'setting.label.sample-memory-every-seconds-07deee': 'Speicher messen alle (Sekunden)',
  'setting.help.how-often-the-memory-c7cd5d':
    'Wie oft der Speicher für das Diagramm gelesen und mit der Grenze verglichen wird.',
} satisfies Area<typeof source>;
