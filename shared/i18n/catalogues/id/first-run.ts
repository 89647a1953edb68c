/**
 * Indonesian (en/first-run.ts). The first run, in the browser and the app.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { firstRun as source } from '../en/first-run';

export const firstRun = {
  // The first run, in a browser and in the app (renderer/src/first-run/).
  'web.firstRun.what.settings': 'pengaturan',
  'web.firstRun.step.watch': 'Yang dipantau',
  'web.firstRun.step.notify': 'Notifikasi',
  'web.firstRun.step.discord': 'Bot Discord',
  'web.firstRun.step.ddns': 'Nama host',
  'web.firstRun.steps': 'Langkah',
  'web.firstRun.familiesProblem': 'Pantau setidaknya salah satu dari IPv4 dan IPv6.',
  'web.firstRun.botToken': 'Token bot',
  'web.firstRun.serverId': 'ID server',
  'web.firstRun.channelId': 'ID kanal',
  'web.firstRun.newChannel': 'kanal baru',
  'web.firstRun.newRecord': 'record baru',
  // `field` is the setting's own name (its key), `message` the reason in words.
  'web.firstRun.fieldProblem': '{name}: {field}: {message}',
  'web.firstRun.problem': '{field}: {message}',
  'web.firstRun.fieldsNeedFixing': '{count, plural, other {# kolom perlu}} diperbaiki dulu:',
  'web.firstRun.title': 'Siapkan IPWatch',
  'web.firstRun.skip': 'Lewati penyiapan',
  'web.firstRun.stepOf': 'Langkah {step} dari {steps}: {title}',
  'web.firstRun.back': 'Kembali',
  'web.firstRun.next': 'Berikutnya',
  'web.firstRun.saving': 'Menyimpan…',
  'web.firstRun.save': 'Simpan dan mulai memantau',
  'web.firstRun.couldNotSave': 'Tidak dapat menyimpan: {error}',
  'web.firstRun.couldNotSkip': 'Tidak dapat melewati: {error}',
  'web.firstRun.watchIntro':
    'IPWatch menanyakan alamat publik komputer ini ke beberapa layanan dan mencatat setiap perubahan.',
  'web.firstRun.addresses': 'Alamat yang dipantau',
  'web.firstRun.familyAddress': 'Alamat IPv{family}',
  'web.firstRun.ipv6Note':
    'Biarkan IPv6 aktif hanya jika koneksi Anda mendukungnya: versi IP tanpa alamat akan dilaporkan begitu.',
  'web.firstRun.notifyIntro':
    'Ke mana IPWatch harus memberi tahu Anda bahwa alamat berubah? Tambahkan kanal, isi kolomnya, dan kirim tes untuk memastikan notifikasinya sampai. Di server tanpa sesi desktop, kanal desktop awalnya dinonaktifkan: tambahkan kanal yang bisa menjangkau Anda.',
  'web.firstRun.discordIntro':
    'Opsional. Bot Discord menjawab /ip, /status, dan perintah lain di server Anda, serta memposting setiap perubahan ke sebuah kanal. Buat bot di Discord Developer Portal (New Application, lalu Bot, lalu Reset Token) dan tempel tokennya di sini; halaman Discord lalu menampilkan tautan untuk mengundangnya ke server Anda.',
  'web.firstRun.botTokenHelp': 'Discord menampilkannya sekali, di Bot, Reset Token.',
  'web.firstRun.serverIdHelp':
    'Di Discord, dengan Mode Pengembang aktif (Pengaturan, Lanjutan): klik kanan server, Salin ID Server.',
  'web.firstRun.channelIdFull': 'ID kanal untuk posting perubahan',
  'web.firstRun.channelIdHelp': 'Klik kanan kanal teks, Salin ID Kanal. Kosongkan untuk hanya memakai perintah.',
  'web.firstRun.ddnsIntro':
    'Opsional. Arahkan nama host ke sini: setiap kali alamat berubah, IPWatch memperbarui record di penyedia DNS Anda dan memeriksa bahwa setiap server otoritatif menjawab dengan alamat baru. Tambahkan record, isi kolomnya, dan uji; atau lanjutkan tanpa record (nanti di Pengaturan, DNS dinamis).',
  'web.firstRun.hostNameOptional': 'Nama host (opsional)',
  'web.firstRun.keepHostName': 'Arahkan nama host ke sini',
  'web.firstRun.keepHostNameHelp':
    'Setiap kali alamat berubah, IPWatch memperbarui record di penyedia DNS Anda dan memeriksa bahwa setiap server otoritatif menjawab dengan alamat baru.',
  'web.firstRun.sending': 'Mengirim…',
  'web.firstRun.sent': 'Terkirim: apakah Anda melihatnya?',
  'web.firstRun.notShown': 'Tidak ditampilkan: {reason}',
  'web.firstRun.unknownReason': 'alasan tidak diketahui',
  'web.firstRun.welcome': 'Selamat datang di IPWatch',
  'web.firstRun.desktop': 'Notifikasi desktop',
  'web.firstRun.sendTest': 'Kirim tes',
  'web.firstRun.discordOptional': 'Bot Discord (opsional)',
  'web.firstRun.startAtLogin': 'Jalankan IPWatch saat saya masuk',
  'web.firstRun.start': 'Mulai memantau',
} as const satisfies Area<typeof source>;
