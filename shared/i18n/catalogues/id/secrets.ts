/**
 * Indonesian (en/secrets.ts). Secrets' references and the keyring.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { secrets as source } from '../en/secrets';

export const secrets = {
  'reason.keyring.linux':
    'Tidak ada keyring (GNOME Keyring, KWallet) yang berjalan, jadi rahasia hanya bisa disimpan dengan kunci yang sama di setiap komputer. IPWatch tidak menyimpannya dengan cara itu: taruh setiap rahasia di variabel lingkungan atau file yang hanya bisa dibaca oleh Anda, lalu rujuk dari settings.json (\'{ "env": "NAMA" }\' atau \'{ "file": "/path" }\'), atau jalankan keyring lalu mulai ulang IPWatch.',
  'reason.keyring.other':
    'Keychain sistem tidak tersedia; rujuk rahasia dari variabel lingkungan atau file sebagai gantinya.',
  'reason.keyring.notStored': 'tidak disimpan: {inner}',

  'reason.secret.unresolved':
    '{field}: {kind, select, env {variabel lingkungan {name} tidak diatur} file {file {name} tidak dapat dibaca (tidak ada, tidak terbaca, atau kosong)} other {{name}}}',
} as const satisfies Area<typeof source>;
