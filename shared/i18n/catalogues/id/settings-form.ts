/** Indonesian: the words of the Settings page's fields around the schema's own (en/settings-form.ts). */
import type { Area } from '../area';
import type { settingsForm as source } from '../en/settings-form';

export const settingsForm = {
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
} satisfies Area<typeof source>;
