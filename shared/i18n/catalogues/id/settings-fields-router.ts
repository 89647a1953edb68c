/** Indonesian: the settings' words from shared/settings/router.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsRouter as source } from '../en/settings-fields-router';

export const settingsFieldsRouter = {
  'setting.help.ask-the-home-router-07b1cc':
    'Tanyakan alamat IPv4 eksternal kepada router rumah melalui NAT-PMP, PCP, dan UPnP.',
  'setting.label.ask-the-router-every-b9bcd5': 'Tanya router setiap (menit)',
  'setting.help.time-between-two-questions-aca99f':
    'Jeda antara dua pertanyaan ke router bila router tidak mengumumkan apa pun.',
  'setting.label.hear-router-announcements-1d49f2': 'Dengarkan pengumuman router',
  'setting.help.listen-for-the-router-c046dc':
    'Dengarkan pengumuman NAT-PMP/PCP dan peristiwa UPnP dari router, lalu langsung bertanya.',
} satisfies Area<typeof source>;
