/**
 * Indonesian (en/channels.ts). Notification channels: their editor, types, events, masking and states.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { channels as source } from '../en/channels';

export const channels = {
  'editors.addDiscord.legend': 'Tambah Discord',
  'editors.addDiscord.webhook': 'Webhook: hanya kiriman',
  'editors.addDiscord.webhookHelp':
    'Setiap notifikasi masuk ke satu kanal Discord. Tidak ada yang perlu dipasang: di Discord, buka pengaturan kanal, Integrasi, Webhook, Webhook Baru, lalu tempel URL-nya di sini.',
  'editors.addDiscord.bot': 'Bot: juga perintah',
  'editors.addDiscord.botHelp':
    'Mengirim ke server Anda dan menjawab /ip, /status, serta perintah lainnya di sana. Memerlukan bot milik Anda sendiri: token dan servernya diatur di bagian Bot Discord.',

  'editors.channel.title': '{type}: {name}',
  'editors.channel.newName': 'kanal baru',
  'editors.channel.type': 'Jenis',
  'editors.channel.name': 'Nama',
  'editors.channel.nameHelp':
    'Namanya di status, log, dan kotak keluar: huruf, angka, titik, tanda hubung, garis bawah.',
  'editors.channel.enabled': 'Aktif',
  'editors.channel.enabledOff': 'Dinonaktifkan: tidak ada yang dikirim, tetapi tes tetap dikirim.',
  'editors.channel.gets': 'Yang diterima: {events}; {mask}',
  'editors.channel.eventsAll': 'semua peristiwa',
  'editors.channel.eventsNone': 'tidak ada peristiwa',
  'editors.channel.eventsSome': '{count} dari {total} peristiwa',
  'editors.channel.eventsSent': 'Peristiwa yang dikirim',
  'editors.channel.noEvents': 'Tidak ada peristiwa: tidak ada yang dikirim.',
  'editors.channel.fixFirst': 'Perbaiki kolom yang ditandai di atas untuk mengirim tes.',
  'editors.channel.sendTest': 'Kirim tes',
  'editors.channel.sending': 'Mengirim…',
  'editors.channel.sent': 'Terkirim dalam {ms} ms: periksa apakah sudah sampai.',
  'editors.channel.notSent': 'Tidak terkirim:',

  'editors.channelType.discord-webhook': 'Webhook Discord',
  'editors.channelType.discord-webhook.blurb':
    'Mengirim embed ke satu kanal Discord. Di Discord: pengaturan kanal, Integrasi, Webhook, Webhook Baru.',
  'editors.channelType.telegram': 'Telegram',
  'editors.channelType.telegram.blurb':
    'Mengirim pesan dari bot Telegram Anda ke chat, grup, atau kanal. Buat botnya dengan @BotFather.',
  'editors.channelType.telegram.chatId': '-1001234567890 atau @kanalsaya',
  'editors.channelType.slack': 'Slack',
  'editors.channelType.slack.blurb':
    'Mengirim ke satu kanal Slack melalui incoming webhook (aplikasi Slack Anda, Incoming Webhooks).',
  'editors.channelType.ntfy': 'ntfy',
  'editors.channelType.ntfy.blurb': 'Menerbitkan ke topik ntfy; berlangganan topik itu di aplikasi ntfy.',
  'editors.channelType.gotify': 'Gotify',
  'editors.channelType.gotify.blurb': 'Mengirim push ke server Gotify Anda.',
  'editors.channelType.email': 'Email (SMTP)',
  'editors.channelType.email.blurb': 'Mengirim email teks biasa melalui server SMTP Anda.',
  'editors.channelType.email.requireTls': 'Jika ada kata sandi (disarankan)',
  'editors.channelType.webhook': 'Webhook',
  'editors.channelType.webhook.blurb':
    'Mengirim setiap notifikasi ke URL Anda sendiri sebagai JSON (atau template Anda), ditandatangani jika Anda memberi secret: seperti Standard Webhooks (penerima memeriksanya dengan paket standardwebhooks), atau seperti GitHub (X-Hub-Signature-256). Notifikasi, termasuk peristiwanya, ada di body yang ditandatangani.',
  'editors.channelType.mqtt': 'MQTT / Home Assistant',
  'editors.channelType.mqtt.blurb':
    'Menyimpan alamat dan status koneksi di topik retained dan mengirim setiap notifikasi sebagai peristiwa; dengan discovery, Home Assistant menampilkannya sebagai sensor dari satu perangkat.',
  'editors.channelType.teams': 'Microsoft Teams',
  'editors.channelType.teams.blurb':
    'Mengirim kartu ke kanal Teams melalui webhook Workflows. Di Teams: menu … pada kanal, Workflows, "Send webhook alerts to a channel".',
  'editors.channelType.pushover': 'Pushover',
  'editors.channelType.pushover.blurb':
    'Mengirim push ke aplikasi Pushover. Buat aplikasi di pushover.net untuk tokennya; user key Anda ada di dasbor Pushover.',
  'editors.channelType.apprise': 'Apprise',
  'editors.channelType.apprise.blurb':
    'Mengirim melalui server Apprise API Anda ke platform apa pun yang dikenal Apprise: konfigurasi yang disimpan dengan sebuah kunci, atau URL Apprise yang diberikan di sini.',
  'editors.channelType.twilio': 'SMS (Twilio)',
  'editors.channelType.twilio.blurb':
    'Mengirim SMS singkat melalui Twilio: Account SID dan auth token dari Twilio Console, dan nomor Twilio sebagai pengirim.',
  'editors.channelType.matrix': 'Matrix',
  'editors.channelType.matrix.blurb':
    'Mengirim ke ruangan Matrix sebagai akun di homeserver Anda, dengan access token-nya; akun itu harus sudah bergabung ke ruangan itu.',
  'editors.channelType.signal': 'Signal',
  'editors.channelType.signal.blurb':
    'Mengirim pesan Signal melalui server signal-cli-rest-api Anda, sebagai akun yang terdaftar atau ditautkan di sana.',
  'editors.channelType.bark': 'Bark',
  'editors.channelType.bark.blurb':
    'Mengirim push ke aplikasi Bark di iPhone: kunci perangkat yang ditampilkan aplikasi, melalui api.day.app atau bark-server Anda sendiri.',
  'editors.channelType.plugin': 'Plugin',
  'editors.channelType.plugin.blurb':
    'Menyerahkan setiap notifikasi ke program Anda sendiri, yang dinamai oleh manifest-nya di folder plugin.',
  'editors.channelType.desktop': 'Notifikasi desktop',
  'editors.channelType.desktop.blurb':
    'Notifikasi di desktop komputer ini; server tanpa sesi desktop menonaktifkannya dan menjelaskan alasannya.',
  'editors.channelType.discord-bot': 'Bot Discord',
  'editors.channelType.discord-bot.blurb':
    'Mengirim melalui bot Discord ke kanal setiap server (lihat Discord). Kanal ini ada dengan sendirinya begitu bot punya token; tambahkan di sini hanya untuk mematikan kirimannya, memilih peristiwanya, atau menyamarkan alamat.',
  'editors.channelType.bark.levelAuto': 'Otomatis (sensitif waktu untuk kabar buruk)',
  'editors.channelType.priorityAuto': 'Otomatis (tinggi untuk kabar buruk)',

  'editors.event.ipv4-changed': 'Alamat IPv4 berubah',
  'editors.event.ipv6-changed': 'Alamat IPv6 berubah',
  'editors.event.flap': 'Berubah lalu kembali (flap)',
  'editors.event.offline': 'Terputus',
  'editors.event.online': 'Kembali online',
  'editors.event.degraded': 'Deteksi menurun atau pulih',
  'editors.event.frequent-changes': 'Sering berubah (jalur tidak stabil)',
  'editors.event.started': 'Pemantauan dimulai (jika "startup" aktif)',
  'editors.event.nat-changed': 'NAT berubah (mis. kini di balik CGNAT)',
  'editors.event.provider-changed': 'Jaringan berubah (AS atau negara lain)',
  'editors.event.service-down': 'Sebuah layanan mati',
  'editors.event.service-up': 'Sebuah layanan kembali aktif',
  'editors.event.ddns-stopped': 'Sebuah record DNS dinonaktifkan (perlu tindakan Anda)',
  'editors.event.ddns-waiting': 'Sebuah record DNS menunggu untuk mencoba lagi',
  'editors.event.ddns-failed': 'Sebuah record DNS tidak sesuai',
  'editors.event.ddns-in-step': 'Sebuah record DNS kembali sesuai',
  'editors.event.site-changed': 'Lokasi lain mendapat alamat baru',
  'editors.event.site-offline': 'Lokasi lain terputus',
  'editors.event.site-online': 'Lokasi lain kembali',
  'editors.event.memory-high': 'Memori IPWatch melewati batasnya',

  'editors.mask.label': 'Alamat dalam pesan',
  'editors.mask.none': 'Tampilkan alamat lengkap',
  'editors.mask.partial': 'Sembunyikan bagian akhir (203.0.113.xxx)',
  'editors.mask.hidden': 'Sembunyikan alamat sepenuhnya',
  'editors.mask.inline.none': 'alamat lengkap',
  'editors.mask.inline.partial': 'bagian akhir disembunyikan (203.0.113.xxx)',
  'editors.mask.inline.hidden': 'alamat disembunyikan',

  'reason.channel.unknownType': 'jenis kanal “{type}” tidak dikenal',
  'reason.channel.duplicateId': 'ID kanal “{id}” ganda: hanya kanal pertama yang digunakan',

  'reason.desktop.container': 'tidak ada sesi desktop: berjalan di dalam kontainer',
  'reason.desktop.waylandNoSocket': 'tidak ada sesi desktop: WAYLAND_DISPLAY tidak menunjuk soket apa pun ({display})',
  'reason.desktop.noDisplay': 'tidak ada sesi desktop: DISPLAY dan WAYLAND_DISPLAY tidak diatur',
  'reason.desktop.windowsService': 'tidak ada sesi desktop: berjalan sebagai layanan Windows',
  'reason.desktop.none': 'tidak ada sesi desktop',
  'reason.desktop.noNotifySend': 'notify-send tidak ditemukan (pasang libnotify-bin)',
  'reason.desktop.notSupported': 'notifikasi desktop tidak didukung di sistem ini',
  'reason.desktop.noNotifier': 'proses ini tidak dapat menampilkan notifikasi desktop',

  'shell.desktop.test': 'Notifikasi uji: notifikasi desktop berfungsi.',
  'shell.desktop.unsupported': 'notifikasi desktop tidak didukung di sistem ini',

  // The notification channels (renderer/src/pages/channels-list.tsx).
  'web.channel.state.ok': 'ok',
  'web.channel.state.retrying': 'mencoba lagi',
  'web.channel.state.failing': 'gagal',
  'web.channel.state.invalid': 'tidak valid',
  'web.channel.state.paused': 'dijeda',
  'web.channel.state.disabled': 'dinonaktifkan',
  'web.channel.state.removed': 'dihapus',
  'web.channel.sendTestTo': 'Kirim tes: {channel}',
  'web.channel.sending': 'Mengirim…',
  'web.channel.sendTest': 'Kirim tes',
  'web.channel.sentIn': 'Terkirim dalam {ms} ms',
  'web.channel.notSent': 'Tidak terkirim:',
  'web.channel.lastError': 'Galat terakhir{recovered, select, yes {, sudah pulih} other {}}',
  'web.channel.lastErrorAgo': 'Galat terakhir {ago}{recovered, select, yes {, sudah pulih} other {}}',
  'web.channel.none': 'Belum ada kanal notifikasi. Tambahkan di Pengaturan.',
  'web.channel.counts': '{pending} tertunda · {sent} terkirim · {expired} kedaluwarsa',
  'web.channel.lastSent': ' · terakhir terkirim {ago}',
} as const satisfies Area<typeof source>;
