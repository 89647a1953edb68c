/** Indonesian: the settings' words from shared/settings/memory.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsMemory as source } from '../en/settings-fields-memory';

export const settingsFieldsMemory = {
  'setting.label.memory-notice-above-mb-54c55c': 'Notifikasi memori di atas (MB)',
  'setting.help.one-notice-when-rss-d2a45c':
    'Satu notifikasi saat RSS melewatinya; 0: 80 % dari batas kontainer, atau seperempat memori komputer tetapi paling sedikit 256 MB (80 % dari komputer di bawah 320 MB).',
  'setting.label.sample-memory-every-seconds-07deee': 'Ukur memori setiap (detik)',
  'setting.help.how-often-the-memory-c7cd5d':
    'Seberapa sering memori dibaca untuk grafik dan dibandingkan dengan batasnya.',
} satisfies Area<typeof source>;
