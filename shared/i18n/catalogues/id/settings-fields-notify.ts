/** Indonesian: the settings' words from shared/settings/notify.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsNotify as source } from '../en/settings-fields-notify';

export const settingsFieldsNotify = {
  'setting.label.channel-id-3903fe': 'ID kanal',
  'setting.help.a-short-unique-name-8d4f18':
    'Nama pendek yang unik: huruf, angka, titik, tanda hubung, atau garis bawah.',
  'setting.label.channel-type-151683': 'Jenis kanal',
  'setting.help.the-service-this-channel-fc2f13':
    'Layanan tujuan kanal ini: desktop, Discord, Slack, Telegram, email...',
  'setting.label.send-through-this-channel-5b7778': 'Kirim melalui kanal ini',
  'setting.help.off-keeps-the-channel-5109b6':
    'Nonaktif: pengaturan kanal tetap disimpan, tetapi tidak ada yang dikirim.',
  'setting.label.events-sent-e2978a': 'Peristiwa yang dikirim',
  'setting.help.what-this-channel-is-ffdf5c':
    'Hal-hal yang diberitahukan ke kanal ini; kabar bahwa IPWatch dimulai juga memerlukan "Beri tahu saat IPWatch dimulai".',
  'setting.help.how-addresses-appear-in-baa3d9': 'Cara alamat ditampilkan dalam pesan kanal ini.',
  'setting.label.unconfirmed-checks-before-a-59c5cd': 'Pemeriksaan tak terkonfirmasi sebelum peringatan',
  'setting.help.checks-in-a-row-faf4ea':
    'Pemeriksaan berturut-turut pada satu versi IP saat sumber-sumber tidak sepakat.',
  'setting.label.set-aside-sources-before-04c3ed': 'Sumber yang dikesampingkan sebelum peringatan',
  'setting.help.sources-whose-circuit-breaker-cc3cd8': 'Sumber yang circuit breaker-nya terbuka pada saat yang sama.',
  'setting.label.changes-that-make-a-f7e046': 'Perubahan yang memicu peringatan',
  'setting.help.address-changes-of-one-d80fb8':
    'Perubahan alamat pada satu versi IP dalam rentang waktu itu yang menandakan koneksi tidak stabil.',
  'setting.label.within-seconds-9589ae': 'Dalam rentang (detik)',
  'setting.help.the-time-those-changes-cc5fc6': 'Rentang waktu tempat perubahan-perubahan itu harus terjadi.',
  'setting.label.time-zone-of-messages-b6b798': 'Zona waktu pesan',
  'setting.help.the-iana-zone-for-f1be6d':
    'Zona IANA untuk waktu dalam pesan, mis. Asia/Jakarta; kosong: zona komputer ini.',
  'setting.label.report-offline-after-seconds-dc98fe': 'Laporkan terputus setelah (detik)',
  'setting.help.time-without-a-connection-b5f4f8':
    'Lama tanpa koneksi sebelum notifikasi terputus dikirim; gangguan singkat tidak dilaporkan.',
  'setting.label.hold-changes-for-seconds-3134dd': 'Tahan perubahan selama (detik)',
  'setting.help.a-change-back-within-72d73f':
    'Perubahan yang berbalik dalam waktu ini dikirim sebagai satu notifikasi "sempat berganti"; 0 langsung mengirim setiap perubahan.',
  'setting.label.frequent-changes-ac9781': 'Alamat sering berubah',
  'setting.help.warn-of-a-flaky-132782': 'Peringatkan koneksi yang tidak stabil saat alamat sering berubah.',
  'setting.label.unreliable-detection-ea71a4': 'Deteksi tidak andal',
  'setting.help.warn-when-the-address-2bb82e': 'Peringatkan saat alamat tidak dapat dikonfirmasi dengan andal.',
  'setting.label.notify-when-ipwatch-starts-206b92': 'Beri tahu saat IPWatch dimulai',
  'setting.help.send-a-started-notice-527de9':
    'Kirim notifikasi bahwa IPWatch dimulai, berisi alamat saat ini, setiap kali IPWatch dijalankan.',
  'setting.label.give-up-delivering-after-f06d4a': 'Berhenti mencoba mengirim setelah (jam)',
  'setting.help.a-notification-that-has-78d71c':
    'Notifikasi yang sudah menunggu selama ini (selama IPWatch berjalan) kedaluwarsa pada percobaan gagal berikutnya, tidak pernah tanpa dicoba.',
  'setting.label.delivery-retries-a72ec0': 'Pengiriman ulang',
  'setting.help.how-a-delivery-that-af872f': 'Cara pengiriman yang gagal dicoba lagi.',
  'setting.label.first-retry-after-seconds-5f74e7': 'Percobaan ulang pertama setelah (detik)',
  'setting.help.doubles-after-each-failed-298691':
    'Berlipat dua setelah setiap percobaan yang gagal, dengan jitter; Retry-After dari layanan dapat memperpanjang jeda, hingga 6 jam.',
  'setting.label.longest-wait-between-attempts-dc9329': 'Jeda terlama antarpercobaan (detik)',
  'setting.help.the-cap-of-that-e84ee0': 'Batas atas jeda tersebut; minimal sama dengan percobaan ulang pertama.',
  'setting.label.failures-before-failing-cf9af9': 'Kegagalan sebelum "gagal"',
  'setting.help.failed-attempts-in-a-854245':
    'Percobaan gagal berturut-turut sebelum kanal ditampilkan sebagai gagal, bukan sedang mencoba ulang.',
  'setting.label.delivery-timeout-seconds-326d42': 'Batas waktu pengiriman (detik)',
  'setting.help.how-long-one-delivery-459f8a': 'Berapa lama satu percobaan pengiriman boleh berlangsung.',
  'setting.label.keep-delivered-notifications-days-52ba91': 'Simpan notifikasi terkirim (hari)',
  'setting.help.days-sent-and-expired-2185ce':
    'Jumlah hari notifikasi yang terkirim dan kedaluwarsa tetap tercantum di kotak keluar.',
  'setting.help.where-notifications-go-desktop-86efa1':
    'Tujuan notifikasi: desktop, Discord, Slack, Telegram, email, webhook...',
  'setting.label.recurring-quiet-windows-3dc1ec': 'Jendela senyap berulang',
  'setting.help.times-notices-wait-and-856cf6':
    'Waktu notifikasi menunggu lalu disampaikan dalam satu ringkasan saat jendela berakhir, mis. sambung ulang setiap malam.',
  'setting.label.window-id-28e031': 'ID jendela',
  'setting.label.starts-cron-c56833': 'Mulai (cron)',
  'setting.help.when-each-window-starts-917611':
    'Kapan setiap jendela mulai, sebagai cron: menit jam hari bulan hari-minggu, mis. 0 3 * * * untuk pukul 03:00 setiap hari.',
  'setting.label.time-zone-of-the-51e323': 'Zona waktu jendela',
  'setting.help.the-iana-zone-the-cfd165':
    'Zona IANA tempat cron dibaca, mis. Europe/Berlin; kosong: zona komputer ini.',
  'setting.label.lasts-minutes-664344': 'Berlangsung (menit)',
  'setting.help.how-long-each-window-63585a': 'Berapa lama setiap jendela tetap senyap.',
  'setting.label.channels-kept-quiet-99a16f': 'Kanal yang disenyapkan',
  'setting.help.the-channel-ids-this-b0e53f': 'ID kanal yang ditahan jendela ini; tidak ada yang disebut: semua kanal.',
  'setting.label.expected-change-320bb8': 'Perubahan yang diharapkan',
  'setting.help.the-window-is-for-c2f52a':
    'Jendela ini untuk perubahan yang Anda harapkan, seperti sambung ulang setiap malam: status menyebutnya.',
} satisfies Area<typeof source>;
