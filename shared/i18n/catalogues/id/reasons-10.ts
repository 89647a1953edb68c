import type { Area } from '../area';
import type { reasons10 as source } from '../en/reasons-10';

export const reasons10 = {
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
} as const satisfies Area<typeof source>;
