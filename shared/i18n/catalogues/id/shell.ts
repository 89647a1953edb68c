/**
 * Indonesian (en/shell.ts). The dashboard's window: menu, titles, banner, account, loading and failures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { shell as source } from '../en/shell';

export const shell = {
  // The account corner (renderer/src/shell/AccountMenu.tsx, SignedIn.tsx, account-words.ts).
  'web.account.role.admin': 'admin',
  'web.account.role.viewer': 'pemirsa, hanya baca',
  'web.account.role.metrics': 'hanya metrik',
  'web.account.nameAndRole': '{name} ({role})',
  'web.account.label': 'Akun: {name}, {role, select, admin {admin} viewer {pemirsa} other {metrik}}',
  'web.account.panel': 'Akun',
  'web.account.name': 'Nama',
  'web.account.role': 'Peran',
  'web.account.how': 'Cara',
  'web.account.viaDiscord': 'Masuk dengan Discord',
  'web.account.viaToken': 'Masuk dengan token',
  'web.account.signOut': 'Keluar',
  'web.account.signOutEverywhere': 'Keluar di semua perangkat',

  // The app's window (renderer/src/App.tsx).
  'web.app.loadingSetup': 'Memuat penyiapan…',

  // Components every page uses (renderer/src/components/).
  'web.banner.disconnected': 'Terputus dari engine. Menyambungkan kembali…',

  'web.page.connections': 'Koneksi',
  // The pages' names: the menu, the tab's title (renderer/src/shell/page-titles.ts).
  'web.page.dashboard': 'Dasbor',
  'web.page.history': 'Riwayat',
  'web.page.charts': 'Grafik',
  'web.page.sites': 'Lokasi',
  'web.page.settings': 'Pengaturan',
  'web.page.discord': 'Discord',
  'web.page.activity': 'Aktivitas',
  'web.page.map': 'Peta',

  'web.query.what.history': 'riwayat',
  'web.query.what.statistics': 'statistik',
  'web.query.what.sites': 'lokasi',
  'web.query.what.site': 'lokasi {name}',
  'web.query.what.botState': 'status bot',
  'web.query.what.forecast': 'prakiraan',
  'web.query.what.auditLog': 'log audit',
  // `what` is the page's own words for what it loads ("history", "the audit log"); `determined`: whether it
  // starts with its article, which English cannot put after "No".
  'web.query.loading': 'Memuat {what}…',
  'web.query.failed': 'Tidak dapat memuat {what}',
  'web.query.failedBecause': '{failed}: {error}',
  'web.query.empty': '{determined, select, yes {Belum ada isi di {what}.} other {Belum ada {what}.}}',
  'web.query.tryAgain': 'Coba lagi',

  // The window around the page (renderer/src/shell/).
  // The product's name, the same in every language (a message, so nothing on screen is hard-coded).
  'web.shell.brand': 'IPWatch',
  'web.shell.mainMenu': 'Menu utama',
  'web.shell.menu': 'Menu',
  'web.shell.skipToContent': 'Langsung ke konten',
  'web.shell.loadingPage': 'Memuat {page}…',
  'web.shell.pageNotLoaded.title': '{page} tidak dapat dimuat',
  'web.shell.pageNotLoaded.engineSilent':
    'Halaman tidak dapat dibuka: engine tidak menjawab. Halaman akan terbuka sendiri begitu bisa; sementara itu menu di atas tetap berfungsi.',
  'web.shell.pageNotLoaded.filesMissing':
    'Halaman tidak dapat dibuka: berkasnya tidak sampai dari engine. Halaman akan terbuka sendiri begitu bisa; sementara itu menu di atas tetap berfungsi.',
  'web.shell.tryAgainNow': 'Coba lagi sekarang',
  'web.shell.pageFailed.title': 'Terjadi kesalahan di halaman {page}',
  'web.shell.pageFailed.text': 'Bagian lain jendela tetap berfungsi. Memuat ulang jendela biasanya memperbaikinya.',
  'web.shell.pageFailed.what': 'Apa yang salah',
  'web.shell.reload': 'Muat ulang',

  // The window's title (renderer/src/change-signal.ts).
  'web.title.page': '{page} · IPWatch',
  'web.title.changed': 'IPWatch · {families, select, both {IPv4 dan IPv6} 4 {IPv4} other {IPv6}} berubah',
} as const satisfies Area<typeof source>;
