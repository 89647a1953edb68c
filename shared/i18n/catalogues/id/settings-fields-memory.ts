/** Indonesian: the settings' words from shared/settings/memory.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsMemory as source } from '../en/settings-fields-memory';

export const settingsFieldsMemory = {
  'setting.label.memory-notice-above-mb-54c55c': 'Notifikasi memori di atas (MB)',
  'setting.help.one-notice-when-rss-440cd8':
    'Satu notifikasi saat RSS melewatinya; 0: 80 % dari batas kontainer, atau 25 % memori, paling sedikit 256 MB.',
  'setting.label.sample-memory-every-seconds-07deee': 'Ukur memori setiap (detik)',
  'setting.help.how-often-the-memory-c7cd5d':
    'Seberapa sering memori dibaca untuk grafik dan dibandingkan dengan batasnya.',
} satisfies Area<typeof source>;
