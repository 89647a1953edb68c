/**
 * Indonesian (en/settings-sections.ts). Settings' sections, menu, folds and introductions.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsSections as source } from '../en/settings-sections';

export const settingsSections = {
  'settings.env.note': 'Diatur oleh variabel lingkungan IPWATCH_*, yang mengalahkan nilai ini.',

  'settings.fold.monitor':
    'Kesepakatan sumber, perubahan IPv6, waktu, pemantauan jaringan, banner perubahan, dan router rumah',
  'settings.fold.sources': 'Sumber bawaan yang dinonaktifkan, dan berapa lama sumber yang gagal diistirahatkan',
  'settings.fold.notifications': 'Perubahan yang sering, deteksi yang tidak stabil, pengiriman ulang, dan kotak keluar',
  'settings.fold.api': 'Token, berapa lama browser tetap masuk, dan badge status publik',
  'settings.fold.history': 'Berapa lama statistik per jam disimpan, dan apa yang dicatat log',
  'settings.fold.speed': 'Server, versi IP, data dan waktu per tes, koneksi terukur',
  'settings.fold.fleet': 'Sertifikat klien, CA broker, prefiks topik, keep-alive, dan melupakan lokasi',

  'settings.intro.language':
    'Bahasa tray, notifikasi, dan dasbor yang mengikutinya; setiap kanal dapat memilih bahasanya sendiri, begitu pula browser ini, di bawah.',
  'settings.intro.history': 'Berapa lama cadangan dan statistik riwayat disimpan, dan apa yang dicatat log.',
  'settings.intro.plugins':
    'Program Anda sendiri di folder plugin, masing-masing sumber, saluran notifikasi, atau penyedia DNS.',
  'settings.intro.backup': 'Salinan riwayat, dan riwayat dari tempat lain; pemantauan tetap berjalan selama itu.',
  'settings.intro.appearance':
    'Cara jendela ini menampilkan waktu, warna, dan teks; disimpan oleh browser atau aplikasi ini, bukan oleh engine IPWatch.',
  'settings.intro.about': 'Versi yang berjalan, serta lisensi IPWatch dan data yang disertakannya.',

  'settings.monitor.families': 'Versi IP yang dipantau',

  'settings.nav.label': 'Bagian pengaturan',
  'settings.nav.toFix': ' (perlu diperbaiki)',
  'settings.nav.more': 'Masih ada halaman pengaturan lain: geser ke samping',

  'settings.page.title': 'Pengaturan',
  'settings.page.what': 'pengaturan',
  'settings.page.file': 'Pengaturan ini disimpan di {file} dalam folder data.',
  'settings.page.fileProfile':
    'Pengaturan ini disimpan di {file} dalam folder data, ditimpa profil “{profile}” dari {profileFile}; perubahan kolom yang diatur profil disimpan di profil.',
  'settings.page.fileIgnored': '{ignored} ada di sebelahnya dan diabaikan: {file} diutamakan.',
  'settings.page.invalidFile':
    'settings.json tidak dapat dipakai saat IPWatch dimulai, jadi IPWatch berjalan dengan nilai bawaan. Perbaiki berkasnya (alasannya ada di bawah dan di log); aplikasi menerapkannya begitu berkas itu valid.',

  'settings.section.monitor': 'Pemantauan',
  'settings.section.sources': 'Sumber',
  'settings.section.notifications': 'Notifikasi',
  'settings.section.channels': 'Kanal notifikasi',
  'settings.section.discord': 'Bot Discord',
  'settings.section.ddns': 'DNS dinamis',
  'settings.section.monitors': 'Layanan',
  'settings.section.hook': 'Program saat berubah',
  'settings.section.heartbeat': 'Heartbeat',
  'settings.section.identity': 'Identitas jaringan',
  'settings.section.speed': 'Tes kecepatan',
  'settings.section.memory': 'Memori',
  'settings.section.path': 'Jalur',
  'settings.section.fleet': 'Multi-lokasi',
  'settings.section.api': 'Dasbor web dan API',
  'settings.section.language': 'Bahasa',
  'settings.section.history': 'Riwayat dan log',
  'settings.section.plugins': 'Plugin',
  'settings.section.backup': 'Cadangan, pemulihan, dan impor',
  'settings.section.app': 'Komputer ini',
  'settings.section.appearance': 'Tampilan (jendela ini)',
  'settings.section.about': 'Tentang',
} as const satisfies Area<typeof source>;
