import type { Area } from '../area';
import type { settingsFieldsDdns as source } from '../en/settings-fields-ddns';

export const settingsFieldsDdns = {
  'setting.label.record-id-1f7fbd': 'ID record',
  'setting.help.names-the-record-in-e5a13a': 'Nama record ini di log, status, dan API.',
  'setting.label.keep-this-record-in-082b88': 'Jaga record ini tetap sesuai',
  'setting.help.off-left-alone-a-551465':
    'Nonaktif: record dibiarkan. Penolakan yang berarti harus berhenti akan menonaktifkan record ini.',
  'setting.label.record-type-3d6b98': 'Jenis record',
  'setting.help.a-follows-the-ipv4-2f5c51': 'A mengikuti alamat IPv4, AAAA mengikuti alamat IPv6.',
  'setting.choice.a-follows-the-ipv4-6bb62e': 'A (mengikuti alamat IPv4)',
  'setting.choice.aaaa-follows-the-ipv6-8e6e14': 'AAAA (mengikuti alamat IPv6)',
  'setting.label.address-published-aaaa-54a2a7': 'Alamat yang dipublikasikan (AAAA)',
  'setting.help.stable-the-default-observed-b948fe':
    'stable (bawaan), observed, sufiks seperti ::1:2:3:4 atau ::5/56, mac:00:11:22:33:44:55; @eth1 untuk prefiksnya.',
  'setting.label.dns-provider-20a8af': 'Penyedia DNS',
  'setting.help.who-serves-the-record-8cd3da': 'Siapa yang melayani record ini, yang menentukan cara memperbaruinya.',
  'setting.choice.cloudflare-334d1d': 'Cloudflare',
  'setting.help.a-scoped-token-zone-a904e7':
    'Token dengan cakupan terbatas (Zone: Read dan DNS: Edit, hanya untuk zona ini), jangan pernah Global API Key.',
  'setting.label.dns-zone-9acd54': 'Zona DNS',
  'setting.help.the-cloudflare-zone-e-0d5ff0': 'Zona Cloudflare, mis. example.org; atau isikan ID-nya.',
  'setting.label.cloudflare-zone-id-9c782c': 'ID zona Cloudflare',
  'setting.help.saves-looking-the-zone-b98ac8':
    'Agar zona tidak perlu dicari menurut namanya; ada di halaman Overview zona tersebut.',
  'setting.label.host-name-ff1137': 'Nama host',
  'setting.help.the-record-which-must-a2301b': 'Record yang diperbarui (harus sudah ada), mis. home.example.org.',
  'setting.label.api-address-2f858f': 'Alamat API',
  'setting.help.the-service-s-address-6fb9a0':
    'Alamat layanannya; https://api.cloudflare.com/client/v4 kecuali Anda meng-host sendiri.',
  'setting.choice.rfc-2136-signed-update-5b8e21': 'Pembaruan bertanda tangan RFC 2136 (BIND, Knot, PowerDNS)',
  'setting.label.primary-server-97c074': 'Server primer',
  'setting.help.the-primary-server-s-156079':
    'Alamat (atau nama) server primer yang menerima pembaruan bertanda tangan.',
  'setting.label.server-port-df74ea': 'Port server',
  'setting.help.udp-and-tcp-port-996920': 'Port UDP dan TCP server tersebut.',
  'setting.help.the-zone-the-record-40d7fc': 'Zona tempat record berada, mis. example.org.',
  'setting.help.the-record-to-keep-08b504': 'Record yang dijaga tetap sesuai, mis. home.example.org.',
  'setting.label.ttl-seconds-eaa511': 'TTL (detik)',
  'setting.help.how-long-resolvers-may-f6443c':
    'Berapa lama resolver boleh menyimpan record ini; pendek saja, karena alamatnya berpindah-pindah.',
  'setting.label.tsig-key-name-9ba57b': 'Nama kunci TSIG',
  'setting.help.as-the-server-names-4d69bd': 'Sesuai nama kunci di server (Knot: key id; BIND: key "name").',
  'setting.label.tsig-algorithm-df5c04': 'Algoritme TSIG',
  'setting.help.the-signature-as-rfc-e2d0ff': 'Tanda tangannya, sebagaimana didefinisikan RFC 8945.',
  'setting.choice.hmac-sha256-8ed094': 'HMAC-SHA256',
  'setting.label.tsig-secret-fb1249': 'Secret TSIG',
  'setting.help.the-key-in-base64-3292c7': 'Kuncinya dalam base64, seperti yang dicetak keymgr -t atau tsig-keygen.',
  'setting.choice.dyndns2-protocol-no-ip-9652c0': 'Protokol dyndns2 (No-IP, Dyn, Dynu, dan lainnya)',
  'setting.label.update-server-8e6d1f': 'Server pembaruan',
  'setting.help.e-g-https-dynupdate-02db09': 'mis. https://dynupdate.no-ip.com atau https://members.dyndns.org.',
  'setting.label.account-user-name-1403f7': 'Akun (nama pengguna)',
  'setting.help.the-account-name-as-7ab1a1': 'Nama akun, sesuai sebutan penyedianya.',
  'setting.label.password-or-update-key-e3cf8b': 'Kata sandi atau kunci pembaruan',
  'setting.help.the-password-or-the-28ab69': 'Kata sandinya, atau kunci pembaruan yang diberikan penyedia.',
  'setting.help.the-name-to-keep-648f22': 'Nama yang dijaga tetap sesuai, mis. home.example.org.',
  'setting.choice.duckdns-cf6dfc': 'DuckDNS',
  'setting.label.duckdns-token-7b6e72': 'Token DuckDNS',
  'setting.help.the-account-token-shown-dca371': 'Token akun yang tertera di halaman DuckDNS Anda.',
  'setting.label.duckdns-sub-domain-9d9dae': 'Subdomain DuckDNS',
  'setting.help.the-sub-name-myhome-7767b0': 'Nama subdomainnya: myhome untuk myhome.duckdns.org.',
  'setting.help.the-service-s-address-f9d96a':
    'Alamat layanannya; https://www.duckdns.org kecuali Anda meng-host sendiri.',
  'setting.choice.desec-1c1192': 'deSEC',
  'setting.label.update-token-b05f71': 'Token pembaruan',
  'setting.help.a-desec-token-that-3b0872': 'Token deSEC yang boleh memperbarui domain ini.',
  'setting.help.the-name-to-keep-03c0a5': 'Nama yang dijaga tetap sesuai, mis. myhome.dedyn.io.',
  'setting.help.the-service-s-address-5c482c':
    'Alamat layanannya; https://update.dedyn.io kecuali Anda meng-host sendiri.',
  'setting.label.rest-api-address-3d7c73': 'Alamat REST API',
  'setting.help.where-test-reads-the-04e442':
    'Tempat Uji membaca record (REST API deSEC); https://desec.io/api/v1 kecuali Anda meng-host sendiri.',
  'setting.help.each-host-name-kept-f589f5':
    'Setiap nama host yang dijaga tetap mengarah ke alamat ini, beserta penyedianya.',
  'setting.choice.porkbun-354cac': 'Porkbun',
  'setting.label.domain-be1c89': 'Domain',
  'setting.help.the-domain-as-registered-895906': 'Domain seperti terdaftar di penyedia, mis. example.org.',
  'setting.label.key-pk1-247b5a': 'Kunci (pk1_…)',
  'setting.help.the-api-key-that-18adaa': 'Kunci API yang diawali pk1_, dari halaman API Access.',
  'setting.label.secret-key-sk1-c7c7f7': 'Kunci rahasia (sk1_…)',
  'setting.help.the-secret-api-key-0b4d0d':
    'Kunci API rahasia yang diawali sk1_, ditampilkan sekali saat kunci dibuat.',
  'setting.help.how-long-resolvers-may-ab5ad6':
    'Berapa lama resolver boleh menyimpan record; di Porkbun paling singkat 600.',
  'setting.help.the-service-s-address-ccf0c8':
    'Alamat layanan; https://api.porkbun.com/api/json/v3 kecuali Anda menjalankan sendiri.',
  'setting.choice.cloudns-e32a71': 'ClouDNS',
  'setting.label.zone-863791': 'Zona',
  'setting.help.the-zone-as-it-30e676': 'Zona sebagaimana namanya di ClouDNS, mis. example.org.',
  'setting.label.api-user-kind-1b5961': 'Jenis pengguna API',
  'setting.help.an-api-user-auth-132c13': 'Pengguna API (auth-id), atau sub-pengguna menurut id atau namanya.',
  'setting.choice.api-user-auth-id-b8d7d1': 'Pengguna API (auth-id)',
  'setting.choice.sub-user-by-id-c1b46f': 'Sub-pengguna menurut id (sub-auth-id)',
  'setting.choice.sub-user-by-name-6d9630': 'Sub-pengguna menurut nama (sub-auth-user)',
  'setting.label.api-user-4aa402': 'Pengguna API',
  'setting.help.the-auth-id-a-78eca8': 'auth-id (sebuah angka) atau nama sub-pengguna dari halaman pengaturan API.',
  'setting.label.api-user-password-7508ca': 'Kata sandi pengguna API',
  'setting.help.the-password-set-for-c950fe': 'Kata sandi yang ditetapkan saat pengguna API itu dibuat.',
  'setting.help.cloudns-takes-60-300-93890e':
    'ClouDNS menerima 60, 300, 900, 1800, 3600 dan langkah lebih panjang; nilai lain naik ke langkah berikutnya.',
  'setting.help.the-service-s-address-28d523':
    'Alamat layanan; https://api.cloudns.net/dns kecuali Anda menjalankan sendiri.',
  'setting.choice.spaceship-542223': 'Spaceship',
  'setting.label.key-from-the-api-72d4ad': 'Kunci dari API Manager',
  'setting.help.the-api-key-made-0166e4':
    'Kunci API yang dibuat di API Manager, dengan izin baca dan tulis record DNS.',
  'setting.label.secret-of-that-key-89cdcd': 'Secret kunci itu',
  'setting.help.the-api-secret-shown-19b4e9': 'Secret API yang tampil di samping kunci di API Manager.',
  'setting.help.how-long-resolvers-may-3c87b8':
    'Berapa lama resolver boleh menyimpan record; Spaceship menerima 60 sampai 3600.',
  'setting.help.the-service-s-address-a4004f':
    'Alamat layanan; https://spaceship.dev/api/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.name-com-075da7': 'Name.com',
  'setting.label.account-user-name-00b099': 'Nama pengguna akun',
  'setting.help.the-name-com-user-2438cf': 'Nama pengguna Name.com pemilik token API itu.',
  'setting.help.a-production-api-token-e21f19': 'Token API produksi dari halaman pengaturan API akun.',
  'setting.help.how-long-resolvers-may-76248c':
    'Berapa lama resolver boleh menyimpan record; di Name.com paling singkat 300.',
  'setting.help.the-service-s-address-1dd35b':
    'Alamat layanan; https://api.name.com/v4 kecuali Anda menjalankan sendiri.',
} satisfies Area<typeof source>;
