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
} as const satisfies Area<typeof source>;
