/** Indonesian: the settings' words from shared/settings/ddns.ts (docs/glossary.md holds the terms). */
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
  'setting.label.update-from-8f3f3d': 'Perbarui lewat',
  'setting.help.the-interface-or-local-da2f6a':
    'Antarmuka atau alamat lokal tempat pembaruan record ini keluar; kosong: sama seperti pemeriksaan.',
  'setting.label.dns-provider-20a8af': 'Penyedia DNS',
  'setting.help.who-serves-the-record-8cd3da': 'Siapa yang melayani record ini, yang menentukan cara memperbaruinya.',
  'setting.label.dns-zone-9acd54': 'Zona DNS',
  'setting.label.host-name-ff1137': 'Nama host',
  'setting.label.api-address-2f858f': 'Alamat API',
  'setting.label.ttl-seconds-eaa511': 'TTL (detik)',
  'setting.help.how-long-resolvers-may-f6443c':
    'Berapa lama resolver boleh menyimpan record ini; pendek saja, karena alamatnya berpindah-pindah.',
  'setting.label.update-server-8e6d1f': 'Server pembaruan',
  'setting.label.account-user-name-1403f7': 'Akun (nama pengguna)',
  'setting.help.the-account-name-as-7ab1a1': 'Nama akun, sesuai sebutan penyedianya.',
  'setting.label.password-or-update-key-e3cf8b': 'Kata sandi atau kunci pembaruan',
  'setting.help.the-password-or-the-28ab69': 'Kata sandinya, atau kunci pembaruan yang diberikan penyedia.',
  'setting.help.the-name-to-keep-648f22': 'Nama yang dijaga tetap sesuai, mis. home.example.org.',
  'setting.label.update-token-b05f71': 'Token pembaruan',
  'setting.help.the-provider-s-own-fdc46a': 'Server pembaruan milik penyedia; ubah hanya untuk proxy atau tiruan.',
  'setting.label.zone-863791': 'Zona',
  'setting.label.domain-be1c89': 'Domain',
  'setting.label.personal-access-token-1e51da': 'Token akses pribadi',
  'setting.label.e-mail-the-login-c6b31e': 'E-mail (untuk login)',
  'setting.help.the-e-mail-address-990cc5': 'Alamat e-mail yang Anda pakai untuk login ke penyedia.',
  'setting.help.the-domain-as-registered-895906': 'Domain seperti terdaftar di penyedia, mis. example.org.',
  'setting.label.api-secret-854d78': 'Secret API',
  'setting.label.api-key-e9efc6': 'Kunci API',
  'setting.label.dynamic-dns-password-59cb56': 'Kata sandi Dynamic DNS',
  'setting.help.the-domain-as-the-43eaa5': 'Domain seperti yang tercantum di halaman Domains, mis. example.org.',
  'setting.help.the-name-to-keep-0d429f': 'Nama yang dijaga tetap sesuai, mis. home.example.com.',
  'setting.label.accesskey-id-e24f43': 'ID AccessKey',
  'setting.label.accesskey-secret-bb221a': 'Rahasia AccessKey',
  'setting.help.the-accesskey-secret-shown-f41949':
    'Rahasia AccessKey yang ditampilkan sekali saat pasangan AccessKey dibuat.',
  'setting.help.how-long-resolvers-may-0289b4':
    'Berapa lama resolver boleh menyimpan record; minimum paket gratis adalah 600.',
  'setting.label.secretid-945aeb': 'SecretId kunci API',
  'setting.label.secretkey-7bb7c5': 'SecretKey kunci API',
  'setting.help.the-secretkey-shown-with-360710': 'SecretKey yang ditampilkan bersama SecretId.',
  'setting.help.how-long-resolvers-may-89590b':
    'Berapa lama resolver boleh menyimpan record; 600 kecuali paket Anda mengizinkan lebih pendek.',
  'setting.help.the-domain-whose-dns-0e1c47': 'Domain yang DNS-nya dilayani penyedia, mis. example.com.',
  'setting.label.accessinstanceid-api-id-9b2302': 'AccessInstanceID (ID API)',
  'setting.help.the-api-s-accessinstanceid-0ea21c': 'AccessInstanceID API dari pusat anggota penyedia.',
  'setting.label.accessinstance-secret-31565d': 'Secret AccessInstance',
  'setting.help.the-secret-shown-with-b0f3ee':
    'Secret yang tampil bersama AccessInstanceID itu, yang menandatangani setiap panggilan.',
  'setting.help.each-host-name-kept-f589f5':
    'Setiap nama host yang dijaga tetap mengarah ke alamat ini, beserta penyedianya.',
} satisfies Area<typeof source>;
