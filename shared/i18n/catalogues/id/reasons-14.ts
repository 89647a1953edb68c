import type { Area } from '../area';
import type { reasons14 as source } from '../en/reasons-14';

export const reasons14 = {
  'reason.audit.botCommand':
    'server {guild, select, none {(tidak ada)} other {{guild}}}, kanal {channel}, opsi {options}',
  'reason.audit.botButton':
    'server {guild, select, none {(tidak ada)} other {{guild}}}, kanal {channel}, argumen {args}',
  'reason.audit.dangerAdminOnly': '{changes}: hanya admin yang boleh mengubah ini',
  'reason.audit.dangerToken':
    '{changes}: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan; token admin hanya boleh melakukannya dari CLI di host ini; jika tidak, masuk dengan Discord dan ulangi dalam 5 menit, atau jalankan dengan `ipwatch api` di host ini',
  'reason.audit.dangerTokenSession':
    '{changes}: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan; sesi ini dibuka dengan token tanpa bukti host ini, jadi dihitung sebagai token itu: jalankan `ipwatch open` di host ini dan ulangi dalam 5 menit, masuk dengan Discord dan ulangi dalam 5 menit, atau jalankan dengan `ipwatch api` di host ini',
  'reason.audit.dangerStale':
    '{changes}: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan, jadi perlu masuk dalam 5 menit terakhir; keluar, masuk lagi, lalu ulangi',
  'reason.audit.revoked':
    '{name} ({role, select, admin {admin} viewer {pelihat} other {{role}}}, {via, select, discord {Discord} other {token}}, {sid}){own, select, yes {: sesinya sendiri} other {}}',
  'reason.audit.token': '{name} ({role, select, admin {admin} viewer {pelihat} metrics {metrik} other {{role}}}, {id})',
  'reason.audit.channelSet': 'diatur: {keys}',
  'reason.audit.signedOutEverywhere': '{count, plural, other {{count} sesi diakhiri}}',
  'reason.audit.restored':
    '{upload, select, yes {unggahan} other {{name}}}; riwayat sebelumnya disimpan sebagai {kept}',
  'reason.audit.imported':
    '{upload, select, yes {unggahan} other {{name}}} ({format}): {count, plural, other {{count} entri ditambahkan}}',
  'reason.audit.settingsUpgraded':
    'settings.json dinaikkan dari versi {from} ke {to}; berkas lamanya disimpan sebagai {copy}',
  'audit.bot.unknownCommand': 'perintah tidak dikenal',
  'audit.bot.unknownButton': 'tombol tidak dikenal',
  'audit.bot.rateLimited': 'terlalu sering (coba lagi dalam {seconds} dtk)',
  'audit.bot.invalid': 'tidak valid: {error}',
  'audit.bot.error': 'galat: {error}',
} as const satisfies Area<typeof source>;
