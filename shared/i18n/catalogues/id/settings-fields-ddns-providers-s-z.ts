/** Indonesian: the own words of the DNS providers s-z (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersSZ as source } from '../en/settings-fields-ddns-providers-s-z';

export const settingsFieldsDdnsProvidersSZ = {
  'setting.choice.selfhost-d5216f': 'selfHOST',
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
  'setting.choice.securepoint-dyndns-spdyn-f5357c': 'Securepoint DynDNS (spdyn)',
  'setting.choice.strato-1159ca': 'Strato',
  'setting.label.domain-the-login-f277d5': 'Domain (untuk login)',
  'setting.help.the-domain-the-host-eb0899':
    'Domain tempat nama host berada, mis. example.org; Strato login dengannya.',
  'setting.choice.variomedia-1b214b': 'Variomedia',
  'setting.help.the-e-mail-address-6b3a98': 'Alamat e-mail akun Variomedia.',
  'setting.label.dns-settings-password-c5b8ed': 'Kata sandi pengaturan DNS',
  'setting.help.the-password-set-for-bd7f43':
    'Kata sandi yang diatur untuk pengaturan DNS di area pelanggan, bukan kata sandi akun.',
  'setting.choice.zoneedit-e4eeba': 'ZoneEdit',
  'setting.label.zoneedit-user-name-5fd1be': 'Nama pengguna ZoneEdit',
  'setting.help.the-user-name-you-dd9c7c': 'Nama pengguna yang Anda pakai untuk login ke ZoneEdit.',
  'setting.label.dynamic-authentication-token-23a400': 'Token autentikasi dinamis',
  'setting.help.the-dynamic-authentication-token-324c52':
    'Token autentikasi dinamis dari pengaturan DNS zona, bukan kata sandi.',
  'setting.help.the-service-s-address-5451a7':
    'Alamat layanan; https://dynamic.zoneedit.com kecuali Anda menjalankan sendiri.',
  'setting.choice.vercel-da1552': 'Vercel',
  'setting.help.a-token-from-account-9385fa': 'Token dari Account Settings, Tokens, dengan akses ke domain.',
  'setting.label.team-owning-the-domain-96bece': 'Tim pemilik domain',
  'setting.help.the-team-s-id-2c1f86': 'ID tim (team_…) bila domain dimiliki tim; kosongkan untuk akun Anda sendiri.',
  'setting.help.how-long-resolvers-may-fe468b':
    'Berapa lama resolver boleh menyimpan record; Vercel menerima minimal 60.',
  'setting.help.the-service-s-address-262d66':
    'Alamat layanan; https://api.vercel.com kecuali Anda menjalankan sendiri.',
  'setting.choice.scaleway-fb560d': 'Scaleway',
  'setting.help.the-dns-zone-as-28d948': 'Zona DNS seperti yang tercantum di konsol, mis. example.org.',
  'setting.label.secret-key-47252d': 'Kunci rahasia',
  'setting.help.an-api-key-s-e983d5': 'Secret key dari kunci API yang kebijakannya boleh mengubah Domains and DNS.',
  'setting.help.how-long-resolvers-may-9bedf8': 'Berapa lama resolver boleh menyimpan record; paling sedikit 60.',
  'setting.help.the-service-s-address-1005b2':
    'Alamat layanan; https://api.scaleway.com/domain/v2beta1 kecuali Anda menjalankan sendiri.',
  'setting.choice.tencent-cloud-48e6b9': 'Tencent Cloud',
  'setting.help.the-domain-at-tencent-47d2ce': 'Domain di Tencent Cloud DNSPod, mis. example.com.',
  'setting.help.the-secretid-of-an-5c9625': 'SecretId dari kunci API yang boleh mengubah record domain ini.',
  'setting.help.the-service-s-address-21429f':
    'Alamat layanannya; https://dnspod.tencentcloudapi.com kecuali Anda meng-host sendiri.',
  'setting.choice.vultr-c37807': 'Vultr',
  'setting.help.the-domain-as-the-33f11e': 'Domain seperti yang tercantum di halaman DNS Vultr, mis. example.org.',
  'setting.help.the-personal-api-key-e201be':
    'Kunci API pribadi dari Account, API, dengan alamat ini diizinkan memakainya.',
  'setting.help.the-service-s-address-04df10':
    'Alamat layanan; https://api.vultr.com/v2 kecuali Anda menjalankan sendiri.',
  'setting.choice.servercow-6c8a09': 'Servercow',
  'setting.help.the-domain-whose-dns-fb019b': 'Domain yang DNS-nya dilayani Servercow, mis. example.org.',
  'setting.label.dns-api-user-b09df4': 'Pengguna API DNS',
  'setting.help.the-user-name-of-82b2c9':
    'Nama pengguna dari pengguna API DNS yang dibuat di panel pelanggan Servercow.',
  'setting.label.dns-api-password-d6e075': 'Kata sandi API DNS',
  'setting.help.the-password-of-that-c235b0': 'Kata sandi pengguna API DNS tersebut.',
  'setting.help.how-long-resolvers-may-bc4108':
    'Berapa lama resolver boleh menyimpan record; Servercow memakai 120 bila tidak diberi.',
  'setting.help.the-service-s-address-9234d8':
    'Alamat layanan; https://api.servercow.de/dns/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.tnet-hk-9cea64': 'Tnet.hk',
  'setting.help.the-service-s-address-561eba': 'Alamat layanannya; https://www.tnet.hk kecuali Anda meng-host sendiri.',
} satisfies Area<typeof source>;
