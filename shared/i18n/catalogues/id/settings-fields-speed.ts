/** Indonesian: the settings' words from shared/settings/speed.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsSpeed as source } from '../en/settings-fields-speed';

export const settingsFieldsSpeed = {
  'setting.help.measure-download-and-upload-874ba6':
    'Ukur kecepatan unduh dan unggah saat diminta atau sesuai jadwal; setiap tes memakai data hingga batas di bawah.',
  'setting.label.test-every-hours-354441': 'Tes setiap (jam)',
  'setting.help.time-between-two-scheduled-b52fef':
    'Jeda antara dua tes terjadwal; 0 hanya menguji saat Anda memintanya.',
  'setting.label.speed-test-server-e75844': 'Server tes kecepatan',
  'setting.help.serves-down-and-up-86457b': 'Menyajikan /__down dan /__up seperti speed.cloudflare.com.',
  'setting.label.test-over-a4eca5': 'Tes melalui',
  'setting.help.the-address-family-the-981fb6': 'Versi IP yang dipakai tes untuk tersambung.',
  'setting.label.data-per-test-mb-bdd2b4': 'Data per tes (MB)',
  'setting.help.most-a-test-downloads-d03f8c':
    'Batas data yang diunduh dan diunggah satu tes secara keseluruhan; tahap yang lebih besar dilewati.',
  'setting.label.time-per-test-s-7b74c4': 'Waktu per tes (s)',
  'setting.help.a-test-stops-here-0c09d9': 'Tes berhenti di sini dan melaporkan hasil yang sudah terukur.',
  'setting.label.skip-metered-connections-6685df': 'Lewati koneksi terukur',
  'setting.help.do-not-test-while-0ffdea':
    'Jangan menguji selama sistem menyatakan koneksinya terukur (NetworkManager di Linux, Windows).',
} satisfies Area<typeof source>;
