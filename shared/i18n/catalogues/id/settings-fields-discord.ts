/** Indonesian: the settings' words from shared/settings/discord.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDiscord as source } from '../en/settings-fields-discord';

export const settingsFieldsDiscord = {
  'setting.help.from-the-discord-developer-e05b1f':
    'Dari Discord Developer Portal (Bot, Reset Token); kosong: tanpa bot.',
  'setting.label.where-commands-are-registered-74eb0a': 'Tempat perintah didaftarkan',
  'setting.help.in-each-listed-server-ae7aaf':
    'Langsung di setiap server yang terdaftar, atau di semua server setelah jeda dari Discord.',
  'setting.choice.in-each-listed-server-93fdae': 'Di setiap server yang terdaftar',
  'setting.choice.globally-in-every-server-b34451': 'Global, di semua server',
  'setting.label.servers-cd0cf1': 'Server',
  'setting.help.the-discord-servers-the-593711':
    'Server Discord yang dilayani bot, beserta kanalnya dan siapa boleh melakukan apa.',
  'setting.label.server-id-135a41': 'ID server',
  'setting.help.the-server-guild-id-d772db': 'ID server (guild): aktifkan Mode Pengembang, lalu Salin ID Server.',
  'setting.label.channel-for-change-posts-52646c': 'Kanal untuk kiriman perubahan',
  'setting.help.id-of-the-text-d0dad6':
    'ID kanal teks tujuan kiriman; balasan di sana bersifat publik. Kosong: tidak ada kiriman.',
  'setting.label.events-posted-0a5dc4': 'Peristiwa yang dikirim',
  'setting.help.what-is-posted-to-188d38':
    'Apa saja yang dikirim ke kanal itu; secara bawaan perubahan alamat dan NAT, serta lokasi lain jika semua lokasi dipantau.',
  'setting.label.address-masking-d5d0ee': 'Penyamaran alamat',
  'setting.help.how-addresses-appear-in-4279df':
    'Cara alamat ditampilkan dalam balasan, kiriman, dan ekspor di server ini.',
  'setting.choice.shown-in-full-4373b2': 'Ditampilkan lengkap',
  'setting.choice.partly-hidden-203-0-86d1a5': 'Disembunyikan sebagian (203.0.113.xxx)',
  'setting.choice.hidden-3c2dfe': 'Disembunyikan',
  'setting.label.who-may-read-91b015': 'Siapa yang boleh membaca',
  'setting.help.roles-and-members-who-47bcba':
    'Peran dan anggota yang boleh memakai perintah baca; jika tidak ada yang dicantumkan: semua anggota.',
  'setting.label.role-ids-278aaf': 'ID peran',
  'setting.help.the-server-roles-allowed-65e1ac': 'Peran server yang diizinkan.',
  'setting.label.member-ids-77c790': 'ID anggota',
  'setting.help.the-members-allowed-whatever-9b623b': 'Anggota yang diizinkan, apa pun perannya.',
  'setting.label.who-may-administer-d0c855': 'Siapa yang boleh mengelola',
  'setting.help.config-pause-and-resume-9d3830':
    '/config, /pause, dan /resume: peran dan anggota ini, serta pemegang izin Kelola Server.',
  'setting.label.command-rate-limits-3ba2d7': 'Batas frekuensi perintah',
  'setting.help.how-long-a-member-386fc7': 'Berapa lama seorang anggota menunggu di antara dua perintah yang berat.',
  'setting.label.between-two-check-seconds-aecfc1': 'Jeda antara dua /check (detik)',
  'setting.help.time-a-member-waits-55acc4':
    'Waktu tunggu seorang anggota di antara dua perintah /check; 0: tanpa menunggu.',
  'setting.label.between-two-export-seconds-728d00': 'Jeda antara dua /export (detik)',
  'setting.help.time-a-member-waits-7a2dc0':
    'Waktu tunggu seorang anggota di antara dua perintah /export; 0: tanpa menunggu.',
  'setting.label.discord-api-address-8d7737': 'Alamat API Discord',
  'setting.help.discord-s-rest-base-7b2c81':
    'Alamat dasar REST Discord; hanya diganti oleh proxy atau pengganti lokal.',
  'setting.label.more-bots-32e82f': 'Bot lainnya',
  'setting.help.other-discord-applications-this-a63562':
    'Aplikasi Discord lain yang dijalankan IPWatch ini, masing-masing dengan token dan servernya sendiri.',
  'setting.label.bot-id-715b8f': 'ID bot',
  'setting.help.a-short-name-of-a0d689':
    'Nama pendek pilihan Anda untuk bot ini (huruf, angka, tanda hubung); kanal kirimannya menyebutnya.',
  'setting.label.label-9eccf2': 'Nama tampilan',
  'setting.help.how-this-page-calls-aaf4d8':
    'Sebutan bot ini di halaman ini; kosong: nama Discord-nya setelah terhubung.',
} satisfies Area<typeof source>;
