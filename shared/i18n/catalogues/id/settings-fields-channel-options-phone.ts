/** Indonesian: the settings' words from shared/settings/channel-options-phone.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsChannelOptionsPhone as source } from '../en/settings-fields-channel-options-phone';

export const settingsFieldsChannelOptionsPhone = {
  'setting.label.account-sid-c2b358': 'Account SID',
  'setting.help.on-the-twilio-console-75492e': 'Di halaman pertama Twilio Console: AC dan 32 huruf dan angka.',
  'setting.label.auth-token-463842': 'Token autentikasi',
  'setting.help.beside-the-account-sid-76122d': 'Di samping Account SID di Twilio Console; disimpan sebagai rahasia.',
  'setting.label.from-187435': 'Dari',
  'setting.help.your-twilio-number-14155552671-261b5b':
    'Nomor Twilio Anda (+14155552671), ID pengirim alfanumerik jika negaranya mengizinkan, atau SID Messaging Service (MG…).',
  'setting.label.to-41f596': 'Kepada',
  'setting.help.the-phone-that-gets-6930ce': 'Telepon yang menerima SMS, dengan kode negaranya: +6281234567890.',
  'setting.label.api-server-5f7d4d': 'Server API',
  'setting.help.twilio-itself-change-it-592626': 'Twilio sendiri; ubah hanya untuk pengganti uji atau proxy.',
  'setting.label.homeserver-54b0e0': 'Homeserver',
  'setting.help.the-address-of-your-5fca60': 'Alamat server Matrix Anda, mis. https://matrix.example.org.',
  'setting.label.room-b8297e': 'Ruangan',
  'setting.help.the-room-s-id-3bb8e3':
    'ID ruangan (!abc…:example.org, di pengaturan ruangan, Lanjutan) atau alias (#home:example.org). Akun harus sudah bergabung ke ruangan itu.',
  'setting.label.access-token-7e4e05': 'Token akses',
  'setting.help.of-the-account-that-7aa173':
    'Milik akun yang mengirim (sebaiknya akun bot tersendiri): di Element, Pengaturan, Bantuan & Tentang, Access token.',
  'setting.label.send-as-a-notice-86ad42': 'Kirim sebagai notifikasi tenang (m.notice)',
  'setting.help.as-m-notice-the-3b3f03':
    'Sebagai m.notice, jenis notifikasi yang dikirim bot: klien menampilkannya lebih tenang dan bot lain mengabaikannya.',
  'setting.label.signal-cli-rest-api-a75306': 'signal-cli-rest-api',
  'setting.help.where-signal-cli-rest-0af081': 'Tempat signal-cli-rest-api berjalan, mis. http://signal-api.lan:8080.',
  'setting.label.number-61e9ea': 'Nomor',
  'setting.help.the-signal-account-registered-d7ec31':
    'Akun Signal yang terdaftar atau ditautkan di signal-cli-rest-api, dengan kode negaranya.',
  'setting.label.recipients-83c854': 'Penerima',
  'setting.help.phone-numbers-with-their-d44d42':
    'Nomor telepon dengan kode negaranya, atau satu grup seperti yang dinamai signal-cli-rest-api (group.…), tidak keduanya.',
  'setting.label.server-6d7302': 'Server',
  'setting.help.api-day-app-or-27fe54': 'api.day.app, atau bark-server Anda sendiri.',
  'setting.label.device-key-a56452': 'Kunci perangkat',
  'setting.help.the-key-the-bark-23815e':
    'Kunci yang ditampilkan aplikasi Bark di daftar servernya (bagian setelah server di URL-nya).',
  'setting.label.group-057490': 'Grup',
  'setting.help.bark-groups-notices-under-e55c1c': 'Bark mengelompokkan notifikasi dengan nama ini.',
  'setting.label.interruption-level-54ca21': 'Tingkat interupsi',
  'setting.help.how-the-phone-alerts-5d1752':
    'Cara telepon memberi tahu; bawaannya sensitif waktu untuk kabar buruk, selain itu aktif.',
  'setting.choice.passive-no-sound-no-31b3b3': 'Pasif (tanpa suara, tanpa lampu)',
  'setting.choice.active-1f8913': 'Aktif',
  'setting.choice.time-sensitive-through-focus-9192c0': 'Sensitif waktu (menembus Fokus)',
  'setting.choice.critical-sounds-even-when-cbc584': 'Kritis (berbunyi meski dibisukan)',
} satisfies Area<typeof source>;
