import type { Area } from '../area';
import type { reasons7 as source } from '../en/reasons-7';

export const reasons7 = {
  'reason.keyring.linux':
    'Tidak ada keyring (GNOME Keyring, KWallet) yang berjalan, jadi rahasia hanya bisa disimpan dengan kunci yang sama di setiap komputer. IPWatch tidak menyimpannya dengan cara itu: taruh setiap rahasia di variabel lingkungan atau file yang hanya bisa dibaca oleh Anda, lalu rujuk dari settings.json (\'{ "env": "NAMA" }\' atau \'{ "file": "/path" }\'), atau jalankan keyring lalu mulai ulang IPWatch.',
  'reason.keyring.other':
    'Keychain sistem tidak tersedia; rujuk rahasia dari variabel lingkungan atau file sebagai gantinya.',
  'reason.keyring.notStored': 'tidak disimpan: {inner}',

  'reason.desktop.notSupported': 'notifikasi desktop tidak didukung di sistem ini',
  'reason.desktop.noNotifier': 'proses ini tidak dapat menampilkan notifikasi desktop',

  'settings.schemaSays.duplicateId': 'ID {id} sudah dipakai',
  'settings.schemaSays.duplicateSourceId': 'ID sumber “{id}” sudah dipakai',
  'settings.schemaSays.duplicateChannelId': 'ID kanal “{id}” sudah dipakai',
  'settings.schemaSays.duplicateGuild': 'server “{id}” sudah ada',
  'settings.schemaSays.notInZone': '{name} tidak berada di zona {zone}',
  'settings.schemaSays.atLeast': 'tidak boleh lebih kecil dari “{field}”',
  'settings.schemaSays.unknownChannelType': 'jenis kanal “{type}” tidak dikenal',
} as const satisfies Area<typeof source>;
