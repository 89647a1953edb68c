/**
 * Indonesian (en/discord.ts). The Discord page and Settings' bot panel: the bot's state, servers and errors.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { discord as source } from '../en/discord';

export const discord = {
  'editors.discord.bot': 'Bot: {state}',
  'editors.discord.botState':
    '{state, select, off {mati} connecting {menyambung} connected {tersambung} reconnecting {menyambung ulang} failed {gagal} other {token ditolak}}',
  'editors.discord.as': 'sebagai {user}',
  'editors.discord.inviteLater':
    'Begitu bot punya token dan sudah tersambung, tautan untuk menambahkannya ke server (dengan izin yang diperlukan) muncul di sini.',
  'editors.discord.invite': 'Tambahkan bot ke server',
  'editors.discord.copyInvite': 'Salin tautan undangan',
  'editors.discord.saveFirst': 'Simpan dulu: pesan tes dikirim lewat bot yang sedang berjalan.',
  'editors.discord.mustConnect': 'Status bot: {state}; bot harus tersambung.',
  'editors.discord.notKnown': 'belum diketahui',
  'editors.discord.channelFirst': 'Beri dulu sebuah server kanal untuk kiriman.',
  'editors.discord.stepInvite': 'Undang ke server Anda',
  'editors.discord.stepServers': 'Pilih server dan kanalnya',
  'editors.discord.ids':
    'ID: di Discord, buka Pengaturan, Lanjutan, aktifkan Mode Pengembang; lalu klik kanan server atau kanal, Salin ID.',
  'editors.discord.stepTest': 'Simpan, lalu kirim pesan tes',
  'editors.discord.sendTest': 'Kirim pesan tes',
  'editors.discord.webhookInstead':
    'Hanya perlu kiriman di satu kanal? Webhook Discord tidak memerlukan bot: <channels>tambahkan di Kanal notifikasi</channels> (Tambah Discord, webhook). <page>Halaman Discord</page> menampilkan bot saat berjalan.',
  'editors.discord.stepCreate': 'Buat bot',
  'editors.discord.portal':
    'Di <portal>Discord Developer Portal</portal>: New Application, lalu Bot, lalu Reset Token. Tidak perlu privileged intent.',
  'editors.discord.thenSteps':
    'Lalu undang ke server Anda, pilih server dan kanalnya, dan kirim pesan tes: langkah-langkah itu muncul begitu bot punya token.',
  'editors.discord.more': 'Pengaturan Discord lainnya',

  'editors.guild.in': 'Bot ada di “{name}”.',
  'editors.guild.notIn': 'Bot belum ada di server ini: undang dengan tautan di atas.',
  'editors.guild.legend': 'Server {name}',
  'editors.guild.roles': '{count, plural, other {# peran}}',
  'editors.guild.members': '{count, plural, other {# anggota}}',
  'editors.guild.rolesAndMembers': '{roles}, {members}',
  'editors.guild.who': 'Yang boleh memakai perintah: {read}; mengelola: {admin}',
  'editors.guild.everyMember': 'semua anggota',
  'editors.guild.adminListed': '{people} dan pemegang izin Kelola Server',
  'editors.guild.adminDefault': 'anggota dengan izin Kelola Server',
  'editors.guild.list': 'Server Discord',
  'editors.guild.empty': 'Belum ada server: bot tidak menjawab di mana pun dan tidak mengirim apa pun.',
  'editors.guild.new': 'Server baru',
  'editors.guild.postsTo': 'Server Discord · mengirim ke {channel}',
  'editors.guild.noPosts': 'Server Discord · tanpa kiriman',
  'editors.guild.add': 'Tambah server',

  'editors.bots.list': 'Bot lainnya',
  'editors.bots.intro':
    'Aplikasi Discord lain yang dijalankan IPWatch ini, masing-masing dengan token, server, dan perintahnya sendiri; masing-masing mengirim ke servernya sendiri.',
  'editors.bots.empty': 'Tidak ada bot lain: hanya yang di atas.',
  'editors.bots.new': 'Bot baru',
  'editors.bots.add': 'Tambah bot',
  'editors.bots.full': 'Paling banyak {max} bot dalam satu IPWatch.',
  'editors.bots.notConnected': 'tidak terhubung',
  'editors.bots.legend': 'Bot {name}',

  'reason.bot.tokenRejected':
    'Discord menolak token bot; atur token baru (bot baru mencoba lagi setelah token diganti)',
  'reason.bot.waitToLogin': 'tidak dapat terhubung: Discord meminta menunggu {seconds} dtk sebelum login berikutnya',
  'reason.bot.gatewayClosed': 'gateway ditutup permanen (kode {code})',

  'web.discord.title': 'Discord',
  'web.discord.bot': 'Bot',
  'web.discord.state.off': 'mati',
  'web.discord.state.connecting': 'menghubungkan',
  'web.discord.state.reconnecting': 'menghubungkan ulang',
  'web.discord.state.connected': 'terhubung',
  'web.discord.state.tokenRejected': 'token ditolak',
  'web.discord.state.failed': 'gagal',
  'web.discord.as': 'sebagai {user}',
  'web.discord.ping': '(ping gateway {ms} ms)',
  'web.discord.off':
    'Bot mati sampai ada token. <link>Atur di Pengaturan</link>: tokennya, server-servernya, dan kanal masing-masing.',
  'web.discord.invite': 'Tambahkan bot ke server',
  'web.discord.invitePermissions': '(dengan izin yang diperlukannya)',
  'web.discord.settings': 'Pengaturan Discord',
  'web.discord.webhook':
    'Hanya ingin postingan, tanpa perintah? Webhook Discord tidak perlu bot: <link>tambahkan di Kanal notifikasi</link> (Tambah Discord).',
  'web.discord.servers': 'Server',
  'web.discord.noServer': 'Belum ada server yang diatur.',
  'web.discord.moreBots': 'Bot lainnya',
  'web.discord.botId': 'ID {id}',
  'web.discord.notJoined': 'belum bergabung',
  'web.discord.postsTo': 'memposting ke kanal {channel}',
  'web.discord.commands': 'Perintah',
  'web.discord.commands.failed': 'Tidak terdaftar: {error}',
  'web.discord.commands.notYet': 'Belum terdaftar.',
  'web.discord.commands.global':
    'Terdaftar secara global (Discord bisa butuh hingga satu jam untuk menampilkannya di mana-mana).',
  'web.discord.commands.guild': 'Terdaftar di setiap server yang diatur.',
} as const satisfies Area<typeof source>;
