/** Indonesian: the settings' words from shared/settings/channel-options-push.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsChannelOptionsPush as source } from '../en/settings-fields-channel-options-push';

export const settingsFieldsChannelOptionsPush = {
  'setting.label.workflow-url-6a80a6': 'URL workflow',
  'setting.help.in-teams-the-channel-b3f8cc':
    'Di Teams: Workflows pada kanal, "Send webhook alerts to a channel", lalu salin URL-nya. Bagian sig= di dalamnya rahasia: siapa pun yang memilikinya dapat mengirim pesan.',
  'setting.label.application-token-d857c0': 'Token aplikasi',
  'setting.help.pushover-net-your-applications-c1baaf':
    'pushover.net, Your Applications, Create an Application: token API-nya.',
  'setting.label.user-key-f41bce': 'User key',
  'setting.help.your-user-key-on-778338': 'User key Anda (di dasbor pushover.net) atau kunci delivery group.',
  'setting.label.devices-27acf3': 'Perangkat',
  'setting.help.only-these-devices-comma-a3b40c':
    'Hanya perangkat ini (nama-nama yang dipisahkan koma); kosong: semua perangkat Anda.',
  'setting.label.priority-e68d9f': 'Prioritas',
  'setting.help.how-pushover-alerts-by-160d25':
    'Cara Pushover memberi tahu; secara bawaan 1 (tinggi) untuk kabar buruk, selain itu 0 (normal).',
  'setting.choice.0-normal-8d7b2a': '0 (normal)',
  'setting.choice.1-high-bypasses-quiet-67f116': '1 (tinggi, menembus jam tenang)',
  'setting.choice.2-no-alert-75798e': '-2 (tanpa pemberitahuan)',
  'setting.choice.1-quiet-77e203': '-1 (senyap)',
  'setting.label.sound-b3ca9a': 'Suara',
  'setting.help.a-sound-name-from-3b3864':
    'Nama suara dari aplikasi Pushover (mis. siren, none); kosong: suara bawaan Anda.',
  'setting.label.link-8e08e5': 'Tautan',
  'setting.help.shown-with-each-message-f3acf9': 'Ditampilkan bersama setiap pesan, mis. alamat dasbor IPWatch.',
  'setting.help.pushover-itself-change-it-a58d65': 'Pushover sendiri; ganti hanya untuk pengganti lokal atau proxy.',
  'setting.label.apprise-api-server-d994ac': 'Server Apprise API',
  'setting.help.where-the-apprise-api-ed56a1': 'Tempat Apprise API berjalan, mis. http://apprise.lan:8000.',
  'setting.label.configuration-key-4a418c': 'Kunci konfigurasi',
  'setting.help.the-key-of-a-67191d': "'{'KEY'}' dari konfigurasi yang disimpan di Apprise (POST /notify/'{'KEY'}').",
  'setting.label.apprise-urls-6b069a': 'URL Apprise',
  'setting.help.without-a-key-the-d6271b':
    'Tanpa kunci: layanan yang diberi tahu, sebagai URL Apprise yang dipisahkan koma atau spasi (mis. tgram://…, mailto://…). Kosong: APPRISE_STATELESS_URLS milik server. Disimpan sebagai rahasia.',
  'setting.label.tag-f88354': 'Tag',
  'setting.help.with-a-key-only-eee453':
    'Dengan kunci: hanya layanan yang memiliki tag ini ("a, b": salah satunya; "a b": keduanya).',
} satisfies Area<typeof source>;
