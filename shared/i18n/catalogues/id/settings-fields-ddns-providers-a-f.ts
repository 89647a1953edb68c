/** Indonesian: the own words of the DNS providers a-f (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersAF as source } from '../en/settings-fields-ddns-providers-a-f';

export const settingsFieldsDdnsProvidersAF = {
  'setting.choice.cloudflare-334d1d': 'Cloudflare',
  'setting.help.a-scoped-token-zone-a904e7':
    'Token dengan cakupan terbatas (Zone: Read dan DNS: Edit, hanya untuk zona ini), jangan pernah Global API Key.',
  'setting.help.the-cloudflare-zone-e-0d5ff0': 'Zona Cloudflare, mis. example.org; atau isikan ID-nya.',
  'setting.label.cloudflare-zone-id-9c782c': 'ID zona Cloudflare',
  'setting.help.saves-looking-the-zone-b98ac8':
    'Agar zona tidak perlu dicari menurut namanya; ada di halaman Overview zona tersebut.',
  'setting.help.the-record-which-must-a2301b': 'Record yang diperbarui (harus sudah ada), mis. home.example.org.',
  'setting.help.the-service-s-address-6fb9a0':
    'Alamat layanannya; https://api.cloudflare.com/client/v4 kecuali Anda meng-host sendiri.',
  'setting.choice.dyndns2-protocol-no-ip-9652c0': 'Protokol dyndns2 (No-IP, Dyn, Dynu, dan lainnya)',
  'setting.help.e-g-https-dynupdate-02db09': 'mis. https://dynupdate.no-ip.com atau https://members.dyndns.org.',
  'setting.choice.duckdns-cf6dfc': 'DuckDNS',
  'setting.label.duckdns-token-7b6e72': 'Token DuckDNS',
  'setting.help.the-account-token-shown-dca371': 'Token akun yang tertera di halaman DuckDNS Anda.',
  'setting.label.duckdns-sub-domain-9d9dae': 'Subdomain DuckDNS',
  'setting.help.the-sub-name-myhome-7767b0': 'Nama subdomainnya: myhome untuk myhome.duckdns.org.',
  'setting.help.the-service-s-address-f9d96a':
    'Alamat layanannya; https://www.duckdns.org kecuali Anda meng-host sendiri.',
  'setting.choice.desec-1c1192': 'deSEC',
  'setting.help.a-desec-token-that-3b0872': 'Token deSEC yang boleh memperbarui domain ini.',
  'setting.help.the-name-to-keep-03c0a5': 'Nama yang dijaga tetap sesuai, mis. myhome.dedyn.io.',
  'setting.help.the-service-s-address-5c482c':
    'Alamat layanannya; https://update.dedyn.io kecuali Anda meng-host sendiri.',
  'setting.label.rest-api-address-3d7c73': 'Alamat REST API',
  'setting.help.where-test-reads-the-04e442':
    'Tempat Uji membaca record (REST API deSEC); https://desec.io/api/v1 kecuali Anda meng-host sendiri.',
  'setting.choice.all-inkl-cee670': 'ALL-INKL',
  'setting.choice.changeip-4df58d': 'ChangeIP',
  'setting.choice.cloudns-e32a71': 'ClouDNS',
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
  'setting.choice.digitalocean-68d6cf': 'DigitalOcean',
  'setting.help.the-domain-as-the-74d885': 'Domain seperti tercantum di halaman Networking, Domains, mis. example.org.',
  'setting.help.a-token-from-api-34e83e': 'Token dari API, Tokens dengan akses tulis ke domain (dop_v1_…).',
  'setting.help.how-long-resolvers-may-334001':
    'Berapa lama resolver boleh menyimpan record; di DigitalOcean paling singkat 30.',
  'setting.help.the-service-s-address-c2efe3':
    'Alamat layanan; https://api.digitalocean.com/v2 kecuali Anda menjalankan sendiri.',
  'setting.choice.dns-o-matic-67466d': 'DNS-O-Matic',
  'setting.choice.dyn-5240a9': 'Dyn',
  'setting.choice.dynu-e0caa9': 'Dynu',
  'setting.choice.dynv6-c1967e': 'dynv6',
  'setting.help.the-dynv6-zone-whose-a35ebf': 'Zona dynv6 yang alamatnya dijaga, mis. myhome.dynv6.net.',
  'setting.label.http-token-c0a961': 'Token HTTP',
  'setting.help.an-http-token-from-0f235d': 'Token HTTP dari halaman Keys di dynv6.',
  'setting.help.the-service-s-address-caa702': 'Alamat layanan; https://dynv6.com kecuali Anda menjalankan sendiri.',
  'setting.choice.freedns-f06aec': 'FreeDNS',
  'setting.help.the-name-to-keep-7e8c9c': 'Nama yang dijaga tetap sesuai, mis. home.mooo.com.',
  'setting.help.the-random-part-of-307afa':
    'Bagian acak dari alamat sync.afraid.org/u/…/ miliknya, dari halaman Dynamic DNS v2.',
  'setting.help.the-service-s-address-f0c8d5':
    'Alamat layanan; https://sync.afraid.org kecuali Anda menjalankan sendiri.',
  'setting.choice.bunny-net-dns-885b56': 'bunny.net DNS',
  'setting.help.the-dns-zone-as-47cd6f': 'Zona DNS seperti tercantum di bunny.net, mis. example.org.',
  'setting.label.account-api-key-6d4566': 'Kunci API akun',
  'setting.help.the-api-key-from-d79ee2': 'Kunci API dari Account settings, API (bukan kata sandi storage zone).',
  'setting.help.the-record-s-ttl-29f01d': 'TTL record, 60 sampai 3600; bila kosong, TTL zona.',
  'setting.help.the-service-s-address-9773ab':
    'Alamat layanan; https://api.bunny.net kecuali Anda menjalankan sendiri.',
  'setting.choice.dreamhost-79d3ec': 'DreamHost',
  'setting.help.a-key-from-the-b1cd46': 'Kunci dari panel DreamHost dengan fungsi dns-list, dns-add, dan dns-remove.',
  'setting.help.the-service-s-address-fd15c4':
    'Alamat layanan; https://api.dreamhost.com kecuali Anda menjalankan sendiri.',
  'setting.choice.domeneshop-6ace07': 'Domeneshop',
  'setting.help.the-api-token-from-2517d8': 'Token API dari halaman API Domeneshop (bagian login, bukan rahasia).',
  'setting.help.the-secret-shown-beside-ddc48d': 'Secret yang ditampilkan di samping token saat token dibuat.',
  'setting.choice.easydns-96e49c': 'easyDNS',
  'setting.label.easydns-user-name-1f7c2d': 'Nama pengguna easyDNS',
  'setting.help.the-user-name-you-978635': 'Nama pengguna yang Anda pakai untuk login ke easyDNS.',
  'setting.label.dynamic-authenticated-token-2d8a79': 'Token autentikasi dinamis',
  'setting.help.the-token-enabled-under-d7d65c': 'Token yang diaktifkan di record dinamis domain, bukan kata sandi.',
  'setting.help.the-service-s-address-58ea51':
    'Alamat layanan; https://api.cp.easydns.com kecuali Anda menjalankan sendiri.',
  'setting.choice.domain-discount-24-a3261e': 'Domain Discount 24',
  'setting.help.the-full-name-to-3614b2': 'Nama lengkap yang dijaga tetap mutakhir, misalnya home.example.org.',
  'setting.help.the-password-set-when-8d9c94':
    'Kata sandi yang ditetapkan saat Dynamic DNS diaktifkan untuk domain di dd24.',
  'setting.help.the-service-s-address-705b57':
    'Alamat layanan; https://dynamicdns.key-systems.net kecuali Anda meng-host sendiri.',
  'setting.choice.ddnss-de-4ea18a': 'ddnss.de',
  'setting.help.the-host-made-at-e34d69': 'Host yang dibuat di ddnss.de, misalnya myhome.ddnss.de.',
  'setting.label.update-key-fc6ba2': 'Kunci pembaruan (Update key)',
  'setting.help.the-account-s-update-d30f8a':
    'Update key akun (Update-Key); kosongkan nama pengguna dan kata sandi jika Anda memberikannya.',
  'setting.label.user-name-5a6db2': 'Nama pengguna',
  'setting.help.the-ddnss-de-login-b954e1': 'Nama login ddnss.de.',
  'setting.help.the-ddnss-de-account-679a02': 'Kata sandi akun ddnss.de.',
  'setting.help.the-service-s-address-2e04d3': 'Alamat layanan; https://www.ddnss.de kecuali Anda meng-host sendiri.',
  'setting.choice.aliyun-ebbdb9': 'Aliyun',
  'setting.help.the-domain-at-alibaba-870280': 'Domain di Alibaba Cloud DNS, mis. example.com.',
  'setting.help.the-accesskey-id-of-967810': 'ID AccessKey milik pengguna RAM yang boleh mengubah record domain ini.',
  'setting.help.how-long-resolvers-may-bc4704':
    'Berapa lama resolver boleh menyimpan record; minimum edisi gratis adalah 600.',
  'setting.help.the-service-s-address-f3458b':
    'Alamat layanannya; https://alidns.aliyuncs.com kecuali Anda meng-host sendiri.',
  'setting.choice.dnspod-f13715': 'DNSPod',
  'setting.help.the-domain-at-dnspod-b5ae85': 'Domain di DNSPod, mis. example.com.',
  'setting.label.api-token-id-5c27cd': 'ID token API',
  'setting.help.the-id-dnspod-shows-aa3241':
    'ID yang ditampilkan DNSPod di samping token API (bagian sebelum koma pada ID,Token).',
  'setting.help.the-api-token-shown-607edd': 'Token API, yang ditampilkan sekali saat dibuat.',
  'setting.help.the-service-s-address-33b7d6': 'Alamat layanannya; https://dnsapi.cn kecuali Anda meng-host sendiri.',
  'setting.choice.dondominio-d94046': 'DonDominio',
  'setting.help.the-full-name-of-6a79d1':
    'Nama lengkap record yang sudah ada di zona DNS DonDominio, misalnya home.example.es.',
  'setting.label.dondominio-user-cf38ce': 'Pengguna DonDominio',
  'setting.help.the-user-name-you-2d5692': 'Nama pengguna yang Anda pakai untuk masuk ke DonDominio.',
  'setting.label.dondns-key-d5224f': 'Kunci DonDNS',
  'setting.help.the-key-made-under-47b0e6': 'Kunci yang dibuat di My Account, DonDNS Key; bukan kata sandi akun.',
  'setting.help.the-service-s-address-8390f7':
    'Alamat layanan; https://dondns.dondominio.com kecuali Anda meng-host sendiri.',
  'setting.choice.dynadot-ff7b9a': 'Dynadot',
  'setting.help.the-domain-at-dynadot-09c68b': 'Domain di Dynadot yang Dynamic DNS-nya aktif, misalnya example.com.',
  'setting.help.the-name-to-keep-562331': 'Nama yang dijaga tetap sesuai: domain itu sendiri atau nama di bawahnya.',
  'setting.help.the-password-dynadot-gives-1efa4f':
    'Kata sandi yang diberikan Dynadot untuk domain saat Dynamic DNS-nya diaktifkan.',
  'setting.help.how-long-resolvers-may-e18dcc':
    'Berapa lama resolver boleh menyimpan record; 600 kecuali Anda memilih yang lain.',
  'setting.help.the-service-s-address-3f0d84':
    'Alamat layanan; https://www.dynadot.com kecuali Anda meng-host sendiri.',
  'setting.choice.tencent-edgeone-ecc0a9': 'Tencent EdgeOne',
  'setting.help.the-domain-whose-dns-8331ad': 'Domain yang DNS-nya dilayani EdgeOne, misalnya example.com.',
  'setting.help.the-secretid-of-an-cb9952': 'SecretId dari kunci API yang boleh mengubah record DNS domain.',
  'setting.help.how-long-resolvers-may-c11c38':
    'Berapa lama resolver boleh menyimpan record; EdgeOne menerima 60 sampai 86400.',
  'setting.help.the-service-s-address-1222df':
    'Alamat layanannya; https://teo.tencentcloudapi.com kecuali Anda meng-host sendiri.',
  'setting.choice.alibaba-cloud-esa-5fd0ee': 'Alibaba Cloud ESA',
  'setting.label.website-301311': 'Situs web',
  'setting.help.the-website-at-alibaba-2b6683': 'Situs web di Alibaba Cloud ESA, mis. example.com.',
  'setting.help.the-accesskey-id-of-6fa193':
    'ID AccessKey milik pengguna RAM yang boleh mengubah record situs web ini.',
  'setting.help.how-long-resolvers-may-d21ae1':
    'Berapa lama resolver boleh menyimpan record; 1 berarti ESA yang memilih.',
  'setting.help.the-service-s-address-5597f0':
    'Alamat layanan; https://esa.cn-hangzhou.aliyuncs.com kecuali Anda menjalankan sendiri.',
  'setting.choice.baidu-ai-cloud-99e2f7': 'Baidu AI Cloud',
  'setting.help.the-domain-at-baidu-0e0125': 'Domain di Baidu AI Cloud, mis. example.com.',
  'setting.label.access-key-id-c78c37': 'ID kunci akses (AK)',
  'setting.help.the-access-key-id-fc636c': 'ID kunci akses (AK) milik pengguna yang boleh mengubah record domain ini.',
  'setting.label.secret-access-key-372d44': 'Kunci akses rahasia (SK)',
  'setting.help.the-secret-access-key-bb8ea8': 'Kunci akses rahasia (SK) pasangan ID kunci akses tersebut.',
  'setting.help.how-long-resolvers-may-3cca3c': 'Berapa lama resolver boleh menyimpan record.',
  'setting.help.the-service-s-address-7d21a8':
    'Alamat layanan; https://bcd.baidubce.com kecuali Anda menjalankan sendiri.',
  'setting.choice.dns-la-2c6a2c': 'DNS.LA',
  'setting.help.the-domain-at-dns-cae376': 'Domain di DNS.LA, mis. example.com.',
  'setting.label.dns-la-api-id-12ca38': 'API ID DNS.LA',
  'setting.help.the-apiid-shown-on-057b1b': 'APIID yang tampil di halaman kunci API pada konsol DNS.LA.',
  'setting.help.the-apisecret-shown-beside-758375': 'APISecret yang tampil di samping API ID tersebut.',
  'setting.help.the-service-s-address-727e4c': 'Alamat layanannya; https://api.dns.la kecuali Anda meng-host sendiri.',
  'setting.choice.eranet-665543': 'Eranet',
  'setting.help.the-service-s-address-99a17d':
    'Alamat layanannya; https://www.eranet.com kecuali Anda meng-host sendiri.',
} satisfies Area<typeof source>;
