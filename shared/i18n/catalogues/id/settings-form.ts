/**
 * Indonesian (en/settings-form.ts). Settings' form: fields, lists, refused values, save and restart.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsForm as source } from '../en/settings-form';

export const settingsForm = {
  'settings.errors.title': 'Perbaiki pengaturan berikut',

  'settings.field.required': 'wajib diisi',
  'settings.field.listEmpty': 'Belum ada.',
  'settings.field.listItem': '{label}, item ke-{number}',
  'settings.field.remove': 'Hapus',
  'settings.field.removeWhich': 'item ke-{number} dari {label}',
  'settings.field.add': 'Tambah',
  'settings.field.addTo': 'ke {label}',
  'settings.field.notSet': 'Belum diatur',
  'settings.field.headerName': 'Nama header',
  'settings.field.headerValue': 'Nilai {name}',
  'settings.field.headerValueUnnamed': 'Nilai header ini',
  'settings.field.headerStored': 'Tersimpan; ketik untuk mengganti',
  'settings.field.headerRemove': 'Hapus header {name}',
  'settings.field.headerAdd': 'Tambah header',
  'settings.field.whole': 'Pengaturan secara keseluruhan',
  'settings.field.item': 'item ke-{number}',
  'settings.field.labelOfItem': '{label} (item ke-{number})',
  'settings.field.inForce':
    'Berlaku saat ini: {value}, dari {variable}. Nilai di sini baru dipakai setelah variabel itu dihapus.',
  'settings.field.valueOn': 'aktif',
  'settings.field.valueOff': 'nonaktif',
  'settings.field.valueNone': 'tidak ada',
  'settings.field.valueSet': 'terisi',

  'settings.issue.enter': 'Isi “{what}”.',
  'settings.issue.enterValue': 'Isi sebuah nilai.',
  'settings.issue.enterNumber': 'Isi sebuah angka.',
  'settings.issue.notValid': 'Nilai tidak valid.',
  'settings.issue.notInForm': 'Bentuknya tidak sesuai.',
  'settings.issue.number': 'Harus berupa angka.',
  'settings.issue.int': 'Harus berupa bilangan bulat.',
  'settings.issue.string': 'Harus berupa teks.',
  'settings.issue.boolean': 'Harus hidup atau mati.',
  'settings.issue.array': 'Harus berupa daftar.',
  'settings.issue.object': 'Harus berupa sekelompok pengaturan.',
  'settings.issue.url': 'Harus berupa alamat web (http:// atau https://).',
  'settings.issue.email': 'Harus berupa alamat e-mail.',
  'settings.issue.ipv4': 'Harus berupa alamat IPv4.',
  'settings.issue.ipv6': 'Harus berupa alamat IPv6.',
  'settings.issue.chooseOne': 'Pilih salah satu.',
  'settings.issue.chooseAtLeastOne': 'Pilih setidaknya satu.',
  'settings.issue.mustBe': 'Harus {value}.',
  'settings.issue.oneOf': 'Pilih salah satu dari: {values}.',
  'settings.issue.notASetting': 'Bukan pengaturan di sini: {keys}. Hapus.{count, plural, other {}}',
  'settings.issue.multipleOf': 'Harus kelipatan {amount}.',
  'settings.issue.bound':
    '{bound, select, exactly {tepat} more {lebih dari} least {minimal} less {kurang dari} other {maksimal}}',
  'settings.issue.sizeText': 'Panjangnya harus {bound} {amount}.',
  'settings.issue.sizeList': 'Harus berisi {bound} {amount}.',
  'settings.issue.size': 'Harus {bound} {amount}.',
  'settings.issue.amount':
    '{unit, select, seconds {{n, plural, other {{count} detik}}} minutes {{n, plural, other {{count} menit}}} hours {{n, plural, other {{count} jam}}} days {{n, plural, other {{count} hari}}} ms {{count} ms} characters {{n, plural, other {{count} karakter}}} items {{n, plural, other {{count} item}}} other {{count}}}',

  'settings.items.close': 'Tutup',
  'settings.items.edit': 'Ubah',
  'settings.items.remove': 'Hapus',
  'settings.items.needsFixing': 'perlu diperbaiki',

  'settings.list.and': '{head} dan {last}',

  'settings.off.discord': 'Mati: belum ada token bot. Siapkan bot di bawah.',
  'settings.off.hook': 'Mati: tidak ada program yang dijalankan saat berubah. Siapkan di bawah.',
  'settings.off.heartbeat': 'Mati: tidak ada ping yang dikirim. Siapkan di bawah.',
  'settings.off.speed': 'Mati: tes kecepatan tidak berjalan. Siapkan di bawah.',
  'settings.off.path': 'Mati: jalur tidak dilacak. Nyalakan di bawah.',
  'settings.off.fleet':
    'Mati: runner ini tidak menerbitkan lokasinya dan tidak memantau lokasi lain. Siapkan di bawah.',

  'settings.restart.fields': '{fields} baru berlaku setelah IPWatch dimulai ulang.{count, plural, other {}}',
  'settings.restart.restarting': 'Memulai ulang…',
  'settings.restart.restart': 'Mulai ulang IPWatch',
  'settings.restart.refused': 'IPWatch tidak dapat memulai ulang dirinya: keluar lewat tray lalu buka lagi.',
  'settings.restart.failed': 'Tidak dapat memulai ulang: {error}',
  'settings.restart.how':
    'Untuk menerapkan perubahannya, mulai ulang IPWatch di tempat ia berjalan: tutup lalu buka lagi aplikasinya, atau mulai ulang layanan <code>ipwatch</code> (<code>docker restart ipwatch</code>, atau hentikan lalu jalankan <code>ipwatch</code>).',

  'settings.leave.title': 'Keluar dari Pengaturan tanpa menyimpan?',
  'settings.leave.body': 'Perubahan Anda di halaman pengaturan belum disimpan.',
  'settings.leave.save': 'Simpan lalu keluar',
  'settings.leave.discard': 'Buang lalu keluar',
  'settings.leave.stay': 'Tetap di sini',

  'settings.save.saving': 'Menyimpan…',
  'settings.save.save': 'Simpan pengaturan',
  'settings.save.discard': 'Buang perubahan',
  'settings.save.toFix': '{count, plural, other {# pengaturan perlu}} diperbaiki; tidak ada yang disimpan.',
  'settings.save.otherPages': 'Ada perubahan yang belum disimpan di halaman pengaturan.',
  'settings.save.saved': 'Tersimpan.',
  'settings.save.savedRestart': 'Tersimpan. {restart}',
  'settings.save.failed': 'Tidak dapat menyimpan: {error}',
} as const satisfies Area<typeof source>;
