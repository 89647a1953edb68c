/** Indonesian: the own words of the DNS providers g-m (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersGM as source } from '../en/settings-fields-ddns-providers-g-m';

export const settingsFieldsDdnsProvidersGM = {
  'setting.choice.gigahost-9a92a8': 'Gigahost',
  'setting.label.gigahost-api-key-3bb5e5': 'Kunci API Gigahost',
  'setting.help.an-api-key-from-989a70':
    'Kunci API dari akun Gigahost; kosongkan e-mail dan kata sandi bila Anda memberikannya.',
  'setting.choice.goip-goip-de-402929': 'GoIP (goip.de)',
  'setting.help.the-full-name-to-09f426': 'Nama lengkap yang dijaga tetap sesuai, mis. myhome.goip.de.',
  'setting.label.router-user-716982': 'Pengguna router',
  'setting.help.the-user-name-listed-593ddb': 'Nama pengguna yang tercantum di bawah Routers di goip.de.',
  'setting.label.router-password-b897d0': 'Kata sandi router',
  'setting.help.the-router-account-s-3d8f9b': 'Kata sandi akun router.',
  'setting.help.the-service-s-address-5a69eb': 'Alamat layanan; https://www.goip.de kecuali Anda menjalankan sendiri.',
  'setting.choice.hurricane-electric-196636': 'Hurricane Electric',
  'setting.label.ddns-key-ba381f': 'Kunci DDNS',
  'setting.help.the-key-made-for-97734f':
    'Kunci yang dibuat untuk nama host ini pada record-nya di dns.he.net, bukan kata sandi akun.',
  'setting.choice.hetzner-cloud-dns-46d02e': 'Hetzner Cloud DNS',
  'setting.help.the-zone-as-the-07efb8': 'Zona seperti tercantum di Cloud Console pada DNS, mis. example.org.',
  'setting.label.api-token-read-write-cc450b': 'Token API (Read & Write)',
  'setting.help.a-read-write-token-6b222f': 'Token Read & Write dari proyek zona itu, di Security, API tokens.',
  'setting.help.the-ttl-of-a-3f6af4': 'TTL record yang dibuat IPWatch; bila kosong, TTL zona. Paling sedikit 60.',
  'setting.help.the-service-s-address-c7a5a6':
    'Alamat layanan; https://api.hetzner.cloud/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.infomaniak-ffcd64': 'Infomaniak',
  'setting.choice.inwx-5be182': 'INWX',
  'setting.choice.ionos-d3890b': 'IONOS',
  'setting.help.the-domain-as-ionos-2c25c6': 'Domain seperti tercantum di IONOS pada Domains, mis. example.org.',
  'setting.label.key-prefix-secret-6618d6': 'Kunci (prefix.secret)',
  'setting.help.the-public-prefix-and-a25bc3':
    'Prefix publik dan rahasia sebuah kunci dari portal developer, digabung dengan titik.',
  'setting.help.how-long-resolvers-may-e8c203':
    'Berapa lama resolver boleh menyimpan record; IONOS menerima 60 sampai 86400.',
  'setting.help.the-service-s-address-a027ee':
    'Alamat layanan; https://api.hosting.ionos.com/dns/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.loopia-8146a4': 'Loopia',
} satisfies Area<typeof source>;
