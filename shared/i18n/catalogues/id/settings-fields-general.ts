/** Indonesian: the settings' words from shared/settings/index.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsGeneral as source } from '../en/settings-fields-general';

export const settingsFieldsGeneral = {
  'setting.label.failures-before-a-source-e5fea5': 'Kegagalan sebelum sumber dikesampingkan',
  'setting.help.failures-in-a-row-929340': 'Kegagalan berturut-turut yang membuka circuit breaker sebuah sumber.',
  'setting.label.first-retry-of-a-441452': 'Percobaan ulang pertama sumber yang dikesampingkan (detik)',
  'setting.help.doubles-after-each-failed-45bd7f':
    'Berlipat dua setelah setiap percobaan ulang yang gagal, dengan sedikit jitter, hingga jeda terlama.',
  'setting.label.longest-wait-before-a-d036bd': 'Jeda terlama sebelum mencoba ulang (detik)',
  'setting.label.daily-backups-kept-1bd48b': 'Cadangan harian yang disimpan',
  'setting.help.daily-copies-of-the-0bf1f8':
    'Salinan harian riwayat yang disimpan di folder backups dalam folder data.',
  'setting.label.hourly-statistics-kept-days-febc8c': 'Statistik per jam disimpan (hari)',
  'setting.help.days-of-hourly-source-c24920':
    'Jumlah hari statistik sumber per jam; hari yang lebih lama hanya menyimpan totalnya.',
  'setting.label.log-level-4e99dd': 'Tingkat log',
  'setting.help.the-least-severe-messages-e42ba2': 'Pesan paling ringan yang masih disimpan di log.',
  'setting.choice.debug-everything-ababbd': 'Debug (semuanya)',
  'setting.choice.info-8fe1e6': 'Info',
  'setting.choice.warnings-and-errors-8263a1': 'Peringatan dan kesalahan',
  'setting.choice.errors-only-fafb79': 'Hanya kesalahan',
  'setting.label.check-every-seconds-4858b1': 'Periksa setiap (detik)',
  'setting.help.time-between-two-regular-d3aa91':
    'Jeda antara dua pemeriksaan rutin; perubahan jaringan atau bangun dari mode tidur langsung memicu pemeriksaan.',
  'setting.label.watch-ipv4-d1e057': 'Pantau IPv4',
  'setting.help.check-and-report-the-b518d8': 'Periksa dan laporkan alamat IPv4 publik.',
  'setting.label.watch-ipv6-d3e05b': 'Pantau IPv6',
  'setting.help.check-and-report-the-29f7b2': 'Periksa dan laporkan alamat IPv6 publik.',
  'setting.label.a-new-ipv6-address-ccbd95': 'Alamat IPv6 dianggap baru bila ada',
  'setting.help.whether-a-new-privacy-7bcc44':
    'Apakah alamat privasi baru dalam prefiks /64 yang sama dihitung sebagai perubahan.',
  'setting.choice.a-new-64-prefix-5f497d': 'Prefiks /64 baru (alamat privasi bukan perubahan)',
  'setting.choice.any-new-address-053a51': 'Alamat baru apa pun',
  'setting.label.sources-that-must-agree-97ce71': 'Sumber yang harus sepakat',
  'setting.help.answers-from-different-providers-ba3f4c':
    'Jumlah jawaban dari penyedia berbeda yang diperlukan untuk mengonfirmasi alamat baru.',
  'setting.label.ask-public-sources-at-69823a': 'Tanya sumber publik minimal setiap (menit)',
  'setting.help.while-the-router-or-07154f':
    'Selama router atau antarmuka menjamin alamatnya, pemeriksaan di antaranya tidak mengirim permintaan; 0: selalu bertanya.',
  'setting.label.request-timeout-ms-145bb0': 'Batas waktu permintaan (ms)',
  'setting.help.how-long-one-source-7efdde': 'Berapa lama satu sumber boleh menjawab sebelum dianggap gagal.',
  'setting.label.check-when-the-network-5745b2': 'Periksa saat jaringan berubah',
  'setting.help.watch-the-network-interfaces-079255':
    'Pantau antarmuka jaringan dan langsung periksa saat ada perubahan.',
  'setting.label.network-sampling-ms-7e90b4': 'Pengambilan sampel jaringan (ms)',
  'setting.help.how-often-interfaces-and-e83f5b':
    'Seberapa sering antarmuka dan jam dibaca jika OS tidak mengirim peristiwa (Windows, tanpa iproute2).',
  'setting.label.wait-after-a-network-e99187': 'Tunggu setelah jaringan berubah (ms)',
  'setting.help.time-given-to-a-cb3858': 'Waktu yang diberikan agar koneksi baru siap sebelum diperiksa.',
  'setting.label.mark-a-change-for-67cad3': 'Tandai perubahan selama (menit)',
  'setting.help.how-long-the-dashboard-c3a54c':
    'Berapa lama kartu alamat di dasbor, judul halaman, dan ikonnya menandai alamat baru sebagai berubah; 0: tidak pernah.',
  'setting.label.settings-format-112076': 'Format pengaturan',
  'setting.help.set-by-ipwatch-an-88eb54':
    "Diatur oleh IPWatch; file lama ditingkatkan sekali, teks lamanya disimpan sebagai settings.v'<'N>.json.",
  'setting.label.monitoring-37d11c': 'Pemantauan',
  'setting.help.how-often-and-how-da6433': 'Seberapa sering dan dengan cara apa IPWatch menanyakan alamat publik Anda.',
  'setting.label.source-health-afa464': 'Kesehatan sumber',
  'setting.help.when-a-failing-source-5a45a4':
    'Kapan sumber yang gagal dikesampingkan, dan seberapa cepat dicoba lagi.',
  'setting.label.sources-a2c773': 'Sumber',
  'setting.help.the-services-asked-for-70f504': 'Layanan yang ditanyai alamat Anda.',
  'setting.label.history-7d9659': 'Riwayat',
  'setting.help.how-long-backups-and-51baef': 'Berapa lama cadangan dan statistik riwayat disimpan.',
  'setting.label.web-dashboard-and-api-50b73e': 'Dasbor web dan API',
  'setting.help.this-dashboard-in-a-5c1b52': 'Dasbor ini di browser, dan API HTTP yang dipakai skrip dan Prometheus.',
  'setting.help.the-home-router-s-1fbe77':
    'Keterangan router rumah tentang alamat eksternalnya: pemeriksaan seketika, lebih sedikit permintaan, penilaian NAT.',
  'setting.label.logging-63e9d3': 'Log',
  'setting.help.what-the-log-keeps-5ea1c8': 'Apa yang disimpan di log.',
  'setting.label.notifications-381d19': 'Notifikasi',
  'setting.help.when-to-notify-and-aab31d': 'Kapan memberi notifikasi, dan bagaimana pengiriman dicoba ulang.',
  'setting.label.discord-bot-97fe8c': 'Bot Discord',
  'setting.help.slash-commands-and-change-f99e4b':
    'Perintah slash dan kiriman perubahan di server Anda; nonaktif sampai token diisi.',
  'setting.label.dynamic-dns-cfb063': 'DNS dinamis',
  'setting.help.host-names-kept-pointing-5fa4af':
    'Nama host yang dijaga tetap mengarah ke alamat ini, dibuktikan di server otoritatifnya.',
  'setting.label.network-identity-4f0fa2': 'Identitas jaringan',
  'setting.help.who-gives-you-each-3593ac':
    'Siapa yang memberi Anda tiap alamat dan dari mana: AS, organisasi, negara, tanda VPN.',
  'setting.label.service-monitors-5c1e18': 'Pemantauan layanan',
  'setting.help.whether-your-services-are-b01a31': 'Apakah layanan Anda masih dapat dijangkau setelah ada perubahan.',
  'setting.label.program-on-change-bad061': 'Program saat berubah',
  'setting.help.a-program-of-yours-767335':
    'Program milik Anda yang dijalankan pada setiap perubahan, beserta peristiwanya.',
  'setting.label.heartbeat-4e62a3': 'Heartbeat',
  'setting.help.pings-to-a-service-b19a8d': 'Ping ke layanan yang akan tahu jika IPWatch sendiri berhenti.',
  'setting.label.speed-test-af21bd': 'Tes kecepatan',
  'setting.help.download-and-upload-speed-d9ca28':
    'Kecepatan unduh dan unggah, sesuai permintaan atau terjadwal; nonaktif secara bawaan.',
  'setting.label.path-eb66e4': 'Jalur',
  'setting.help.the-route-to-a-3e3a15':
    'Rute ke target publik, dilacak pada setiap perubahan dan saat diminta; mati secara bawaan.',
  'setting.label.fleet-8b5615': 'Multi-lokasi',
  'setting.help.sites-published-to-and-0cdacf': 'Lokasi yang dipublikasikan ke dan dipantau melalui broker MQTT.',
  'setting.label.memory-58f879': 'Memori',
  'setting.help.ipwatch-s-own-memory-194a2f':
    'Memori IPWatch sendiri: seberapa sering diukur, dan batas yang mengirim notifikasi.',
} satisfies Area<typeof source>;
