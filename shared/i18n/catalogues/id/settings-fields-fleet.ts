/** Indonesian: the settings' words from shared/settings/fleet.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsFleet as source } from '../en/settings-fields-fleet';

export const settingsFieldsFleet = {
  'setting.help.this-runner-s-addresses-02c2a9':
    'Alamat dan kesehatan runner ini, disimpan (retained) di broker untuk para pemantau.',
  'setting.help.show-every-site-published-69eb7e':
    'Tampilkan setiap lokasi yang dipublikasikan di bawah prefiks, beserta peristiwa terbarunya.',
  'setting.label.site-name-eed3b0': 'Nama lokasi',
  'setting.help.this-runner-s-name-4ad6a8':
    'Nama runner ini di antara lokasi, mis. rumah atau kantor; satu tingkat topik: tanpa / + #.',
  'setting.label.broker-address-d07c85': 'Alamat broker',
  'setting.help.its-url-mqtts-broker-b77048':
    'URL-nya: mqtts://broker.example.org:8883 (TLS) atau mqtt://192.168.1.5:1883.',
  'setting.help.the-broker-user-this-87367d':
    'Pengguna broker yang dipakai lokasi ini untuk masuk; ACL hanya mengizinkannya menulis ke topiknya sendiri.',
  'setting.label.broker-password-fcda43': 'Kata sandi broker',
  'setting.help.the-broker-user-s-f16ef2':
    'Kata sandi pengguna broker; disimpan sebagai rahasia, tidak pernah dipublikasikan.',
  'setting.label.client-certificate-file-9a7be5': 'File sertifikat klien',
  'setting.help.pem-file-signs-in-f35f3b':
    'File PEM: masuk dengan sertifikat, sebagai ganti kata sandi (atau bersamanya).',
  'setting.label.private-key-file-4f218b': 'File kunci privat',
  'setting.help.pem-file-of-the-5cd9c8': 'File PEM berisi kunci privat sertifikat klien.',
  'setting.label.broker-s-ca-certificate-e646f7': 'File sertifikat CA broker',
  'setting.help.pem-file-of-the-c81031': 'File PEM dari CA yang menandatangani sertifikat broker; kosong: CA sistem.',
  'setting.label.topics-under-fb9998': 'Topik di bawah',
  'setting.help.every-site-publishes-under-ae8da4':
    "Setiap lokasi memublikasikan di bawahnya: '<'prefiks>/'<'lokasi>/state dan '<'prefiks>/'<'lokasi>/event.",
  'setting.label.keep-alive-seconds-634bb1': 'Keep-alive (detik)',
  'setting.help.a-site-whose-link-d7a438':
    'Lokasi yang koneksinya putus diam-diam tampil terputus dalam ⌊1,5 × nilai ini⌋ + 6,1 dtk pada mosquitto 2.0.11 (docs/fleet.md).',
  'setting.label.forget-sites-after-days-a29444': 'Lupakan lokasi setelah (hari)',
  'setting.help.a-site-not-online-d9d060':
    'Lokasi yang tidak online dan tidak ada kabarnya selama sekian hari ini dilupakan (0: tidak pernah) sampai lokasi itu memublikasikan lagi.',
} satisfies Area<typeof source>;
