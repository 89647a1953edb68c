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
  'setting.choice.custom-http-request-any-c586a7': 'Permintaan HTTP khusus (penyedia lain mana pun)',
  'setting.label.update-url-a3d705': 'URL pembaruan',
  'setting.help.placeholders-address-name-type-258112':
    "Tempat isi alamat dan catatan: '{{'address'}}', '{{'name'}}', '{{'type'}}', '{{'ttl'}}', '{{'username'}}', '{{'token'}}', '{{'password'}}'.",
  'setting.label.http-method-65899c': 'Metode HTTP',
  'setting.help.the-http-method-of-7d5647': 'Metode HTTP permintaan pembaruan.',
  'setting.label.request-headers-309198': 'Header permintaan',
  'setting.help.sent-with-the-request-7a09c2':
    'Dikirim bersama permintaan, mis. Authorization; juga templat. Nilainya disimpan sebagai rahasia.',
  'setting.help.sent-with-post-put-96f755':
    'Dikirim dengan POST, PUT atau PATCH; di-escape sesuai header Content-Type (JSON, formulir).',
  'setting.label.user-name-if-any-efece5': 'Nama pengguna (jika ada)',
  'setting.help.fills-username-when-the-dca63b': "Mengisi '{{'username'}}', bila API memintanya.",
  'setting.help.fills-token-kept-as-703e7d': "Mengisi '{{'token'}}': disimpan sebagai rahasia.",
  'setting.label.update-password-84e58c': 'Kata sandi pembaruan',
  'setting.help.fills-password-kept-as-74e499': "Mengisi '{{'password'}}': disimpan sebagai rahasia.",
  'setting.label.ipv4-query-parameter-6a2f76': 'Parameter kueri IPv4',
  'setting.help.adds-the-ipv4-address-2c6884':
    'Menambahkan alamat IPv4 ke kueri URL dengan nama ini (ipv4key ddns-updater).',
  'setting.label.ipv6-query-parameter-7be877': 'Parameter kueri IPv6',
  'setting.help.adds-the-ipv6-address-f9558f':
    'Menambahkan alamat IPv6 ke kueri URL dengan nama ini (ipv6key ddns-updater).',
  'setting.label.success-pattern-c7e20b': 'Pola berhasil',
  'setting.help.a-2xx-answer-is-7de536': 'Jawaban 2xx berhasil hanya bila body-nya cocok (success_regex ddns-updater).',
  'setting.label.already-right-pattern-93afe4': 'Pola sudah benar',
  'setting.help.a-2xx-body-matching-c3be6d': 'Body 2xx yang cocok berarti record sudah memuat alamat itu (nochg).',
  'setting.label.failure-pattern-05e7a4': 'Pola gagal',
  'setting.help.a-2xx-body-matching-d32254': 'Body 2xx yang cocok adalah penolakan: record dimatikan (badauth).',
  'setting.help.fills-ttl-for-an-6e19c3': "Mengisi '{{'ttl'}}', untuk API yang menerima TTL.",
} satisfies Area<typeof source>;
