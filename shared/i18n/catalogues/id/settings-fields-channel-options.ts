/** Indonesian: the settings' words from shared/settings/channel-options.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsChannelOptions as source } from '../en/settings-fields-channel-options';

export const settingsFieldsChannelOptions = {
  'setting.label.webhook-url-42dade': 'URL webhook',
  'setting.help.the-url-discord-shows-c707fb':
    'URL yang ditampilkan Discord lewat "Copy Webhook URL". Bagian akhirnya rahasia: siapa pun yang memilikinya dapat mengirim pesan.',
  'setting.label.display-name-4e167b': 'Nama tampilan',
  'setting.help.shown-instead-of-the-798d9c':
    'Ditampilkan sebagai pengganti nama webhook; Discord menolak nama yang mengandung "discord" atau "clyde".',
  'setting.label.avatar-url-f776bd': 'URL avatar',
  'setting.help.an-image-shown-instead-ec5d45': 'Gambar yang ditampilkan sebagai pengganti avatar webhook.',
  'setting.label.bot-d9cb85': 'Bot pengirim',
  'setting.help.which-bot-posts-main-104054':
    'Bot mana yang mengirim: main (yang pertama) atau ID salah satu bot lainnya; kosong: yang pertama.',
  'setting.help.the-incoming-webhook-url-6b5871':
    'URL incoming webhook. Bagian terakhirnya rahasia: siapa pun yang memilikinya dapat mengirim pesan.',
  'setting.help.botfather-gives-it-when-399519':
    '@BotFather memberikannya saat Anda membuat bot (/newbot), atau sekali lagi lewat /token.',
  'setting.label.chat-id-e6f407': 'ID chat',
  'setting.help.a-user-s-or-17ea16':
    "ID pengguna atau grup (ID grup diawali -100), atau @nama kanal publik. Kirim pesan ke bot, lalu buka https://api.telegram.org/bot'<'token>/getUpdates untuk menemukannya.",
  'setting.label.bot-api-server-9c6ee3': 'Server Bot API',
  'setting.help.telegram-itself-unless-you-0a2a04': 'Telegram sendiri, kecuali Anda menjalankan server Bot API lokal.',
  'setting.label.send-silently-049c61': 'Kirim tanpa suara',
  'setting.help.the-message-arrives-without-d9b4f2': 'Pesan masuk tanpa bunyi.',
  'setting.label.topic-68501b': 'Topik',
  'setting.help.letters-digits-and-anyone-b5d722':
    'Huruf, angka, - dan _. Siapa pun yang tahu sebuah topik di ntfy.sh dapat membacanya: pilih yang tidak mudah ditebak.',
  'setting.label.server-url-74398d': 'URL server',
  'setting.help.ntfy-sh-or-your-bb6b2a': 'ntfy.sh, atau server Anda sendiri.',
  'setting.help.only-for-a-protected-b417e7':
    'Hanya untuk topik yang dilindungi (pengaturan akun ntfy, Access tokens).',
  'setting.help.how-insistently-the-ntfy-6d51c1':
    'Seberapa mendesak aplikasi ntfy memberi tahu; secara bawaan 4 (tinggi) untuk kabar buruk, selain itu 3 (bawaan).',
  'setting.choice.1-min-64e8e6': '1 (terendah)',
  'setting.choice.2-low-dd0a76': '2 (rendah)',
  'setting.choice.3-default-b575fc': '3 (bawaan)',
  'setting.choice.4-high-068d8e': '4 (tinggi)',
  'setting.choice.5-urgent-c78935': '5 (mendesak)',
  'setting.help.the-address-you-open-0e6e35': 'Alamat tempat Anda membuka Gotify.',
  'setting.help.in-gotify-apps-create-93526b':
    'Di Gotify: Apps, Create Application, lalu token aplikasinya (bukan token klien).',
  'setting.help.0-to-10-the-6a0a94':
    '0 sampai 10; aplikasi Gotify berbunyi mulai dari 4 dan menampilkan pop-up mulai dari 8.',
  'setting.label.url-756963': 'URL',
  'setting.help.where-each-notice-is-36b3b0':
    'Tujuan pengiriman setiap notifikasi. Token di query string (?token=…) disimpan sebagai rahasia.',
  'setting.label.the-url-holds-no-2d650c': 'URL ini tidak memuat rahasia',
  'setting.help.off-viewers-and-the-446d65':
    "Nonaktif: pelihat dan log hanya melihat skema dan host-nya (https://host/…), karena path seperti /api/webhook/'<'id> milik Home Assistant berfungsi sebagai kata sandi. Aktif: URL terlihat utuh.",
  'setting.label.method-98a2c7': 'Metode',
  'setting.help.the-http-method-of-ac06d4': 'Metode HTTP untuk setiap permintaan.',
  'setting.label.headers-334f59': 'Header',
  'setting.help.sent-with-every-request-207012':
    'Dikirim bersama setiap permintaan, mis. Authorization. Nilainya disimpan sebagai rahasia.',
  'setting.label.signing-secret-e2e103': 'Secret penandatanganan',
  'setting.help.signs-every-request-standard-74e49a':
    'Menandatangani setiap permintaan. Standard Webhooks memerlukan whsec_ dan base64: Generate (di Pengaturan) membuatkannya, begitu pula "ipwatch webhook-secret".',
  'setting.label.signature-c04905': 'Tanda tangan',
  'setting.help.how-a-secret-signs-13e029': 'Cara secret menandatangani setiap permintaan.',
  'setting.choice.standard-webhooks-webhook-signature-b80e51': 'Standard Webhooks (webhook-signature)',
  'setting.choice.github-style-x-hub-d212b3': 'Gaya GitHub (X-Hub-Signature-256)',
  'setting.label.body-template-f561a1': 'Template body',
  'setting.help.empty-the-json-payload-f994e3':
    "Kosong: payload JSON. Placeholder: '{{'event'}}', '{{'title'}}', '{{'summary'}}', '{{'text'}}', '{{'time'}}', '{{'from'}}', '{{'to'}}'…",
  'setting.label.content-type-15676e': 'Jenis konten',
  'setting.help.placeholders-are-escaped-for-5e531a':
    'Placeholder di-escape sesuai jenis ini: escape JSON untuk JSON, encode URL untuk formulir.',
  'setting.label.smtp-server-1fa226': 'Server SMTP',
  'setting.help.your-provider-names-it-f65545':
    'Penyedia Anda mencantumkannya beserta port dan jenis keamanan yang dipakai.',
  'setting.label.security-c2fe21': 'Keamanan',
  'setting.help.how-the-connection-is-acfe94': 'Cara koneksi dienkripsi.',
  'setting.choice.starttls-usually-port-587-9aa299': 'STARTTLS (biasanya port 587)',
  'setting.choice.tls-from-the-start-fa430a': 'TLS sejak awal (biasanya port 465)',
  'setting.label.port-e2c53c': 'Port',
  'setting.help.587-for-starttls-465-299748': '587 untuk STARTTLS, 465 untuk TLS.',
  'setting.label.username-1c08d4': 'Nama pengguna',
  'setting.help.with-a-password-or-fe4d15':
    'Diisi bersama kata sandi, atau kosongkan keduanya untuk relay tanpa autentikasi.',
  'setting.label.password-2cc308': 'Kata sandi',
  'setting.help.often-an-app-password-9d79b2': 'Sering kali sandi aplikasi, bukan kata sandi Anda sendiri.',
  'setting.help.the-sender-e-g-c0464f': "Pengirim, mis. IPWatch '<'ipwatch@example.org>.",
  'setting.help.one-address-or-several-7164a8': 'Satu alamat, atau beberapa alamat yang dipisahkan koma.',
  'setting.label.subject-prefix-4daa86': 'Awalan subjek',
  'setting.help.put-before-every-subject-0730fe': 'Ditambahkan di depan setiap subjek.',
  'setting.label.require-starttls-4bf761': 'Wajibkan STARTTLS',
  'setting.help.without-it-a-password-97c5f0':
    'Tanpa ini, kata sandi bisa terkirim tanpa enkripsi ke server yang tidak menawarkan STARTTLS.',
  'setting.choice.always-ad4bbd': 'Selalu',
  'setting.choice.never-the-password-may-ad8db3': 'Tidak pernah (kata sandi bisa terkirim tanpa enkripsi)',
  'setting.label.check-the-server-s-6bf963': 'Periksa sertifikat server',
  'setting.help.turn-off-only-for-75544a': 'Nonaktifkan hanya untuk server dengan sertifikat self-signed.',
  'setting.label.broker-url-999a67': 'URL broker',
  'setting.help.mqtt-mqtts-tls-ws-d75a5c':
    'mqtt://, mqtts:// (TLS), ws:// atau wss://; nama pengguna dan kata sandi punya kolomnya sendiri.',
  'setting.help.empty-for-a-broker-9d0051': 'Kosong untuk broker tanpa autentikasi.',
  'setting.help.the-broker-user-s-4a2c25': 'Kata sandi pengguna broker.',
  'setting.label.node-name-c427b5': 'Nama node',
  'setting.help.names-this-machine-in-fc5d59':
    "Nama komputer ini di topik ('<'topik dasar>/'<'node>/ipv4); kosong: nama host-nya.",
  'setting.label.base-topic-ad8b05': 'Topik dasar',
  'setting.help.every-topic-starts-with-9b1c6b': 'Setiap topik diawali dengan ini.',
  'setting.label.home-assistant-discovery-4f3975': 'Discovery Home Assistant',
  'setting.help.announce-the-addresses-as-2bc158':
    'Umumkan alamat-alamat sebagai sensor dari satu perangkat Home Assistant.',
  'setting.label.discovery-prefix-bf96ea': 'Prefiks discovery',
  'setting.help.home-assistant-s-mqtt-5f5f4b': 'Prefiks discovery MQTT milik Home Assistant.',
  'setting.label.quality-of-service-cacf6f': 'Kualitas layanan (QoS)',
  'setting.help.what-the-broker-promises-3ec3da': 'Jaminan broker untuk setiap pesan.',
  'setting.choice.0-at-most-once-19f050': '0: paling banyak sekali',
  'setting.choice.1-at-least-once-c1af3b': '1: paling sedikit sekali',
  'setting.choice.2-exactly-once-014d71': '2: tepat sekali',
  'setting.label.client-id-96a121': 'ID klien',
  'setting.help.empty-one-made-from-dd5351':
    'Kosong: dibuat dari nama node (paling banyak 23 karakter, sesuai jaminan MQTT 3.1.1).',
  'setting.label.plugin-038fdf': 'Plugin',
  'setting.help.the-name-of-a-5bdfac':
    'Nama plugin kanal di folder plugin, seperti yang disebut manifest-nya (docs/plugins.md).',
} satisfies Area<typeof source>;
