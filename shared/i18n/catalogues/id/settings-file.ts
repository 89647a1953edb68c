/**
 * Indonesian (en/settings-file.ts). The settings files: which one is in force, a profile, their errors and their conversion.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsFile as source } from '../en/settings-file';

export const settingsFile = {
  'settingsFile.at': '{file}, baris {line}, kolom {column}: {error}',
  'settingsFile.inFile': '{file}: {error}',
  'settingsFile.yamlSyntax': 'ini bukan YAML yang sah ({detail})',
  'settingsFile.yamlWarning': 'YAML yang hanya diterima pembaca dengan peringatan juga ditolak di sini ({detail})',
  'settingsFile.notObject': 'pengaturan harus berupa pemetaan nama ke nilai (seperti "monitor:" di tepi kiri)',
  'settingsFile.tooDeep': 'bersarang lebih dari {max} tingkat',
  'settingsFile.tooManyAliases': 'terlalu banyak alias (*nama) diuraikan di sini; tuliskan nilainya secara lengkap',
  'settingsFile.field': '{field}: {problem}',
  'settingsFile.profileName':
    'nama profil "{name}" ditolak: gunakan 1 sampai 64 huruf, angka, - dan _ (nama ini menunjuk settings.NAME.yaml di folder data)',
  'settingsFile.profileMissing': 'profil "{name}" tidak punya berkas: buat {yaml} (atau {json})',
  'settingsFile.unreadable': 'tidak dapat dibaca: {detail}',
  'settingsFile.inForce': 'pengaturan yang berlaku: {file}',
  'settingsFile.inForceProfile': 'pengaturan yang berlaku: {file}, ditimpa profil "{profile}" dari {profileFile}',
  'settingsFile.ignored': '{ignored} diabaikan: {file} ada di sebelahnya dan diutamakan; hapus salah satunya',
  'settingsFile.convertDone': '{target} ditulis dari {source}; sumbernya disimpan sebagai {backup}',
  'settingsFile.convertExists': '{target} sudah ada; tambahkan --force untuk menggantinya',
  'settingsFile.convertNoSource': 'tidak ada {source} untuk dikonversi',
  'settingsFile.convertInvalid': '{source} bukan pengaturan yang sah, jadi tidak dikonversi: {errors}',
  'settingsFile.convertSame': 'convert menerima berkas pengaturan .json atau .yaml, lalu menulis yang satunya',
  'settingsFile.yamlHeader':
    'Pengaturan IPWatch (docs/settings.md mencantumkan setiap kolom). Komentar tetap ada saat IPWatch atau API-nya mengubah berkas ini.',
} as const satisfies Area<typeof source>;
