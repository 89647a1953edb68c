/** Indonesian: the words of the Settings page's fields around the schema's own (en/settings-form.ts). */
import type { Area } from '../area';
import type { settingsForm as source } from '../en/settings-form';

export const settingsForm = {
  'settings.field.required': 'wajib',
  'settings.field.listEmpty': 'Tidak ada.',
  'settings.field.listItem': '{label}, butir {number}',
  'settings.field.remove': 'Hapus',
  'settings.field.removeWhich': 'butir {number} dari {label}',
  'settings.field.add': 'Tambah',
  'settings.field.addTo': 'ke {label}',
  'settings.field.notSet': 'Tidak diatur',
  'settings.field.headerName': 'Nama header',
  'settings.field.headerValue': 'Nilai {name}',
  'settings.field.headerValueUnnamed': 'Nilai header ini',
  'settings.field.headerStored': 'Tersimpan; ketik untuk mengganti',
  'settings.field.headerRemove': 'Hapus header {name}',
  'settings.field.headerAdd': 'Tambah header',
  'settings.field.whole': 'Pengaturan secara keseluruhan',
  'settings.field.item': 'butir {number}',
  'settings.field.labelOfItem': '{label} (butir {number})',
  'settings.field.inForce': 'Berlaku: {value}, dari {variable}. Nilai di sini berlaku setelah variabel itu dihapus.',
  'settings.field.valueOn': 'aktif',
  'settings.field.valueOff': 'nonaktif',
  'settings.field.valueNone': 'tidak ada',
  'settings.field.valueSet': 'diatur',
} satisfies Area<typeof source>;
