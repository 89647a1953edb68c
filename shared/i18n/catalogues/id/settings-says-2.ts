import type { Area } from '../area';
import type { settingsSays2 as source } from '../en/settings-says-2';

export const settingsSays2 = {
  'settings.schemaSays.enterAgain':
    'Masukkan “{secret}” lagi: {destination} {holder} berubah (sebelumnya {was}, sekarang {now})',
  'settings.schemaSays.required': 'Isi “{what}”',
  'settings.schemaSays.pushoverKey': '“{what}” terdiri dari 30 huruf dan angka',

  'settings.schemaSays.siteName': 'beri lokasi ini nama, misalnya home atau office',
  'settings.schemaSays.atMostChars': 'paling banyak {max} karakter',
  'settings.schemaSays.siteLevel': 'nama lokasi adalah satu level topik: {inner}',
  'settings.schemaSays.siteBytes':
    'paling banyak {max} byte dalam UTF-8 (nama ini {bytes}): gunakan lebih sedikit karakter non-Latin',
  'settings.schemaSays.topicPrefix': 'isi prefiks topik, misalnya ipwatch/fleet',
  'settings.schemaSays.emptyLevel': 'level dipisahkan satu garis miring, tidak ada yang kosong',
  'settings.schemaSays.prefixLevel': 'setiap level adalah level topik: {inner}',
  'settings.schemaSays.wildcard': 'berisi / + atau #, yang dibaca MQTT sebagai level dan wildcard',
  'settings.schemaSays.dollar': 'diawali $, yang disimpan broker untuk dirinya sendiri',
  'settings.schemaSays.topicChar': '{inner}, yang ditolak MQTT 5 dan broker dalam topik',
  'settings.schemaSays.controlChar': '{code} adalah karakter kontrol',
  'settings.schemaSays.surrogate': '{code} adalah setengah karakter (surrogate tanpa pasangan)',
  'settings.schemaSays.nonCharacter': '{code} adalah non-karakter Unicode',
  'settings.schemaSays.brokerUrl': 'isi URL broker, misalnya mqtts://broker.example.org:8883',
  'settings.schemaSays.brokerUserinfo': 'isi nama pengguna dan kata sandi di kolomnya sendiri, bukan di URL',
  'settings.schemaSays.brokerScheme': 'harus berupa mqtt://host:port atau mqtts://host:port (tanpa path)',
  'settings.schemaSays.certAndKey': 'isi sertifikat beserta kuncinya',
  'settings.schemaSays.certTls': 'sertifikat klien memerlukan TLS: gunakan URL mqtts://',
  'settings.schemaSays.caTls': 'file CA memerlukan TLS: gunakan URL mqtts://',

  'settings.schemaSays.noScheme': 'alamat harus diawali skemanya dan //, misalnya https://',
  'settings.schemaSays.backslash':
    'garis miring terbalik tidak diizinkan dalam alamat (parser membacanya berbeda-beda)',
  'settings.schemaSays.spaces': 'spasi, tab, baris baru, dan karakter kontrol tidak diizinkan dalam alamat',
  'settings.schemaSays.notAnAddress': 'alamat tidak valid (periksa host dan port)',
  'settings.schemaSays.noHost': 'alamat tidak memiliki host',
  'settings.schemaSays.percentHost': 'tulis host tanpa %-encoding',
  'settings.schemaSays.readOtherwise':
    'tulis alamat sebagai {address} (program lain bisa membaca “{written}” secara berbeda)',
  'settings.schemaSays.hostOtherwise':
    'tulis host sebagai {host} (program lain bisa membaca “{written}” secara berbeda)',
  'settings.schemaSays.userinfo': 'isi nama pengguna dan kata sandi di kolomnya sendiri, bukan di alamat',
  'settings.schemaSays.baseQuery': 'alamat dasar tidak boleh berisi query ? atau fragmen #',
  'settings.schemaSays.originOnly': 'cukup skema, host, dan port, misalnya {origin}',
  'settings.schemaSays.hostOnly': 'cukup nama host atau alamat (port punya kolomnya sendiri)',

  'settings.saysWord.holder.record': 'record DNS',
  'settings.saysWord.holder.channel': 'kanal',
  'settings.saysWord.holder.heartbeat': 'heartbeat',
  'settings.saysWord.holder.discord': 'bot Discord',
  'settings.saysWord.holder.sign-in': 'login Discord',
  'settings.saysWord.holder.identity': 'layanan identitas',
  'settings.saysWord.holder.fleet': 'armada',

  'settings.saysWord.destination.server': 'server',
  'settings.saysWord.destination.apiAddress': 'alamat API',
  'settings.saysWord.destination.updateServer': 'server pembaruan',
  'settings.saysWord.destination.restApiAddress': 'alamat REST API',
  'settings.saysWord.destination.webhookUrl': 'URL webhook',
  'settings.saysWord.destination.workflowUrl': 'URL workflow',
  'settings.saysWord.destination.botApiServer': 'server Bot API',
  'settings.saysWord.destination.url': 'URL',
  'settings.saysWord.destination.smtpServer': 'server SMTP',
  'settings.saysWord.destination.broker': 'broker',
  'settings.saysWord.destination.apiServer': 'server API',
  'settings.saysWord.destination.appriseServer': 'server Apprise API',
  'settings.saysWord.destination.pingUrl': 'URL ping',
  'settings.saysWord.destination.discordApiAddress': 'alamat API Discord',
  'settings.saysWord.destination.address': 'alamat',
  'settings.saysWord.destination.brokerAddress': 'alamat broker',
} as const satisfies Area<typeof source>;
