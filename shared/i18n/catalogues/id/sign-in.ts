/**
 * Indonesian (en/sign-in.ts). Signing in: the form, the sign-in page, roles, sessions and why a member was refused.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { signIn as source } from '../en/sign-in';

export const signIn = {
  'reason.signIn.withDiscord': 'dengan Discord, dari {from}; {inner}',
  'reason.signIn.refusedWithDiscord': 'dengan Discord, dari {from}: {inner}',
  'reason.signIn.listedAdmin': 'terdaftar sebagai admin di pengaturan masuk',
  'reason.signIn.serverAdmin':
    'admin {named, select, yes {server Discord "{server}"} other {server Discord yang dilayani IPWatch ini}} (ID server {serverId})',
  'reason.signIn.viewerRole':
    'memegang peran pelihat yang terdaftar di pengaturan masuk, di {named, select, yes {server Discord "{server}"} other {server Discord yang dilayani IPWatch ini}} (ID peran {roleId}, ID server {serverId})',
  'reason.signIn.noServerSetUp':
    'Akun Discord Anda tidak terdaftar sebagai admin di sini, dan belum ada server Discord yang diatur untuk IPWatch ini.',
  'reason.signIn.notMember':
    'Akun Discord Anda bukan anggota server Discord yang dilayani IPWatch ini, dan tidak terdaftar sebagai admin.',
  'reason.signIn.noRole':
    'Anda anggota server Discord ini, tetapi tidak memiliki izin Kelola Server maupun salah satu peran yang boleh melihat IPWatch ini.',
  'reason.signIn.sessionEnded':
    'sesi berakhir: {inner}; {name} (ID pengguna Discord {userId}), masuk sebagai {was, select, admin {admin} viewer {pelihat} other {{was}}}',
  'reason.signIn.roleChanged':
    'peran sesi berubah dari {was, select, admin {admin} viewer {pelihat} other {{was}}} menjadi {now, select, admin {admin} viewer {pelihat} other {{now}}}: {inner}; {name} (ID pengguna Discord {userId})',
  'reason.signIn.bySettings':
    '{changed, select, yes {sesuai keputusan pengaturan masuk} other {tidak lagi diizinkan oleh pengaturan masuk}}',
  'reason.signIn.byDiscord':
    '{changed, select, yes {sesuai keputusan dari data Discord tentang anggota ini} other {tidak lagi diizinkan menurut data Discord tentang anggota ini}}',
  'reason.signIn.revoked': 'Discord menolak aksesnya (keluar dari Discord, atau otorisasi aplikasi dicabut)',

  'roles.viewersCannotTest': 'Pelihat tidak dapat mengirim tes atau cek: hanya admin yang bisa.',
  'roles.viewersCannotChange': 'Pelihat dapat membaca tetapi tidak dapat mengubah: hanya admin yang bisa.',
  'roles.viewersCannotSeeSignIns': 'Pelihat tidak dapat melihat siapa yang masuk: hanya admin yang bisa.',

  'sessions.noBrowserSessions':
    'Tidak ada browser yang dapat masuk ke aplikasi desktop: aplikasi ini tidak membuka port, jadi tidak ada sesi masuk untuk ditampilkan. Browser masuk ke dasbor sebuah runner (ipwatch monitor dengan API aktif).',
  'sessions.revokedOwn': 'Itu sesi Anda sendiri: browser ini sudah keluar.',
  'sessions.revoked': 'Dikeluarkan: browser {name} harus masuk lagi.',
  'sessions.noSuch':
    'tidak ada browser yang masuk dengan id {sid}: sesinya sudah berakhir (keluar, dicabut, atau kedaluwarsa)',

  // The browser's sign-in form (renderer/src/pages/SignIn.tsx, api/sign-in-words.ts).
  'web.signIn.withDiscord': 'Masuk dengan Discord',
  'web.signIn.orToken': 'atau dengan token API:',
  'web.signIn.token': 'Token API',
  'web.signIn.tokenHelp':
    'Token ada di berkas <code>api-token</code> di folder data runner, kecuali pengaturan <code>api.token</code> di <code>settings.json</code> menetapkannya: maka nilainya itulah tokennya.',
  'web.signIn.compare':
    'Jika browser Anda memperingatkan tentang sertifikat halaman ini, sebelum masuk bandingkan sidik jari SHA-256-nya (di peringatan atau ikon gembok, lalu detail sertifikat) dengan yang dicetak <code>ipwatch status</code> di komputer yang menjalankan IPWatch.',
  'web.signIn.signingIn': 'Sedang masuk…',
  'web.signIn.signIn': 'Masuk',
  'web.signIn.wrongToken': 'Token itu tidak benar.',
  'web.signIn.tooManyWhile':
    'Terlalu banyak token salah atau upaya masuk dari alamat ini. Setiap upaya masuk darinya ditolak untuk sementara, bahkan dengan token yang benar.',
  'web.signIn.tooManyFor':
    'Terlalu banyak token salah atau upaya masuk dari alamat ini. Setiap upaya masuk darinya ditolak selama {seconds} dtk ke depan, bahkan dengan token yang benar.',
  'web.signIn.noAnswer':
    'Gagal masuk: tidak ada jawaban dari IPWatch (mungkin sudah berhenti, atau jaringan antara Anda dan IPWatch terputus).',

  // The server's page when sign-in with Discord cannot go on (electron/engine/api/discord-sign-in/page.ts),
  // in the browser's language (Accept-Language). A refusal's reason from the sign-in rules stays the engine's.
  'web.signInPage.title': 'IPWatch: {title}',
  'web.signInPage.back': 'Kembali ke halaman masuk',
  'web.signInPage.off': 'Masuk dengan Discord tidak aktif',
  'web.signInPage.offHere': 'IPWatch ini tidak menyediakannya.',
  'web.signInPage.offSet': 'Di Pengaturan, isi {setting} (ID aplikasi dan client secret).',
  'web.signInPage.tooMany': 'Terlalu banyak upaya masuk yang gagal',
  'web.signInPage.tooManyWhy': 'Terlalu banyak upaya masuk yang gagal dari alamat ini; coba lagi dalam {seconds} dtk.',
  'web.signInPage.busy': 'Terlalu banyak upaya masuk yang sedang berjalan',
  'web.signInPage.busyWhy':
    'Semua tempat untuk upaya masuk yang sedang berjalan dipakai oleh upaya masuk dari alamat lain. Satu tempat kosong dalam 10 menit: coba lagi nanti.',
  'web.signInPage.https': 'Masuk dengan Discord memerlukan HTTPS',
  'web.signInPage.httpsWhy': 'Buka dasbor di alamat https://-nya.',
  'web.signInPage.invalid': 'Upaya masuk ini tidak valid',
  'web.signInPage.invalidWhy':
    'Upaya ini dimulai di browser lain, sudah dipakai, berumur lebih dari 10 menit, atau tergeser oleh upaya masuk yang lebih baru dari alamat Anda. Upaya ini tidak dihitung terhadap alamat Anda: silakan masuk lagi.',
  'web.signInPage.cancelled': 'Masuk dibatalkan',
  'web.signInPage.cancelledWhy': 'Discord tidak diizinkan memberi tahu IPWatch siapa Anda.',
  'web.signInPage.noCode': 'Discord tidak memberikan kode masuk',
  'web.signInPage.signInAgain': 'Silakan masuk lagi.',
  'web.signInPage.notLetIn': '{name} tidak boleh masuk di sini',
  'web.signInPage.notLetInNext':
    'Jika Anda seharusnya dapat melihat IPWatch ini, mintalah kepada pengelolanya peran di server Discord mereka yang boleh melihatnya, atau token API untuk masuk.',
  'web.signInPage.failed': 'Gagal masuk dengan Discord',
} as const satisfies Area<typeof source>;
