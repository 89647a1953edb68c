/** Indonesian: the settings' words from shared/settings/identity.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsIdentity as source } from '../en/settings-fields-identity';

export const settingsFieldsIdentity = {
  'setting.help.ask-a-web-service-fd898b':
    'Tanyakan kepada layanan web tentang alamat yang tidak dikenali sepenuhnya oleh basis data offline.',
  'setting.choice.never-only-the-data-ec759e':
    'tidak pernah: hanya data bawaan IPWatch yang dipakai, tidak ada yang keluar dari komputer ini',
  'setting.choice.ipinfo-io-s-json-38ab1f': 'API JSON ipinfo.io (token gratis mencabut batasannya)',
  'setting.choice.ifconfig-co-s-json-ca5b55': 'JSON ifconfig.co (atau server echoip Anda sendiri)',
  'setting.label.ask-for-e3c264': 'Tanyakan untuk',
  'setting.help.which-confirmed-addresses-are-d550f8':
    'Alamat terkonfirmasi mana yang dikirim ke layanan itu (masing-masing sekali).',
  'setting.choice.only-an-address-the-7231fb':
    'hanya alamat yang oleh basis data offline dibiarkan tanpa AS, organisasi, atau negara',
  'setting.choice.every-new-confirmed-address-ecb84d':
    'setiap alamat baru yang terkonfirmasi; jawabannya diutamakan di atas data offline',
  'setting.label.token-ipinfo-io-c1af36': 'Token (ipinfo.io)',
  'setting.help.optional-from-your-ipinfo-21c043': 'Opsional, dari akun ipinfo.io Anda; disimpan sebagai rahasia.',
  'setting.label.service-address-9cb55e': 'Alamat layanan',
  'setting.help.the-service-s-own-f84fd3':
    'Alamat layanan itu sendiri (https://ipinfo.io, https://ifconfig.co) kecuali Anda meng-host sendiri.',
  'setting.label.timeout-ms-f8088a': 'Batas waktu (ms)',
  'setting.help.how-long-one-question-0ecd48':
    'Berapa lama satu pertanyaan boleh berlangsung; jawaban yang lambat dibuang, tidak pernah ditunggu.',
} satisfies Area<typeof source>;
