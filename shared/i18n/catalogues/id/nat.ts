import type { Area } from '../area';
import type { nat as source } from '../en/nat';

export const nat = {
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
} satisfies Area<typeof source>;
