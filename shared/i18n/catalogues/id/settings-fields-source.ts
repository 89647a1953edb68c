/** Indonesian: the settings' words from shared/settings/source.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsSource as source } from '../en/settings-fields-source';

export const settingsFieldsSource = {
  'setting.label.source-id-04e2cf': 'ID sumber',
  'setting.label.source-kind-02d3d6': 'Jenis sumber',
  'setting.help.how-the-source-is-cf5be3': 'Cara sumber ini ditanyai.',
  'setting.choice.http-06b67d': 'HTTP',
  'setting.label.address-url-ad93eb': 'Alamat (URL)',
  'setting.help.the-http-or-https-d623b1': 'Alamat http:// atau https:// yang menjawab dengan alamat Anda.',
  'setting.label.answer-format-fd38ec': 'Format jawaban',
  'setting.help.how-the-address-is-79a071': 'Cara alamat dibaca dari jawaban.',
  'setting.choice.the-whole-answer-1671ef': 'Seluruh jawaban',
  'setting.choice.a-field-of-a-922f4f': 'Satu field dari jawaban JSON',
  'setting.choice.key-value-lines-as-7f0804': 'Baris key=value (seperti Cloudflare trace)',
  'setting.label.field-with-the-address-09f8e8': 'Field berisi alamat',
  'setting.help.the-json-field-a-f1275c': 'Field JSON (jalur bertitik) atau key yang memuat alamat; kosong: ip.',
  'setting.help.whether-this-source-answers-38684f': 'Apakah sumber ini menjawab dengan alamat IPv4 atau IPv6.',
  'setting.label.provider-name-9aa1cf': 'Nama penyedia',
  'setting.help.sources-of-one-provider-4eea0c':
    'Sumber-sumber dari satu penyedia dihitung sekali dalam kesepakatan; kosong: ID sumber.',
  'setting.choice.dns-5f2069': 'DNS',
  'setting.label.server-host-port-5f096b': 'Server (host:port)',
  'setting.help.the-dns-or-stun-ecda06': 'Server DNS atau STUN yang ditanyai, mis. 127.0.0.1:53 atau [::1]:3478.',
  'setting.label.name-to-look-up-22d2d3': 'Nama yang dicari',
  'setting.help.the-dns-name-whose-81db40': 'Nama DNS yang jawabannya adalah alamat Anda, mis. myip.opendns.com.',
  'setting.help.a-or-aaaa-for-b18740': 'A atau AAAA untuk record alamat, TXT untuk jawaban teks yang memuat alamat.',
  'setting.label.record-class-3e9e8b': 'Kelas record',
  'setting.help.in-for-almost-every-991b76':
    'IN untuk hampir semua server; CH untuk jawaban Chaos (whoami Cloudflare).',
  'setting.choice.in-internet-a5655d': 'IN (Internet)',
  'setting.choice.ch-chaos-8e90b7': 'CH (Chaos)',
  'setting.choice.stun-1abf14': 'STUN',
  'setting.choice.the-interface-s-own-888cfb': 'Alamat antarmuka itu sendiri',
  'setting.label.network-interface-ec2261': 'Antarmuka jaringan',
  'setting.help.the-interface-whose-own-571653':
    'Antarmuka yang alamat global keluarganya sendiri adalah alamat Anda, mis. eth0.',
  'setting.label.use-the-built-in-cb97bd': 'Gunakan sumber bawaan',
  'setting.help.ask-the-public-services-27fa7a':
    'Tanyakan kepada layanan publik yang disertakan IPWatch (ipify, Cloudflare, Google...).',
  'setting.label.built-in-sources-switched-03de0c': 'Sumber bawaan yang dinonaktifkan',
  'setting.help.ids-of-built-in-73ad00': 'ID sumber bawaan yang tidak pernah ditanyai, mis. aws-v4.',
  'setting.help.http-dns-or-stun-3b2bc4':
    'Layanan HTTP, DNS, atau STUN yang Anda tambahkan sendiri, ditanyai seperti sumber bawaan.',
} satisfies Area<typeof source>;
