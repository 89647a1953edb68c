/**
 * Indonesian (en/network.ts). NAT, the router, the network and its watch.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { network as source } from '../en/network';

export const network = {
  'identity.flag.vpn': 'layanan VPN',
  'identity.flag.hosting': 'jaringan hosting atau cloud',
  'identity.flagged': '{network} ({flag})',
  'identity.shift.sameBlock': 'Blok alamat sama ({block}), jaringan baru {to} (sebelumnya {from})',
  'identity.shift.network': 'Jaringan berganti dari {from} ke {to}',
  'identity.shift.block': 'Blok alamat baru {to} (sebelumnya {from}), jaringan sama {asn}',

  'nat.label.direct': 'Langsung',
  'nat.label.nat': 'Di balik router Anda (NAT)',
  'nat.label.doubleNat': 'NAT ganda',
  'nat.label.cgnat': 'NAT operator (CGNAT)',
  'nat.label.vpn': 'Melalui VPN atau rute lain',
  'nat.label.unknown': 'Tidak diketahui',
  'nat.detail.direct':
    'Komputer ini memegang alamat publik sendiri: tidak ada yang perlu diteruskan, hanya firewall-nya yang menentukan.',
  'nat.detail.nat':
    'Satu NAT, milik router Anda: atur port forwarding di router untuk menjangkau komputer ini dari luar.',
  'nat.detail.doubleNat':
    'Alamat eksternal router Anda bersifat privat: ada router atau modem lain di depannya. Atur port forwarding di keduanya, atau ubah perangkat pertama ke mode bridge.',
  'nat.detail.cgnat':
    'Penyedia Anda membagi alamat publik di antara pelanggan (CGNAT): port forwarding tidak dapat menjangkau komputer ini. Mintalah alamat IPv4 publik kepada penyedia, atau gunakan IPv6 atau tunnel.',
  'nat.detail.vpn':
    'Lalu lintas ke internet keluar melalui VPN, proxy, atau rute lain, bukan alamat publik router Anda: port forwarding di router tidak menjangkau komputer ini lewat jalur itu. Atur port forwarding di tempat lalu lintas keluar (sebagian penyedia VPN menawarkannya), atau biarkan layanan itu melewati VPN.',
  'nat.detail.unknown':
    'Router tidak melaporkan alamat eksternalnya (NAT-PMP, PCP, dan UPnP mati atau tidak ada di sana).',
  'nat.title.direct': 'Kini koneksi langsung (tanpa NAT)',
  'nat.title.nat': 'Kini di balik router Anda (NAT)',
  'nat.title.doubleNat': 'Kini di balik NAT ganda',
  'nat.title.cgnat': 'Kini di balik NAT operator (CGNAT)',
  'nat.title.vpn': 'Kini melalui VPN atau rute lain',
  'nat.title.unknown': 'NAT tidak lagi diketahui',
  'nat.summary.cgnat':
    'Penyedia Anda memindahkan Anda ke balik NAT operator (CGNAT): port forwarding dari internet berhenti berfungsi.',
  'nat.summary.vpn':
    'Lalu lintas ke internet kini keluar melalui VPN atau rute lain, bukan alamat router Anda: port forwarding di router Anda tidak menjangkau komputer ini lewat jalur itu.',
  'nat.summary.doubleNatFromCgnat':
    'Anda sudah keluar dari NAT operator, tetapi ada router atau modem lain di depan router Anda (NAT ganda): atur port forwarding di keduanya, atau ubah perangkat pertama ke mode bridge.',
  'nat.summary.doubleNat':
    'Kini ada router atau modem lain di depan router Anda (NAT ganda): port forwarding hanya di router Anda tidak lagi menjangkau komputer ini.',
  'nat.summary.natFromCgnat':
    'Anda sudah keluar dari NAT operator: router Anda kembali memegang alamat publik, jadi port forwarding di router menjangkau komputer ini.',
  'nat.summary.natFromDoubleNat':
    'NAT kedua di depan router Anda sudah hilang: port forwarding di router Anda kembali menjangkau komputer ini.',
  'nat.summary.natFromVpn':
    'Lalu lintas kembali keluar melalui router Anda, bukan VPN atau rute lain: port forwarding di router menjangkau komputer ini.',
  'nat.summary.nat':
    'Komputer ini tidak lagi memegang alamat publik sendiri, router Anda yang memegangnya: atur port forwarding di router untuk menjangkaunya.',
  'nat.summary.direct':
    'Komputer ini kini memegang alamat publik sendiri: tanpa NAT di antaranya, hanya firewall-nya yang menentukan apa yang bisa dijangkau.',
  'nat.summary.unknown': 'Router tidak lagi melaporkan alamat eksternalnya: NAT di depan komputer ini tidak diketahui.',

  'network.watch.netlink': 'langsung terlihat (event netlink Linux)',
  'network.watch.routeSocket': 'langsung terlihat (routing socket macOS)',
  'network.watch.pollBecause': 'diperiksa berkala, karena {reason}',
  'network.watch.poll': 'diperiksa berkala (tidak ada sumber event di sistem ini)',
  'network.watch.off': 'tidak diamati: hanya cek berkala yang melihatnya',

  'path.diff.first': 'Jalur pertama yang dicatat: belum ada pembanding',
  'path.diff.same': 'Jalur sama seperti sebelumnya ({hops, plural, other {# hop}})',
  'path.diff.changed': 'Jalur berubah di {count, plural, other {# hop}}: {hops}',
  'path.diff.hop': 'hop {ttl} {before} → {after}',
  'path.diff.more': 'dan {more} lainnya',
  'path.diff.length': 'kini {after, plural, other {# hop}} (sebelumnya {before})',
  'path.diff.networks': 'jaringan di sepanjang jalan: {after} (sebelumnya {before})',
  'path.networks.unknown': 'tak ada yang dikenal',
  'path.hop.none': 'tanpa hop',
  'path.noTool':
    'Jalur tidak dilacak: tracepath maupun traceroute tidak terpasang (Debian: iputils-tracepath atau traceroute).',
  'path.failed': 'Jalur tidak dapat dilacak: {why}',
  'path.badTarget': 'Jalur tidak dilacak: tujuannya bukan alamat IP publik (contoh 9.9.9.9 atau 2620:fe::fe).',
  'path.off': 'Pelacakan jalur mati (Pengaturan: path.enabled).',
  'path.noneYet':
    'Belum ada jalur yang dilacak: satu dilacak pada perubahan alamat terkonfirmasi berikutnya, atau saat diminta.',
  'path.heading': '{when}, {how}',
  'path.reached':
    '{reached, select, yes {{target} menjawab setelah {hops, plural, other {# hop}}} other {{target} tidak menjawab dalam {hops, plural, other {# hop}}}}',

  'transition.none': 'NAT64 tidak ditemukan: resolver tidak menyintesis alamat IPv6 untuk ipv4only.arpa',
  'transition.nat64': 'Hanya IPv6 dengan NAT64: resolver (DNS64) menyintesis alamat IPv6 dengan prefiks {prefixes}',
  'transition.464xlat': '464XLAT: IPv4 host ini lewat CLAT-nya ({clat}) dan NAT64 (prefiks {prefixes})',
  'transition.share': 'IPv6 berfungsi {percent}% dari waktu yang dipantau dalam {days} hari terakhir',
  'transition.shareUnknown':
    'Porsi waktu dengan IPv6: tidak diketahui (tidak ada yang dipantau dalam {days} hari terakhir)',
  'transition.shareEarly': 'Porsi waktu dengan IPv6: terlalu dini untuk dikatakan, baru {duration} dipantau',

  'reason.watch.noIp': 'ip (iproute2) tidak ada di PATH',
  'reason.watch.windows': 'Windows tidak memiliki sumber event antarmuka tanpa modul native',
  'reason.watch.noSource': 'tidak ada sumber event antarmuka di {platform}',
  'reason.watch.starting': 'sumber event {kind} sedang dimulai',
  'reason.watch.said': '{said}',
  'reason.watch.stopped':
    '{what, select, cannotRun {{command} tidak dapat dijalankan ({code})} exited {{command} berhenti ({signal, select, none {kode {code}} other {{signal}}})} other {{said}}}{hasStderr, select, yes {: {stderr}} other {}}{retry, select, yes {; dijalankan lagi dalam {retrySec} dtk} other {}}',

  'router.off': 'tidak ditanya ({setting} nonaktif)',
  'router.searching': 'bertanya…',
  'router.none': 'tidak ada jawaban lewat NAT-PMP, PCP, atau UPnP (mati atau tidak ada di router)',
  'router.error': 'menjawab tanpa alamat',
  'router.errorWhy': 'menjawab tanpa alamat: {error}',
  'router.ok': '{address} (lewat {protocol})',
  'router.okSomehow': '{address} (dari router)',

  // Who and where beside an address (renderer/src/components/NetworkIdentity.tsx, IdentityCredit.tsx).
  'web.identity.as': 'sistem otonom {asn}',
  'web.identity.flagged': '{flag}: {reason}',
  'web.identity.reason.vpn': 'alamat ini milik jaringan penyedia VPN',
  'web.identity.reason.hosting': 'alamat ini milik jaringan hosting, cloud, atau CDN',
  'web.identity.reason.warp': 'menurut trace Cloudflare, koneksi melewati WARP',
  // DB-IP's CC BY 4.0 licence asks for "IP geolocation by DB-IP", linked: the link's words stay its own.
  'web.identity.creditNetworks': 'Jaringan: <link>IP geolocation by DB-IP</link>, dengan RouteViews dan para RIR.',
  'web.identity.creditCountries': 'Negara: data registrasi para RIR.',
  'web.identity.creditAskedFirst': 'Ditanya lebih dulu: {name}, yang jawabannya dipakai bila ia tahu.',
  'web.identity.creditFallback': 'Bila semua ini tidak tahu: {name}.',

  'web.path.title': 'Jalur ke internet',
  'web.path.trace': 'Lacak jalur sekarang',
  'web.path.tracing': 'Melacak…',
  'web.path.none': 'Belum ada jalur yang dilacak. Nyalakan di Pengaturan, Jalur.',
  'web.path.noReply': 'tanpa balasan',
  'web.path.afterChange': 'setelah perubahan, dengan {tool}',
  'web.path.asked': 'atas permintaan, dengan {tool}',

  'web.transition.title': 'Transisi IPv6',
} as const satisfies Area<typeof source>;
