import type { Area } from '../area';
import type { egress as source } from '../en/egress';

export const egress = {
  'egress.purpose.echo': 'Sumber web bawaan: memberi tahu IPWatch alamat publik Anda',
  'egress.purpose.stun': 'Sumber STUN bawaan: memberi tahu IPWatch alamat publik Anda',
  'egress.purpose.dnsDetection': 'Sumber DNS bawaan: memberi tahu IPWatch alamat publik Anda',
  'egress.purpose.customSource': 'Sumber Anda sendiri: memberi tahu IPWatch alamat publik Anda',
  'egress.purpose.systemDns': 'Pencarian nama untuk tujuan dalam daftar ini',
  'egress.purpose.routerPortMapping': 'Pemantauan router: menanyakan alamat eksternal router (NAT-PMP, PCP)',
  'egress.purpose.routerDiscovery': 'Pemantauan router: mencari router UPnP di jaringan lokal',
  'egress.purpose.routerUpnp': 'Pemantauan router: menanyakan alamat eksternal router UPnP',
  'egress.purpose.ddnsApi': 'DNS dinamis: memperbarui record DNS Anda di penyedianya',
  'egress.purpose.ddnsUpdate': 'DNS dinamis: memperbarui record DNS Anda di name server-nya (RFC 2136)',
  'egress.purpose.ddnsProof': 'DNS dinamis: memeriksa record DNS Anda di name server zonanya',
  'egress.purpose.ddnsZoneWalk':
    'DNS dinamis: mencari zona record DNS Anda (menanyakan record NS untuk namanya dan setiap nama di atasnya)',
  'egress.purpose.channel': 'Kanal notifikasi: mengirim notifikasi',
  'egress.purpose.heartbeat': 'Heartbeat: memberi tahu layanan bahwa IPWatch masih berjalan',
  'egress.purpose.identity': 'Identitas jaringan: menanyakan siapa yang memberi Anda alamat baru',
  'egress.purpose.discordBot': 'Bot Discord: slash command dan postingan',
  'egress.purpose.signIn': 'Masuk ke dasbor dengan Discord',
  'egress.purpose.serviceMonitor': 'Pemantauan layanan: memeriksa apakah layanan Anda dapat dijangkau',
  'egress.purpose.speedTest': 'Tes kecepatan',
  'egress.purpose.fleet': 'Armada: menerbitkan dan memantau lokasi melalui broker',
  'egress.purpose.proxy': 'Proxy yang diatur lingkungan Anda (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY)',
  'egress.role.gateway': 'gateway',
  'egress.role.systemDns': 'server DNS sistem',
  'egress.role.entered': 'host yang Anda masukkan',
  'egress.role.zoneServers': 'name server zona Anda',
  'egress.role.localRouter': 'router yang menjawab di jaringan lokal',
  'egress.refused':
    'Koneksi ke {host} port {port} ({protocol}) ditolak: tujuan ini tidak ada dalam daftar untuk pengaturan saat ini, dan koneksi yang tidak terdaftar ditolak (egress.enforce).',
  'egress.undeclared':
    'Terhubung ke {host} port {port} ({protocol}), yang tidak ada dalam daftar tujuan untuk pengaturan saat ini.',
  'egress.refusedLocal':
    'Koneksi ke {host} ditolak: nama ini menghasilkan {address}, alamat mesin ini atau jaringan lokalnya, dan {host} tidak dinyatakan sebagai nama jaringan Anda sendiri; jawaban seperti itu untuk nama publik ditolak selama koneksi yang tidak terdaftar ditolak (egress.enforce). Tulis alamatnya sendiri, atau nama di bawah .home.arpa, .local, .lan atau .internal.',
  'egress.resolvedLocal':
    '{host} menghasilkan {address}, alamat mesin ini atau jaringan lokalnya, padahal tidak dinyatakan sebagai nama jaringan Anda sendiri; dengan egress.enforce aktif, koneksi ini akan ditolak.',
  'egress.cli.declared': 'Boleh dihubungi ({count, plural, other {# tujuan}}):',
  'egress.cli.contacted': 'Dihubungi sejak {since} ({count, plural, other {# tujuan}}):',
  'egress.cli.notAsked': 'Apa yang dihubungi hanya diketahui runner yang sedang berjalan: {reason}',
  'egress.cli.noToken': 'atur IPWATCH_API_TOKEN ke token API (ipwatch token create membuatnya)',
  'egress.cli.none': 'belum ada',
  'egress.cli.enforce':
    'Koneksi yang tidak terdaftar: {enforce, select, true {ditolak} other {hanya dicatat, tidak ditolak}}',
  'egress.cli.every': 'paling sering setiap {interval}',
  'egress.cli.onEvent': 'saat diminta atau saat ada kejadian',
  'egress.cli.times': '{count, plural, other {# kali}}, terakhir {at}: {result}',
  'egress.cli.undeclaredMark': 'tidak terdaftar',
  'egress.result.ok': 'ok',
  'egress.result.failed': 'gagal',
  'egress.result.refused': 'ditolak',
  'egress.result.open': 'sedang berjalan',
} satisfies Area<typeof source>;
