import type { Area } from '../area';
import type { reasons6 as source } from '../en/reasons-6';

export const reasons6 = {
  'reason.fleet.noBrokerUrl': 'isi URL broker terlebih dahulu',
  'reason.fleet.signedIn': 'berhasil masuk ke {broker}',
  'reason.fleet.canPublish': 'dapat memublikasikan di bawah {prefix}',
  'reason.fleet.publishAcl':
    'broker menolak menerima {topic}: ACL-nya tidak mengizinkan pengguna ini menulis di sana (nama lokasi lain?)',
  'reason.fleet.publishFailed': 'broker tidak menerima {topic} ({said})',
  'reason.fleet.reads': 'membaca {count, plural, other {# lokasi}} yang disimpan broker di bawah {prefix}/',
  'reason.fleet.readAcl': 'broker tidak mengizinkan pengguna ini membaca {topic} (ACL-nya)',
  'reason.fleet.late':
    '{step, select, connect {broker tidak menerima koneksi} publish {broker tidak mengonfirmasi pesan uji di bawah {topic}} other {broker tidak menjawab langganan ke {topic}}} dalam {seconds} dtk',
  'reason.fleet.broker':
    '{meaning, select, credentials {broker menolak nama pengguna atau kata sandi} clientId {broker menolak ID klien} unavailable {broker tidak tersedia} quota {broker menolak pesan tambahan (kuota habis)} refused {tidak ada yang menerima koneksi di alamat dan port itu} noHost {nama host broker tidak dapat di-resolve} hostLater {nama host broker tidak dapat di-resolve saat ini} timeout {broker tidak menjawab tepat waktu} hostUnreachable {host broker tidak dapat dijangkau} noRoute {tidak ada rute jaringan ke broker} reset {broker menutup koneksi} selfSigned {sertifikat broker ditandatangani sendiri: sebutkan file CA-nya} untrusted {sertifikat broker tidak ditandatangani CA tepercaya: sebutkan file CA-nya} otherHost {sertifikat broker dibuat untuk nama host lain} expired {sertifikat broker sudah kedaluwarsa} clientUnknownCa {broker menolak sertifikat klien ini: tidak ditandatangani CA yang dipercaya broker} clientBad {broker menolak sertifikat klien ini} clientExpired {broker menolak sertifikat klien ini: sudah kedaluwarsa} clientRequired {broker meminta sertifikat klien: sebutkan sertifikat dan kuncinya} other {broker gagal}} ({said})',
  'reason.fleet.said': '{said}',
  'reason.fleet.forgot':
    'lokasi “{name}” dan kejadiannya dilupakan di runner ini; lokasi itu muncul lagi saat memublikasikan kembali',

  'reason.hook.exited': 'program selesai dengan kode keluar 0 dalam {ms} ms',
  'reason.heartbeat.noUrl': 'URL ping belum diisi',
  'reason.heartbeat.notUrl': 'url: URL ping bukan URL yang valid',
  'reason.heartbeat.kumaNoMonitor':
    'Uptime Kuma tidak mengenal push monitor aktif dengan token ini (URL salah, atau dijeda)',
  'reason.heartbeat.hcNotFound': 'Healthchecks tidak mengenal check di URL ini (URL salah, atau check sudah dihapus)',
  'reason.heartbeat.hcAmbiguous':
    'Healthchecks memiliki beberapa check dengan slug ini; gunakan URL UUID check tersebut',
  'reason.heartbeat.hcRateLimited': 'Healthchecks membatasi ping check ini; ping terlalu sering',

  'reason.channel.unknownType': 'jenis kanal “{type}” tidak dikenal',
  'reason.channel.duplicateId': 'ID kanal “{id}” ganda: hanya kanal pertama yang digunakan',
} satisfies Area<typeof source>;
