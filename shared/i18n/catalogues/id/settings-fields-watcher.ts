/** Indonesian: the settings' words from shared/settings/watcher.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsWatcher as source } from '../en/settings-fields-watcher';

export const settingsFieldsWatcher = {
  'setting.help.off-no-ping-is-c5ee58':
    'Nonaktif: tidak ada ping yang dikirim, dan layanan itu akan menyatakan IPWatch mati.',
  'setting.label.service-b643c7': 'Layanan',
  'setting.help.who-receives-the-pings-9c512d': 'Penerima ping-nya.',
  'setting.choice.healthchecks-io-or-your-f16af8': 'Healthchecks.io (atau server Healthchecks Anda sendiri)',
  'setting.choice.an-uptime-kuma-push-6d7daa': 'Monitor push Uptime Kuma',
  'setting.label.ping-url-5af5fa': 'URL ping',
  'setting.help.the-check-s-url-a78fe0':
    'URL check seperti yang ditampilkan layanan itu; URL ini memuat kunci check-nya, jadi disimpan sebagai rahasia.',
  'setting.label.at-most-every-seconds-ade2cd': 'Paling sering setiap (detik)',
  'setting.help.one-ping-per-this-bded59':
    'Satu ping per rentang ini setelah pemeriksaan yang berhasil; kegagalan langsung dikirim.',
  'setting.label.run-a-program-on-6dbf37': 'Jalankan program saat berubah',
  'setting.help.off-nothing-is-run-b443bd':
    'Nonaktif: tidak ada yang dijalankan. Programnya harus ada dan dapat dieksekusi.',
  'setting.label.program-to-run-7946c5': 'Program yang dijalankan',
  'setting.help.its-full-path-e-380451':
    'Jalur lengkapnya, mis. /usr/local/bin/on-ip-change. Dijalankan langsung, tidak pernah melalui shell.',
  'setting.label.arguments-a33c19': 'Argumen',
  'setting.help.passed-as-they-are-aa8d54':
    'Diteruskan apa adanya, satu per entri; tidak ada shell yang menguraikannya.',
  'setting.label.run-on-6c33f4': 'Jalankan saat',
  'setting.help.the-events-that-run-fb135a': 'Peristiwa yang menjalankan program.',
  'setting.choice.a-confirmed-address-change-412619': 'Perubahan alamat yang terkonfirmasi',
  'setting.choice.the-machine-went-offline-5ed5f1': 'Komputer ini terputus',
  'setting.choice.the-machine-is-back-d14db0': 'Komputer ini kembali online',
  'setting.choice.the-nat-in-front-837703': 'NAT di depan koneksi berubah',
  'setting.choice.a-shared-cgnat-address-7646ef': 'Terlihat alamat bersama (CGNAT)',
  'setting.help.a-run-still-going-6057eb':
    'Program yang masih berjalan setelah selama ini dihentikan paksa, beserta proses yang dimulainya.',
} satisfies Area<typeof source>;
