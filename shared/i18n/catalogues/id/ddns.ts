/**
 * Indonesian (en/ddns.ts). DNS records: their states, lines, reasons, editor and TSIG key.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { ddns as source } from '../en/ddns';

export const ddns = {
  'ddns.state.inStep': 'sesuai',
  'ddns.state.updating': 'sedang diperbarui',
  'ddns.state.propagating': 'sedang menyebar',
  'ddns.state.waiting': 'menunggu untuk dicoba lagi',
  'ddns.state.stopped': 'dinonaktifkan',
  'ddns.state.failed': 'gagal',
  'ddns.state.off': 'mati',
  'ddns.event.state': '{name} {type}: {state}',
  'ddns.event.stateWhy': '{name} {type}: {state} ({why})',
  'ddns.event.inStepAgain': '{name} {type}: sesuai lagi (sebelumnya {from})',
  'ddns.event.inStepAgainAfter': '{name} {type}: sesuai lagi setelah {duration} (sebelumnya {from})',
  'ddns.line.head': '{name} {type}: {state}',
  'ddns.line.at': ' di {address}',
  'ddns.line.to': ' ke {address}',
  'ddns.line.took': ' (sesuai {took} setelah pembaruan)',
  'ddns.line.waitingFor': ', menunggu {servers}',
  'ddns.line.notAsked': '; tidak ditanyakan dari sini: {servers}',
  'ddns.line.retryAt': ' pada {time}',

  'editors.ddns.records': 'Record DNS',
  'editors.ddns.record': 'Record DNS',
  'editors.ddns.newRecord': 'Record baru',
  'editors.ddns.empty': 'Tidak ada record: tidak ada nama host yang dijaga tetap mengarah ke sini.',
  'editors.ddns.adderKind': 'Penyedia record baru',
  'editors.ddns.add': 'Tambah record',
  'editors.ddns.provider': 'Penyedia DNS',
  'editors.ddns.find': 'Cari penyedia',
  'editors.ddns.popular': 'Paling banyak dipakai',
  'editors.ddns.more': 'Penyedia lain, A sampai Z',
  'editors.ddns.found': '{count, plural, other {# penyedia ditemukan}}',
  'editors.ddns.noneFound':
    'Tidak ada penyedia bernama “{query}”. Custom HTTP dapat memanggil alamat pembaruan apa pun.',
  'editors.ddns.keyAt': 'Dapatkan kunci atau kata sandi di {site}',
  'editors.ddns.testThis': 'Uji record ini',
  'editors.ddns.rowType': '{provider} · {type}',
  'editors.ddns.lastPropagated': '{state} · terakhir tersebar dalam {took}',
  'editors.ddns.waitingFor': '{state} (menunggu {servers})',
  'editors.ddns.servers': '{first}, {second}, dan {third}',
  'editors.ddns.serversTwo': '{first} dan {second}',
  'editors.ddns.serversMore': '{first}, {second}, dan {more} lainnya',
  'editors.ddns.ms': '{n} ms',
  'editors.ddns.s': '{n} dtk',
  'editors.ddns.min': '{min} mnt',
  'editors.ddns.minS': '{min} mnt {s} dtk',
  'editors.ddns.holds': 'Berhasil: record sudah mengarah ke alamat ini.',
  'editors.ddns.willSet': 'Berhasil: record akan diatur ke alamat ini setelah Anda menyimpan.',
  'editors.ddns.accepted': 'Berhasil: penyedia menerima kredensial.',
  'editors.ddns.tested': '{head}{detail} ({ms} ms)',
  'editors.ddns.stopped': 'Dinonaktifkan: {why}',
  'editors.ddns.noReason': 'tidak ada alasan yang diberikan: lihat log',
  'editors.ddns.tryAgain': 'Coba lagi',
  'editors.ddns.trying': 'Mencoba…',
  'editors.ddns.couldNotRetry': 'Tidak dapat mencoba lagi:',
  'editors.ddns.stable': 'stabil',
  'editors.ddns.rfc2136': 'RFC 2136 (server Anda sendiri)',
  'editors.ddns.rfc2136.blurb':
    'Pembaruan dinamis bertanda tangan (TSIG) langsung ke server primer Anda: BIND, Knot, atau PowerDNS.',
  'editors.ddns.cloudflare': 'Cloudflare',
  'editors.ddns.cloudflare.blurb':
    'Mencari record lalu hanya mengubah alamatnya; proxied dan TTL tetap seperti yang Anda atur.',
  'editors.ddns.dyndns2': 'dyndns2 (No-IP, Dyn, Dynu…)',
  'editors.ddns.dyndns2.blurb':
    'Protokol pembaruan yang dipakai sebagian besar penyedia DDNS: server pembaruan penyedia, akun, dan nama host Anda.',
  'editors.ddns.duckdns': 'DuckDNS',
  'editors.ddns.plugin.blurb':
    'Penyedia DNS Anda sendiri: program yang dinamai oleh manifest-nya di folder plugin menjaga record ini (docs/plugins.md).',
  'editors.ddns.duckdns.blurb': 'Nama gratis di bawah duckdns.org, dijaga dengan token dari halaman DuckDNS Anda.',
  'editors.ddns.noip.blurb':
    'Nama host gratis atau berbayar di No-IP (ddnsfree.com, hopto.org…), dengan akun No-IP Anda.',
  'editors.ddns.dynu.blurb': 'Nama host di Dynu, dengan nama pengguna dan kata sandi Dynu (atau kata sandi IP update).',
  'editors.ddns.dyn.blurb': 'Nama host di Dyn (Oracle), dengan nama pengguna dan updater client key dari akun Anda.',
  'editors.ddns.strato.blurb':
    'Domain di Strato dengan DynDNS dinyalakan; login dengan domain dan kata sandi DynDNS-nya.',
  'editors.ddns.he.blurb':
    'Record di DNS gratis Hurricane Electric yang ditandai untuk DNS dinamis, dengan kunci yang dibuat untuknya.',
  'editors.ddns.dnsomatic.blurb':
    'DNS-O-Matic meneruskan alamat ke setiap layanan yang Anda atur di sana, dengan akun Anda.',
  'editors.ddns.opendns.blurb':
    'Memberi tahu OpenDNS alamat jaringan Anda; nama host adalah label jaringan di dashboard.',
  'editors.ddns.infomaniak.blurb': 'Domain di Infomaniak, dengan pengguna DynDNS yang dibuat untuknya di Manager.',
  'editors.ddns.inwx.blurb': 'Domain di INWX, dengan akun DynDNS yang dibuat untuknya di antarmuka web INWX.',
  'editors.ddns.loopia.blurb': 'Domain di Loopia, dengan akun Loopia atau login DynDNS yang dibuat untuknya.',
  'editors.ddns.selfhostde.blurb': 'Nama host di selfHOST, dengan nama pengguna dan kata sandi akun DynDNS.',
  'editors.ddns.spdyn.blurb': 'Nama host di Securepoint DynDNS: akun Anda, atau nama host dengan token pembaruannya.',
  'editors.ddns.changeip.blurb': 'Nama host di ChangeIP, dengan akun ChangeIP Anda.',
  'editors.ddns.gigahostno.blurb': 'Domain di Gigahost, dengan e-mail dan kata sandi yang Anda pakai untuk login.',
  'editors.ddns.allinkl.blurb': 'Domain di ALL-INKL, dengan pengguna DynDNS (dyn…) yang dibuat untuknya di KAS.',
  'editors.ddns.nowdns.blurb': 'Nama host gratis di Now-DNS, dengan e-mail dan kata sandi akun Anda.',
  'editors.ddns.ionos.blurb':
    'Domain di IONOS, dengan kunci dari portal developer-nya (prefix.secret); record dibuat bila belum ada.',
  'editors.ddns.hetznercloud.blurb':
    'Zona di Cloud Console Hetzner (DNS), dengan token API Read & Write dari proyeknya; record dibuat bila belum ada.',
  'editors.ddns.digitalocean.blurb':
    'Domain di Networking DigitalOcean, dengan personal access token yang boleh menulis; record dibuat bila belum ada.',
  'editors.ddns.cloudns.blurb':
    'Zona di ClouDNS (paket berbayar) dan pengguna API dari pengaturan API-nya; record dibuat bila belum ada.',
  'editors.ddns.spaceship.blurb':
    'Domain di Spaceship dan kunci beserta secret-nya dari API Manager (baca dan tulis record DNS).',
  'editors.ddns.namecom.blurb':
    'Domain di Name.com, dengan nama pengguna dan token API Anda; record dibuat bila belum ada.',
  'editors.ddns.custom.blurb':
    'API pembaruan lain apa pun: URL, header, dan body berisi alamat dan catatan; rahasia disimpan sebagai rujukan.',
  'editors.ddns.porkbun.blurb':
    'Domain yang terdaftar di Porkbun, dengan API ACCESS dinyalakan; record dibuat bila belum ada.',
  'editors.ddns.goip.blurb':
    'Nama gratis di bawah goip.de atau goip.it, dijaga dengan nama pengguna dan kata sandi akun router.',
  'editors.ddns.njalla.blurb': 'Record dinamis di Njalla, dijaga dengan kunci yang tampil di pengaturan record itu.',
  'editors.ddns.freedns.blurb':
    'Nama di freedns.afraid.org, dijaga dengan token pembaruan dari alamat Dynamic DNS v2-nya; satu token per record.',
  'editors.ddns.dynv6.blurb':
    'Zona gratis di dynv6 (myhome.dynv6.net) atau milik Anda, dijaga dengan token HTTP dari halaman Keys.',
  'editors.ddns.route53.blurb':
    'Hosted zone di Amazon Route 53, dengan kunci IAM yang boleh membaca dan mengubah record-nya; record dibuat bila belum ada.',
  'editors.ddns.ovh.blurb':
    'Zona di OVHcloud, lewat API-nya dengan application key, rahasianya, dan consumer key; record dibuat bila belum ada.',
  'editors.ddns.godaddy.blurb':
    'Domain di GoDaddy, dengan kunci API Production dan secret-nya (GoDaddy membuka API hanya untuk sebagian akun); record dibuat bila belum ada.',
  'editors.ddns.gandi.blurb':
    'Domain di Gandi (LiveDNS), dengan token akses pribadi yang boleh mengelola konfigurasi teknisnya; record dibuat bila belum ada.',
  'editors.ddns.hetzner.blurb':
    'Zona di DNS Console Hetzner, dengan token API dari pengaturannya; Hetzner sedang memindahkan zona ke Hetzner Cloud, tempat Hetzner Cloud DNS menjaganya; record dibuat bila belum ada.',
  'editors.ddns.bunny.blurb':
    'Zona DNS di bunny.net, dengan kunci API akun dari Account settings; record dibuat bila belum ada.',
  'editors.ddns.hostinger.blurb':
    'Domain yang DNS-nya dilayani Hostinger, dengan token API yang dibuat di hPanel; record dibuat bila belum ada.',
  'editors.ddns.linode.blurb':
    'Domain di Linode (Akamai Cloud), dengan personal access token yang akses Domains-nya Read/Write; record dibuat bila belum ada.',
  'editors.ddns.luadns.blurb':
    'Zona di LuaDNS, dengan email akun dan kunci API (API dinyalakan); record dibuat bila belum ada.',
  'editors.ddns.namesilo.blurb':
    'Domain yang terdaftar di NameSilo, dengan kunci API yang bukan hanya-baca; record dibuat bila belum ada.',
  'editors.ddns.scaleway.blurb':
    'Zona DNS di Scaleway, dengan secret key dari kunci API yang boleh mengubah record-nya; record dibuat bila belum ada.',
  'editors.ddns.aliyun.blurb':
    'Domain di Alibaba Cloud DNS (Aliyun), dengan ID AccessKey dan rahasianya milik pengguna RAM yang boleh mengubah record-nya; record dibuat bila belum ada.',
  'editors.ddns.dnspod.blurb':
    'Domain di DNSPod, dengan token API yang dibuat di konsolnya (ID dan tokennya); record dibuat bila belum ada.',
  'editors.ddns.tencentcloud.blurb':
    'Domain di Tencent Cloud DNSPod (API 3.0), dengan SecretId dan SecretKey dari kunci API yang boleh mengubah record-nya; record dibuat bila belum ada.',
  'editors.ddns.aliesa.blurb':
    'Situs di Alibaba Cloud ESA (Edge Security Acceleration) yang DNS-nya dilayani ESA, dengan ID AccessKey dan rahasianya milik pengguna RAM yang boleh mengubah record-nya; record dibuat bila belum ada.',
  'editors.ddns.baiducloud.blurb':
    'Domain yang DNS-nya dilayani Baidu AI Cloud, dengan Access Key ID dan Secret Access Key yang boleh mengubah record-nya; record dibuat bila belum ada.',
  'editors.ddns.netcup.blurb':
    'Domain yang DNS-nya dilayani netcup, dengan nomor pelanggan, kunci API, dan kata sandi API dari customer control panel; dibuat bila belum ada.',
  'editors.ddns.dondominio.blurb':
    'Domain yang DNS-nya dilayani DonDominio, dengan nama pengguna Anda dan kunci DonDNS dari My Account; record-nya harus sudah ada di zona DNS.',
  'editors.ddns.dynadot.blurb':
    'Domain yang terdaftar di Dynadot dengan Dynamic DNS aktif, dijaga dengan kata sandi Dynamic DNS domain itu; record dibuat bila belum ada.',
  'editors.ddns.vultr.blurb':
    'Domain yang DNS-nya dilayani Vultr, dengan kunci API pribadi yang mengizinkan alamat ini; record dibuat bila belum ada.',
  'editors.ddns.servercow.blurb':
    'Domain yang DNS-nya dilayani Servercow, dengan nama dan kata sandi pengguna API DNS; record dibuat bila belum ada.',
  'editors.ddns.gcp.blurb':
    'Zona terkelola di Google Cloud DNS, dengan kunci JSON sebuah akun layanan yang boleh mengubah catatan zona itu; dibuat bila belum ada.',
  'editors.ddns.nsone.blurb':
    'Zona di NS1 (IBM NS1 Connect), dengan kunci API yang boleh mengelola record-nya; dibuat bila belum ada.',
  'editors.ddns.gcore.blurb':
    'Zona di Gcore DNS, dengan token API permanen yang boleh mengubah record-nya; dibuat bila belum ada.',
  'editors.ddns.huaweicloud.blurb':
    'Zona publik di Huawei Cloud DNS, dengan Access Key ID (AK) dan Secret Access Key (SK) milik pengguna IAM yang boleh mengubah record set-nya; dibuat bila belum ada.',
  'editors.ddns.edgeone.blurb':
    'Domain yang DNS-nya dilayani Tencent Cloud EdgeOne, dengan SecretId dan SecretKey dari kunci API yang boleh mengubah record DNS-nya; dibuat bila belum ada.',
  'editors.ddns.dnsla.blurb':
    'Domain yang DNS-nya dilayani DNS.LA, dengan API ID dan API secret dari konsol DNS.LA; dibuat bila belum ada.',
  'editors.ddns.rainyun.blurb':
    'Domain yang DNS-nya dilayani Rainyun (雨云), dengan ID domain dan kunci API dari konsol Rainyun; dibuat bila belum ada.',
  'editors.ddns.nowcn.blurb':
    'Domain yang DNS-nya dilayani Now.cn (时代互联), dengan AccessInstanceID dan secret-nya untuk API; dibuat bila belum ada.',
  'editors.ddns.eranet.blurb':
    'Domain yang DNS-nya dilayani Eranet, dengan AccessInstanceID dan secret-nya untuk API; dibuat bila belum ada.',
  'editors.ddns.tnethk.blurb':
    'Domain yang DNS-nya dilayani Tnet.hk, dengan AccessInstanceID dan secret-nya untuk API; dibuat bila belum ada.',
  'editors.ddns.hipmdnsmgr.blurb':
    'Domain yang dikelola di HiPM DNSMgr milik Anda sendiri, dengan alamatnya dan token API yang dibuat di sana; dibuat bila belum ada.',
  'editors.ddns.desec': 'deSEC',
  'editors.ddns.desec.blurb':
    'Nama di deSEC (dedyn.io atau domain Anda sendiri di sana), diperbarui dengan token yang boleh mengubahnya.',
  'editors.ddns.dreamhost.blurb':
    'Nama dalam domain di DreamHost, dengan kunci API yang boleh mendaftar, menambah, dan menghapus record DNS; record dibuat bila belum ada.',
  'editors.ddns.variomedia.blurb': 'Domain di Variomedia, dengan e-mail akun dan kata sandi pengaturan DNS-nya.',
  'editors.ddns.domeneshop.blurb':
    'Nama dalam domain di Domeneshop, dengan token API dan secret-nya; record dibuat bila belum ada.',
  'editors.ddns.zoneedit.blurb':
    'Nama dalam zona di ZoneEdit, dengan nama pengguna Anda dan token autentikasi dinamis zona tersebut; ZoneEdit menerima satu pembaruan per 10 menit.',
  'editors.ddns.easydns.blurb':
    'Nama dalam domain di easyDNS, dengan nama pengguna Anda dan token autentikasi dinamis; host harus salah satu record dinamis domain tersebut.',
  'editors.ddns.namecheap.blurb':
    'Dynamic DNS untuk domain di Namecheap (hanya IPv4), dijaga dengan kata sandi Dynamic DNS domain dari halaman Advanced DNS-nya.',
  'editors.ddns.dd24.blurb':
    'Dynamic DNS untuk domain di Domain Discount 24, dijaga dengan kata sandi yang ditetapkan saat Dynamic DNS diaktifkan untuk domain itu.',
  'editors.ddns.ddnss.blurb':
    'Nama gratis di bawah ddnss.de (atau domain Anda sendiri di sana), dijaga dengan update key akun atau nama pengguna dan kata sandinya.',
  'editors.ddns.ipv64.blurb':
    'Nama gratis di bawah ipv64.net atau salah satu domainnya, dijaga dengan token pembaruan domain melalui protokol dyndns2.',
  'editors.ddns.myaddr.blurb':
    'Nama gratis di bawah myaddr.tools, dijaga dengan kunci privat yang diberikan saat nama itu diklaim.',
  'editors.ddns.vercel.blurb':
    'Vercel DNS menyimpan record domain yang memakai server nama Vercel; record ini memerlukan token akses (dan ID tim untuk domain milik tim).',

  'editors.tsig.placeholder': 'base64, seperti yang dicetak keymgr -t',
  'editors.tsig.sameKey': 'Kunci yang sama untuk server Anda',
  'editors.tsig.knot': 'Knot (knot.conf; baris pertama untuk knsupdate -y):',
  'editors.tsig.knotLabel': 'Konfigurasi kunci Knot',
  'editors.tsig.knotCopy': 'Salin konfigurasi kunci Knot',
  'editors.tsig.bind': 'BIND (named.conf):',
  'editors.tsig.bindLabel': 'Pernyataan kunci BIND',
  'editors.tsig.bindCopy': 'Salin pernyataan kunci BIND',

  'reason.ddns.badSettings': 'pengaturan record tidak valid: {issues}',
  'reason.ddns.cannotRead': 'kredensial tidak bisa diperiksa tanpa pembaruan: penyedia ini tidak bisa membaca record',
  'reason.ddns.testNoAddress': 'belum ada alamat IPv{family} terkonfirmasi untuk dibandingkan dengan record {type}',
  'reason.ddns.observedNoStable': 'alamat teramati dipublikasikan: tidak ada alamat tetap host ini di {prefix}',
  'reason.ddns.observedPublished': 'alamat teramati dipublikasikan: {inner}',
  'reason.ddns.nothingOnIface': 'tidak ada yang dipublikasikan: tidak ada alamat host ini di {iface}',
  'reason.ddns.nothingInRange': 'tidak ada yang dipublikasikan: tidak ada alamat host ini di dalam {range}',
  'reason.ddns.nothingStableOnIface': 'tidak ada yang dipublikasikan: tidak ada alamat tetap host ini di {iface}',
  'reason.ddns.nothingStableInRange': 'tidak ada yang dipublikasikan: tidak ada alamat tetap host ini di dalam {range}',
  'reason.ddns.nothingPublished': 'tidak ada yang dipublikasikan: {inner}',
  'reason.ddns.hostCannotRead': 'alamat host ini tidak bisa dibaca di sini ({said})',
  'reason.ddns.hostUnread': 'alamat host ini tidak bisa dibaca ({said})',
  'reason.ddns.hostNotRead': 'alamat host ini belum dibaca',
  'reason.ddns.testNoTarget':
    'host ini tidak punya alamat pada prefiks yang disebut record {type}, jadi tidak ada yang bisa dibandingkan',
  'reason.ddns.testNoAnswer': 'tidak ada jawaban dalam {seconds} detik',
  'reason.ddns.off': 'dimatikan di Pengaturan',
  'reason.ddns.noAddressYet': 'menunggu alamat yang terkonfirmasi',
  'reason.ddns.providerWait': 'menunggu waktu yang diminta penyedia',
  'reason.ddns.tryingAgain': 'mencoba lagi',
  'reason.ddns.noReason': 'tidak ada alasan yang diberikan',
  'reason.ddns.stopped': 'dihentikan',
  'reason.ddns.noRoute': 'tidak ada server otoritatif yang dapat dijangkau dari sini (tidak ada rute): {servers}',
  'reason.ddns.noRouteNone':
    'tidak ada server otoritatif yang dapat dijangkau dari sini (tidak ada rute): tidak ditemukan',
  'reason.ddns.proxied': 'di-proxy oleh Cloudflare; record DNS berisi {address}',
  'reason.ddns.http':
    '{label} {meaning, select, credentials {menolak kredensial} timeout {berhenti menunggu permintaan} tooEarly {meminta Anda mencoba lagi nanti} rateLimited {meminta permintaan diperlambat (dibatasi)} server {gagal di pihaknya} request {menolak permintaan sebagaimana diatur: periksa pengaturan record DNS} other {memberi jawaban yang tidak dikenal API-nya}} ({statusName})',
  'reason.ddns.httpSaid':
    '{label} {meaning, select, credentials {menolak kredensial} timeout {berhenti menunggu permintaan} tooEarly {meminta Anda mencoba lagi nanti} rateLimited {meminta permintaan diperlambat (dibatasi)} server {gagal di pihaknya} request {menolak permintaan sebagaimana diatur: periksa pengaturan record DNS} other {memberi jawaban yang tidak dikenal API-nya}}: {said} ({statusName})',
  'reason.ddns.duckdnsKo': '{label}: KO (token atau domain salah)',
  'reason.ddns.answer.holds': '{server} ({address}) menjawab {addresses}',
  'reason.ddns.answer.noRecord': '{server} ({address}) tidak punya record',
  'reason.ddns.answer.failed': '{server} ({address}): {error}',
  'reason.ddns.answer.silent': '{server} ({address}): tidak ada jawaban',
  'reason.ddns.noneAnswered': 'tidak ada server otoritatif yang menjawab: {answers}',
  'reason.ddns.notInStep': 'belum sesuai {seconds} detik setelah pembaruan: {answers}',
  'reason.ddns.someSilent': '{answers}',
  'reason.ddns.drifted': 'bergeser dari {want}: {answers}',
  'reason.ddns.apiHoldsServersNot': 'penyedia menyimpan {want}, tetapi servernya tidak: {answers}',
  'reason.ddns.zoneNotFound': 'server otoritatif zona tidak ditemukan: {inner}',
  'reason.ddns.nsQuery': 'saat menanyakan NS {zone}: {dnsError}',
  'reason.ddns.dnsError': '{dnsError}',
  'reason.ddns.anotherWriter':
    'program lain juga memperbarui record DNS ini (ddns-updater?): record ini diubah di luar IPWatch dua kali dalam satu jam (sekarang {answers}). Hentikan program lain itu atau hapus record DNS ini darinya, lalu ubah record DNS ini di sini untuk memulai lagi',
  'reason.ddns.dyndns2':
    '{label}: {code, select, badauth {nama pengguna dan kata sandi tidak cocok} donator {pembaruan ini memerlukan akun berbayar} notfqdn {nama host bukan nama domain lengkap} nohost {nama host tidak ada di akun ini} numhost {terlalu banyak host, atau round robin} abuse {host diblokir karena penyalahgunaan} badagent {penyedia menolak klien ini} other {penyedia sedang bermasalah}} ({said})',
  'reason.ddns.dyndns2Unknown':
    '{label}: {empty, select, yes {jawaban kosong} other {jawaban yang bukan kode balasan protokol}} (halaman proxy atau jawaban yang terpotong?)',
  'reason.ddns.rcode':
    '{rcode, select, NOTAUTH {{server} tidak otoritatif untuk {zone} (NOTAUTH)} REFUSED {{server} menolak pembaruan (REFUSED): apakah ACL-nya mengizinkan kunci {key} memperbarui {zone}?} NOTZONE {{name} tidak ada di zona {zone} (NOTZONE)} NOTIMP {{server} tidak menerima pembaruan dinamis (NOTIMP)} FORMERR {{server} tidak dapat membaca pembaruan (FORMERR)} SERVFAIL {{server} gagal menerapkan pembaruan (SERVFAIL)} other {{server} menjawab {rcode}}}',
  'reason.ddns.unsigned': '{inner}, tanpa tanda tangan',
  'reason.ddns.tsigRefused':
    '{server} menolak kunci TSIG: {rcode}/{tsigError}; periksa nama kunci ({key}) dan secret-nya',
  'reason.ddns.badTime': '{server} menolak waktu tanda tangan ({rcode}/BADTIME): {inner}',
  'reason.ddns.clock':
    '{clock, select, ahead {jam komputer ini selisih {seconds} detik (lebih cepat dari jam server)} behind {jam komputer ini selisih {seconds} detik (lebih lambat dari jam server)} other {jam komputer ini berselisih dengan jam server lebih dari 300 detik yang diizinkan}}',
  'reason.ddns.noAnswerFrom': '{server}: tidak ada jawaban ({said})',
  'reason.ddns.malformed': '{server}: jawaban yang rusak ({said})',
  'reason.ddns.apiRefused': '{label}: {provider} menolak permintaan: {said}',
  'reason.ddns.api':
    '{label}: {what, select, notJson {jawaban yang bukan JSON} notApi {jawaban yang bukan dari API {provider}} noResult {{provider} menyatakan berhasil tetapi tidak mengirim hasil yang bisa dipakai; mencoba lagi} noReason {{provider} menolak permintaan tanpa memberi alasan} noZone {tidak ada zona {zone} di {provider} (atau kunci tidak boleh membacanya)} noRecord {record DNS itu tidak ada di {provider}: buat sekali di sana} several {ada {count} record DNS seperti itu, IPWatch hanya mengelola satu} other {jawaban yang tidak diberikan API {provider}}}',
  'reason.ddns.cloudflareRefused': '{label}: Cloudflare menolak permintaan: {said}',
  'reason.ddns.cloudflare':
    '{label}: {what, select, notJson {jawaban yang bukan JSON} notApi {jawaban yang bukan dari API Cloudflare (tidak ada kolom success)} noResult {Cloudflare menyatakan berhasil tetapi tidak mengirim hasil yang bisa dipakai; mencoba lagi} noReason {Cloudflare menolak permintaan tanpa memberi alasan} noZone {tidak ada zona {zone} (atau token tidak boleh membacanya)} noRecord {record DNS itu tidak ada: buat sekali di Cloudflare} other {ada {count} record DNS seperti itu, IPWatch hanya mengelola satu}}',
  'reason.ddns.desec':
    '{label}: {what, select, notGood {jawaban yang tidak diberikan API (bukan "good")} empty {jawaban kosong} readRefused {deSEC mengizinkan token ini memperbarui record DNS tetapi tidak membacanya, jadi tombol Uji tidak dapat memeriksanya; pembaruan tetap dikirim seperti biasa} noDomains {tidak ada domain di {base}: apakah alamat REST API sudah benar?} noDomain {tidak ada domain di akun token ini yang memuat {hostname}} domainsNotJson {daftar domain bukan yang diberikan API} other {RRset bukan yang diberikan API}}',
  'reason.ddns.desecReadRefusedSaid':
    '{label}: deSEC mengizinkan token ini memperbarui record DNS tetapi tidak membacanya, jadi tombol Uji tidak dapat memeriksanya; pembaruan tetap dikirim seperti biasa (kata deSEC: {said})',
  'reason.ddns.holds': '{label} berisi {addresses}',
  'reason.ddns.holdsNone': '{label} tidak memiliki record',
  'reason.ddns.notOnly': '{name} {type} tidak hanya berisi {address}',
  'reason.ddns.driftedApi': 'bergeser dari {want}: {inner}',
  'reason.ddns.anotherWriterApi':
    'program lain juga memperbarui record DNS ini (ddns-updater?): record ini diubah di luar IPWatch dua kali dalam satu jam (sekarang {inner}). Hentikan program lain itu atau hapus record DNS ini darinya, lalu ubah record DNS ini di sini untuk memulai lagi',
  'reason.ddns.custom':
    '{label}: {what, select, failure {jawaban cocok dengan pola kegagalan catatan ini} empty {jawaban kosong} other {jawaban yang tidak cocok dengan pola mana pun dari catatan ini}}',
  'reason.ddns.duckdnsOdd': '{label}: {empty, select, yes {jawaban kosong} other {jawaban yang bukan OK maupun KO}}',
  'reason.ddns.tsigAnswer':
    '{what, select, unsigned {jawaban tidak ditandatangani} classTtl {record TSIG jawaban bukan kelas ANY dengan TTL 0 ({tsigClass}, {ttl})} lengths {record TSIG jawaban rusak: panjang bagiannya tidak sesuai dengan ukurannya} otherKey {jawaban ditandatangani dengan kunci lain ({key}, {algorithm})} mac {tanda tangan TSIG jawaban tidak valid} other {jawaban ditandatangani dengan selisih {seconds} detik dari jam kami}}',
  'reason.ddns.notBelieved': '{server}: {inner} ({rcode})',
  'reason.ddns.tsigSecret': 'secret TSIG bukan Base64',
  'reason.ddns.dyndns2Said':
    '{code, select, badauth {nama pengguna dan kata sandi tidak cocok} donator {pembaruan ini memerlukan akun berbayar} notfqdn {nama host bukan nama domain lengkap} nohost {nama host tidak ada di akun ini} numhost {terlalu banyak host, atau round robin} abuse {host diblokir karena penyalahgunaan} badagent {penyedia menolak klien ini} other {penyedia sedang bermasalah}} ({said})',
  'reason.ddns.httpSaidInner':
    '{label} {meaning, select, credentials {menolak kredensial} timeout {berhenti menunggu permintaan} tooEarly {meminta Anda mencoba lagi nanti} rateLimited {meminta agar permintaan diperlambat (rate limit)} server {gagal di pihaknya} request {menolak permintaan dengan pengaturan ini: periksa pengaturan record DNS} other {memberi jawaban yang tidak dikenal API-nya}}: {inner} ({statusName})',
  'reason.ddns.noAnswer': '{label}: tidak ada jawaban. {errorLine}',

  // The dynamic DNS card (renderer/src/pages/ddns-card.tsx): `took` is a duration.
  'web.ddns.title': 'DNS dinamis',
  'web.ddns.pointsAt': 'mengarah ke {address}',
  'web.ddns.notSetYet': 'belum diatur oleh IPWatch',
  'web.ddns.toBeSet': '· akan diatur ke {address}',
  'web.ddns.noAddressYet': ' · belum ada alamat versi IP ini yang dikonfirmasi',
  'web.ddns.lastUpdated': ' · terakhir diperbarui {time} ({ago})',
  'web.ddns.seenBy': ' · terlihat oleh semua server otoritatif dalam {took}',
  'web.ddns.nextTry': ' · percobaan berikutnya {time} ({ago})',
  'web.ddns.notAsked': 'tidak ditanya dari sini (tidak ada rute): {servers}',
} as const satisfies Area<typeof source>;
