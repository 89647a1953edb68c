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
  'setting.choice.tencent-cloud-48e6b9': 'Tencent Cloud',
  'setting.help.the-domain-at-tencent-47d2ce': 'Domain di Tencent Cloud DNSPod, mis. example.com.',
  'setting.label.secretid-945aeb': 'SecretId kunci API',
  'setting.help.the-secretid-of-an-5c9625': 'SecretId dari kunci API yang boleh mengubah record domain ini.',
  'setting.label.secretkey-7bb7c5': 'SecretKey kunci API',
  'setting.help.the-secretkey-shown-with-360710': 'SecretKey yang ditampilkan bersama SecretId.',
  'setting.help.the-service-s-address-21429f':
    'Alamat layanannya; https://dnspod.tencentcloudapi.com kecuali Anda meng-host sendiri.',
} satisfies Area<typeof source>;
