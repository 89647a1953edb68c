/** Indonesian: the own words of the DNS providers n-r (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersNR as source } from '../en/settings-fields-ddns-providers-n-r';

export const settingsFieldsDdnsProvidersNR = {
  'setting.choice.rfc-2136-signed-update-5b8e21': 'Pembaruan bertanda tangan RFC 2136 (BIND, Knot, PowerDNS)',
  'setting.label.primary-server-97c074': 'Server primer',
  'setting.help.the-primary-server-s-156079':
    'Alamat (atau nama) server primer yang menerima pembaruan bertanda tangan.',
  'setting.label.server-port-df74ea': 'Port server',
  'setting.help.udp-and-tcp-port-996920': 'Port UDP dan TCP server tersebut.',
  'setting.help.the-zone-the-record-40d7fc': 'Zona tempat record berada, mis. example.org.',
  'setting.help.the-record-to-keep-08b504': 'Record yang dijaga tetap sesuai, mis. home.example.org.',
  'setting.label.tsig-key-name-9ba57b': 'Nama kunci TSIG',
  'setting.help.as-the-server-names-4d69bd': 'Sesuai nama kunci di server (Knot: key id; BIND: key "name").',
  'setting.label.tsig-algorithm-df5c04': 'Algoritme TSIG',
  'setting.help.the-signature-as-rfc-e2d0ff': 'Tanda tangannya, sebagaimana didefinisikan RFC 8945.',
  'setting.choice.hmac-sha256-8ed094': 'HMAC-SHA256',
  'setting.label.tsig-secret-fb1249': 'Secret TSIG',
  'setting.help.the-key-in-base64-3292c7': 'Kuncinya dalam base64, seperti yang dicetak keymgr -t atau tsig-keygen.',
  'setting.choice.name-com-075da7': 'Name.com',
  'setting.label.account-user-name-00b099': 'Nama pengguna akun',
  'setting.help.the-name-com-user-2438cf': 'Nama pengguna Name.com pemilik token API itu.',
  'setting.help.a-production-api-token-e21f19': 'Token API produksi dari halaman pengaturan API akun.',
  'setting.help.how-long-resolvers-may-76248c':
    'Berapa lama resolver boleh menyimpan record; di Name.com paling singkat 300.',
  'setting.help.the-service-s-address-1dd35b':
    'Alamat layanan; https://api.name.com/v4 kecuali Anda menjalankan sendiri.',
  'setting.choice.njalla-6424f1': 'Njalla',
  'setting.help.the-dynamic-record-at-c524fc': 'Record dinamis di Njalla, mis. home.example.org.',
  'setting.label.dynamic-record-key-bfcd47': 'Kunci record dinamis',
  'setting.help.the-key-njalla-shows-bd106a': 'Kunci yang ditampilkan Njalla di pengaturan record dinamis.',
  'setting.help.the-service-s-address-9ebf4f': 'Alamat layanan; https://njal.la kecuali Anda menjalankan sendiri.',
  'setting.choice.no-ip-77b3a4': 'No-IP',
  'setting.choice.now-dns-f8eeb6': 'Now-DNS',
  'setting.choice.opendns-103ab1': 'OpenDNS',
  'setting.choice.ovhcloud-be5c8a': 'OVHcloud',
  'setting.help.the-dns-zone-at-d388fa': 'Zona DNS di OVHcloud, mis. example.org.',
  'setting.label.application-key-7569da': 'Kunci aplikasi',
  'setting.help.the-application-key-made-c674b7':
    'Application key yang dibuat di createApp (atau createToken) untuk wilayah Anda.',
  'setting.label.application-secret-016c7e': 'Rahasia aplikasi',
  'setting.help.the-application-secret-shown-8935f1': 'Application secret yang ditampilkan bersama application key.',
  'setting.label.consumer-key-9a7d1c': 'Kunci konsumen (consumer key)',
  'setting.help.the-consumer-key-allowed-624ecb': 'Consumer key, diizinkan GET, PUT, dan POST pada /domain/zone/*.',
  'setting.help.how-long-resolvers-may-529424':
    'Berapa lama resolver boleh menyimpan record; minimum OVHcloud adalah 60.',
  'setting.help.the-service-s-address-0ff37e':
    'Alamat layanan; https://eu.api.ovh.com/1.0 kecuali Anda menjalankan sendiri.',
  'setting.choice.porkbun-354cac': 'Porkbun',
  'setting.label.key-pk1-247b5a': 'Kunci (pk1_…)',
  'setting.help.the-api-key-that-18adaa': 'Kunci API yang diawali pk1_, dari halaman API Access.',
  'setting.label.secret-key-sk1-c7c7f7': 'Kunci rahasia (sk1_…)',
  'setting.help.the-secret-api-key-0b4d0d':
    'Kunci API rahasia yang diawali sk1_, ditampilkan sekali saat kunci dibuat.',
  'setting.help.how-long-resolvers-may-ab5ad6':
    'Berapa lama resolver boleh menyimpan record; di Porkbun paling singkat 600.',
  'setting.help.the-service-s-address-ccf0c8':
    'Alamat layanan; https://api.porkbun.com/api/json/v3 kecuali Anda menjalankan sendiri.',
  'setting.choice.amazon-route-53-a49f3f': 'Amazon Route 53',
  'setting.label.hosted-zone-id-527a11': 'ID hosted zone',
  'setting.help.the-zone-s-id-761edb': 'ID zona dari konsol Route 53, mis. Z0123456789ABC.',
  'setting.label.access-key-id-akia-27f94d': 'ID kunci akses (AKIA…)',
  'setting.help.the-iam-access-key-8a9305':
    'ID kunci akses IAM; kunci ini boleh membaca dan mengubah record di zona ini.',
  'setting.label.secret-access-key-e1c3d3': 'Kunci akses rahasia',
  'setting.help.the-secret-access-key-f06923': 'Kunci akses rahasia yang ditampilkan sekali saat kunci IAM dibuat.',
  'setting.help.how-long-resolvers-may-586c9a':
    'Berapa lama resolver boleh menyimpan record; 300 kecuali Anda ingin nilai lain.',
  'setting.help.the-service-s-address-ea8f5a':
    'Alamat layanan; https://route53.amazonaws.com kecuali Anda menjalankan sendiri.',
  'setting.help.namecheap-s-dynamic-dns-349b46': 'Dynamic DNS Namecheap hanya menjaga record IPv4 (A).',
  'setting.choice.namecheap-224bac': 'Namecheap',
  'setting.help.the-domain-as-registered-06eaaf': 'Domain sebagaimana terdaftar di Namecheap, misalnya example.org.',
  'setting.help.the-name-to-keep-c464c1':
    'Nama yang dijaga tetap mutakhir, misalnya home.example.org, atau domain itu sendiri.',
  'setting.help.the-domain-s-dynamic-cd6375': 'Kata sandi Dynamic DNS domain, dari halaman Advanced DNS-nya.',
  'setting.help.the-service-s-address-a5c646':
    'Alamat layanan; https://dynamicdns.park-your-domain.com kecuali Anda meng-host sendiri.',
  'setting.choice.namesilo-fcc1db': 'NameSilo',
  'setting.help.a-key-from-the-0e36e1': 'Kunci dari API Manager, dibuat tanpa "read-only access".',
  'setting.help.how-long-resolvers-may-f8b245':
    'Berapa lama resolver boleh menyimpan record; paling singkat di NameSilo 3600.',
  'setting.help.the-service-s-address-4437e6':
    'Alamat layanan; https://www.namesilo.com/api kecuali Anda menjalankan sendiri.',
  'setting.choice.netcup-4acc4b': 'netcup',
  'setting.help.the-domain-as-the-f3e89a':
    'Domain sebagaimana tercantum di customer control panel, misalnya example.org.',
  'setting.label.customer-number-at-netcup-45d263': 'Nomor pelanggan di netcup',
  'setting.help.the-number-shown-next-15e24d': 'Nomor yang tampil di samping nama Anda di customer control panel.',
  'setting.help.a-key-made-in-f1d631': 'Kunci yang dibuat di customer control panel pada bagian API.',
  'setting.label.api-password-9a6dba': 'Kata sandi API',
  'setting.help.the-one-api-password-4de3e6':
    'Satu-satunya kata sandi API akun (bukan kata sandi loginnya), dibuat di samping kunci-kuncinya.',
  'setting.help.the-service-s-address-34a4b9':
    'Alamat layanan; https://ccp.netcup.net/run/webservice/servers/endpoint.php kecuali Anda menjalankan sendiri.',
  'setting.choice.ns1-40a87a': 'NS1',
  'setting.help.the-zone-as-ns1-5278e4': 'Zona seperti tercantum di NS1, mis. example.com.',
  'setting.help.an-api-key-from-61570b':
    'Kunci API dari portal (Account settings, API keys) yang boleh mengelola zona.',
  'setting.help.the-service-s-address-54c042':
    'Alamat layanan; https://api.nsone.net/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.rainyun-7b20d5': 'Rainyun',
  'setting.help.the-domain-at-rainyun-63da99': 'Domain di Rainyun, mis. example.com.',
  'setting.label.rainyun-domain-id-256a23': 'ID domain Rainyun',
  'setting.help.the-number-rainyun-s-a163c9':
    'Nomor yang ditampilkan konsol Rainyun untuk domain itu (di alamat halaman domain).',
  'setting.help.the-api-key-from-45f7a7': 'Kunci API dari halaman kunci API akun.',
  'setting.help.the-service-s-address-aa28c2':
    'Alamat layanannya; https://api.v2.rainyun.com kecuali Anda meng-host sendiri.',
  'setting.choice.now-cn-1ad7ba': 'Now.cn',
  'setting.help.the-service-s-address-ad0052': 'Alamat layanannya; https://api.now.cn kecuali Anda meng-host sendiri.',
  'setting.choice.plugin-038fdf': 'Plugin',
  'setting.label.plugin-name-747322': 'Nama plugin',
  'setting.help.the-name-of-a-f5eed8': 'Nama plugin penyedia DNS di folder plugin, seperti yang disebut manifest-nya.',
  'setting.help.the-full-name-of-9e733f': 'Nama lengkap record yang dijaga plugin, mis. home.example.org.',
} satisfies Area<typeof source>;
