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
  'setting.choice.godaddy-5f3e0b': 'GoDaddy',
  'setting.label.api-key-production-adbc6e': 'Kunci API (Production)',
  'setting.help.the-key-of-a-77eaae': 'Key dari kunci API Production, dari Developer Portal, API Keys.',
  'setting.help.the-key-s-secret-75bdff': 'Secret kunci itu, ditampilkan sekali saat kunci dibuat.',
  'setting.help.how-long-resolvers-may-018482':
    'Berapa lama resolver boleh menyimpan record; paling singkat 600 di GoDaddy.',
  'setting.help.the-service-s-address-fc7334':
    'Alamat layanan; https://api.godaddy.com kecuali Anda menjalankan sendiri.',
  'setting.choice.gandi-livedns-47e1a9': 'Gandi LiveDNS',
  'setting.help.the-domain-as-gandi-2d4366': 'Domain seperti tercantum di Gandi, mis. example.org.',
  'setting.help.a-token-that-may-d76dee': 'Token yang boleh mengelola konfigurasi teknis domain (record DNS).',
  'setting.label.what-the-token-is-bcdc0d': 'Token ini berupa',
  'setting.help.a-personal-access-token-60024f':
    'Token akses pribadi, atau kunci API yang diterbitkan Gandi sebelum ada token akses pribadi.',
  'setting.choice.personal-access-token-bearer-f1fa75': 'Token akses pribadi (Bearer)',
  'setting.choice.old-api-key-apikey-0a0ed9': 'Kunci API lama (Apikey)',
  'setting.help.how-long-resolvers-may-376e22':
    'Berapa lama resolver boleh menyimpan record; paling singkat 300 di Gandi.',
  'setting.help.the-service-s-address-72c238':
    'Alamat layanan; https://api.gandi.net/v5/livedns kecuali Anda menjalankan sendiri.',
  'setting.choice.hetzner-dns-console-18e772': 'Hetzner DNS Console',
  'setting.help.the-zone-as-the-eacbf1': 'Zona seperti tercantum di DNS Console, mis. example.org.',
  'setting.help.a-token-from-the-6e783a':
    'Token dari DNS Console, API tokens; zona yang sudah pindah ke Hetzner Cloud perlu Hetzner Cloud DNS.',
  'setting.label.zone-id-2a1888': 'ID zona',
  'setting.help.the-zone-s-id-f42e41': 'ID zona dari halamannya di DNS Console; bila kosong, dicari lewat nama zona.',
  'setting.help.the-ttl-sent-with-1c406b': 'TTL yang dikirim bersama record; bila kosong, TTL zona.',
  'setting.help.the-service-s-address-d5d809':
    'Alamat layanan; https://dns.hetzner.com/api/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.hostinger-7f6fea': 'Hostinger',
  'setting.help.the-domain-as-hpanel-03394c': 'Domain seperti tercantum di hPanel, mis. example.org.',
  'setting.help.a-token-made-in-dba5a1': 'Token yang dibuat di hPanel pada Akun, API.',
  'setting.help.the-service-s-address-fb633a':
    'Alamat layanan; https://developers.hostinger.com/api/dns/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.ipv64-net-8c3941': 'IPv64.net',
  'setting.label.domain-update-token-fcca86': 'Token pembaruan domain',
  'setting.help.the-domain-update-token-758ee5':
    'Token pembaruan domain dari halaman akun di ipv64.net, bukan kata sandi akun.',
  'setting.choice.myaddr-tools-d75236': 'myaddr.tools',
  'setting.help.the-name-claimed-at-165c57': 'Nama yang diklaim di myaddr.tools, misalnya your-name.myaddr.tools.',
  'setting.label.private-key-2f5fdb': 'Kunci privat',
  'setting.help.the-private-key-shown-9e57e8':
    'Kunci privat yang ditampilkan saat nama diklaim; kunci ini hanya memperbarui nama itu.',
  'setting.help.the-service-s-address-a311db': 'Alamat layanan; https://myaddr.tools kecuali Anda meng-host sendiri.',
  'setting.choice.linode-akamai-91b02a': 'Linode (Akamai)',
  'setting.help.a-token-whose-domains-7447e3':
    'Token yang akses Domains-nya Read/Write, dari API Tokens di Cloud Manager.',
  'setting.help.the-ttl-of-a-567429':
    'TTL record yang dibuat IPWatch; bila dikosongkan, TTL milik domain. Linode membulatkannya.',
  'setting.help.the-service-s-address-8e64e9':
    'Alamat layanan; https://api.linode.com/v4 kecuali Anda menjalankan sendiri.',
  'setting.choice.luadns-1cfd4f': 'LuaDNS',
  'setting.help.the-zone-as-luadns-6024a9': 'Zona seperti yang tercantum di LuaDNS, mis. example.org.',
  'setting.label.account-email-6205f4': 'Email akun',
  'setting.help.the-email-address-you-d53bba': 'Alamat email yang Anda pakai untuk masuk ke LuaDNS.',
  'setting.help.an-api-key-from-b796d4': 'Kunci API dari Account, API Keys; API harus dinyalakan di sana.',
  'setting.help.the-ttl-of-a-72097e':
    'TTL record yang dibuat IPWatch; record yang diubah mempertahankan TTL-nya sendiri.',
  'setting.help.the-service-s-address-9c3fd4':
    'Alamat layanan; https://api.luadns.com/v1 kecuali Anda menjalankan sendiri.',
  'setting.choice.google-cloud-dns-606be8': 'Google Cloud DNS',
  'setting.label.project-id-a0937b': 'ID proyek',
  'setting.help.the-id-of-the-f52fbe': 'ID proyek Google Cloud, misalnya my-project-123.',
  'setting.label.cloud-dns-zone-name-f701c2': 'Nama zona Cloud DNS',
  'setting.help.the-managed-zone-s-4f944d':
    'Nama zona terkelola di Cloud DNS (bukan nama DNS-nya), misalnya example-org.',
  'setting.label.service-account-key-json-309bb6': 'Kunci akun layanan (JSON)',
  'setting.help.the-service-account-s-a93cd8':
    'Berkas kunci JSON akun layanan, ditempel utuh; akun itu memerlukan peran DNS Administrator.',
  'setting.help.the-service-s-address-1e3d7d':
    'Alamat layanan; https://dns.googleapis.com kecuali Anda menjalankan sendiri.',
  'setting.choice.gcore-b931f9': 'Gcore',
  'setting.help.the-zone-as-the-7c0837': 'Zona seperti tercantum di portal Gcore pada DNS, mis. example.com.',
  'setting.label.permanent-api-token-247c76': 'Token API permanen',
  'setting.help.a-permanent-api-token-2dfabc': 'Token API permanen dari Profile, API tokens (berisi $: tempel utuh).',
  'setting.help.how-long-resolvers-may-361986':
    'Berapa lama resolver boleh menyimpan record; 120 adalah yang terpendek pada paket gratis.',
  'setting.help.the-service-s-address-41ad71':
    'Alamat layanan; https://api.gcore.com/dns/v2 kecuali Anda menjalankan sendiri.',
  'setting.choice.huawei-cloud-5cda0d': 'Huawei Cloud',
  'setting.help.the-public-zone-at-b56bcf': 'Zona publik di Huawei Cloud DNS, misalnya example.com.',
  'setting.label.access-key-id-ak-3f954b': 'ID Kunci Akses (AK)',
  'setting.help.the-access-key-id-c33164': 'Access Key ID milik pengguna IAM yang boleh mengubah record set zona.',
  'setting.label.secret-access-key-sk-7ed7db': 'Kunci Akses Rahasia (SK)',
  'setting.help.the-secret-access-key-7929fe': 'Secret Access Key yang disimpan saat kunci akses dibuat.',
  'setting.help.how-long-resolvers-may-e197e1':
    'Berapa lama resolver boleh menyimpan record; Huawei Cloud menerima mulai 1.',
  'setting.help.the-service-s-address-e2a8db':
    'Alamat layanannya; https://dns.myhuaweicloud.com kecuali Anda meng-host sendiri.',
  'setting.choice.hipm-dnsmgr-d46270': 'HiPM DNSMgr',
  'setting.label.dnsmgr-address-fc3e4c': 'Alamat DNSMgr',
  'setting.help.where-your-dnsmgr-answers-45655a':
    'Tempat DNSMgr Anda menjawab, mis. https://dnsmgr.example.com (/api-nya ditambahkan).',
  'setting.help.the-domain-as-dnsmgr-9e4eb8': 'Domain sebagaimana DNSMgr mencantumkannya, mis. example.com.',
  'setting.help.an-api-token-made-4eb21c': 'Token API yang dibuat di DNSMgr, dikirim sebagai token Bearer.',
} satisfies Area<typeof source>;
