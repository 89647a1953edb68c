import type { Area } from '../area';
import type { words2 as source } from '../en/words-2';

export const words2 = {
  'trigger.start': 'ditemukan oleh pemeriksaan saat mulai',
  'trigger.interval': 'ditemukan oleh pemeriksaan terjadwal',
  'trigger.network': 'ditemukan setelah jaringan berubah',
  'trigger.resume': 'ditemukan saat komputer aktif kembali',
  'trigger.manual': 'ditemukan oleh pemeriksaan yang Anda mulai',
  'trigger.retry': 'ditemukan saat mencoba lagi setelah pemeriksaan gagal',
  'trigger.followUp': 'ditemukan oleh pemeriksaan ulang setelah jaringan berubah',
  'trigger.import': 'diimpor dari riwayat lain',
  'trigger.router': 'dilaporkan oleh router',
  'trigger.settings': 'ditemukan oleh pemeriksaan setelah pengaturan diubah',

  'ddns.event.state': '{name} {type}: {state}',
  'ddns.event.stateWhy': '{name} {type}: {state} ({why})',
  'ddns.event.inStepAgain': '{name} {type}: sesuai lagi (sebelumnya {from})',
  'ddns.event.inStepAgainAfter': '{name} {type}: sesuai lagi setelah {duration} (sebelumnya {from})',

  'error.pageUnreachable':
    'IPWatch tidak menjawab: apakah masih berjalan? Halaman ini mencoba lagi saat IPWatch kembali.',
  'error.proxyRefused':
    '{known, select, yes {Proxy di jalur ke {place} menolak koneksi} other {Proxy di jalur menolak koneksi}}: periksa HTTPS_PROXY, HTTP_PROXY dan NO_PROXY, serta apa yang diminta proxy (detailnya menyebutkan jawabannya).',
  'error.proxyUnusable':
    '{known, select, yes {IPWatch tidak mengirim permintaan ke {place}} other {IPWatch tidak mengirim permintaan}}: proxy yang disebut HTTPS_PROXY, HTTP_PROXY atau ALL_PROXY bukan proxy http:// atau https:// yang dapat dijangkau IPWatch, dan melewatinya akan menyimpang dari jalan yang diminta lingkungan Anda (detailnya menyebutkan variabelnya).',
  'error.notHttp':
    '{known, select, yes {Jawaban dari {place} bukan HTTP yang dapat dibaca} other {Jawabannya bukan HTTP yang dapat dibaca}}: apakah ada layanan HTTP di alamat itu?',
  'error.connectionRefused':
    '{known, select, yes {Tidak ada yang menjawab di {place}} other {Tidak ada yang menjawab di sana}}: apakah layanannya berjalan?',
  'error.nameNotFound':
    '{known, select, yes {Nama {place} tidak ditemukan} other {Nama server tidak ditemukan}} (DNS): periksa apakah ada salah ketik.',
  'error.nameNotNow':
    '{known, select, yes {Nama {place} tidak dapat dicari saat ini} other {Nama server tidak dapat dicari saat ini}}: apakah komputer ini online?',
  'error.timeout':
    '{known, select, yes {Tidak ada jawaban tepat waktu dari {place}} other {Tidak ada jawaban tepat waktu}}: layanannya mungkin mati, atau firewall membuang lalu lintasnya.',
  'error.closed':
    '{known, select, yes {Koneksi ke {place} ditutup sebelum ada jawaban} other {Koneksi ditutup sebelum ada jawaban}}: coba lagi; jika terus terjadi, layanan atau proxy di jalur menolaknya.',
  'error.noRoute':
    '{known, select, yes {Tidak ada rute ke {place}} other {Tidak ada rute}}: apakah komputer ini terhubung ke jaringan?',
  'error.cancelled': 'Permintaan dibatalkan sebelum jawaban datang.',
  'error.servfail':
    '{known, select, yes {Server DNS di {place} gagal menjawab} other {Server DNS gagal menjawab}} (SERVFAIL): coba lagi nanti; jika berlanjut, server zona tersebut bermasalah.',
  'error.dnsRefused':
    '{known, select, yes {Server DNS di {place} menolak kueri} other {Server DNS menolak kueri}} (REFUSED): server itu tidak menjawab untuk nama ini, atau tidak untuk komputer ini.',
  'error.formerr':
    '{known, select, yes {Server DNS di {place} tidak dapat membaca kueri} other {Server DNS tidak dapat membaca kueri}} (FORMERR): mungkin itu bukan server DNS.',
  'error.notimp':
    '{known, select, yes {Server DNS di {place} tidak menjawab jenis kueri ini} other {Server DNS tidak menjawab jenis kueri ini}} (NOTIMP).',
  'error.badDnsAnswer':
    '{known, select, yes {Jawaban dari {place} bukan jawaban DNS yang dapat dibaca} other {Jawabannya bukan jawaban DNS yang dapat dibaca}}: apakah ada server DNS di alamat itu?',
  'error.tooLarge':
    '{known, select, yes {Jawaban dari {place} terlalu besar untuk dibaca} other {Jawabannya terlalu besar untuk dibaca}}.',
  'error.certExpired':
    '{known, select, yes {Sertifikat {place} sudah kedaluwarsa} other {Sertifikatnya sudah kedaluwarsa}}: layanan itu harus memperbaruinya.',
  'error.certSelfSigned':
    '{known, select, yes {Sertifikat {place} bersifat self-signed} other {Sertifikatnya bersifat self-signed}}, jadi tidak dipercaya: gunakan sertifikat dari CA yang dikenal.',
  'error.certOtherName':
    '{known, select, yes {Sertifikat {place} dibuat untuk nama lain} other {Sertifikatnya dibuat untuk nama lain}}: periksa alamatnya.',
  'error.certUntrusted':
    '{known, select, yes {Sertifikat {place} tidak dapat diverifikasi} other {Sertifikatnya tidak dapat diverifikasi}}: penerbitnya tidak dipercaya di komputer ini.',
  'error.noTls':
    '{known, select, yes {Koneksi aman ke {place} tidak dapat dibuat} other {Koneksi aman tidak dapat dibuat}}: apakah ini alamat https dari layanan TLS?',
  'error.otherCode':
    '{known, select, yes {Permintaan ke {place} gagal di tengah jalan} other {Permintaan gagal di tengah jalan}}: coba lagi; detailnya menyebutkan penyebabnya.',
  'error.otherCodeInLine':
    '{known, select, yes {Permintaan ke {place} gagal di tengah jalan} other {Permintaan gagal di tengah jalan}} ({code}): coba lagi.',
  'error.http401': 'Layanan menolak kredensial (HTTP 401): periksa token atau kata sandi.',
  'error.http403':
    'Layanan menolak akses (HTTP 403): periksa izin token; beberapa layanan menolak permintaan otomatis.',
  'error.http404':
    'Tidak ada apa pun di alamat ini (HTTP 404): periksa URL-nya; webhook yang sudah dihapus juga menjawab begini.',
  'error.http429': 'Terlalu banyak permintaan (HTTP 429): layanan meminta Anda menunggu sebelum permintaan berikutnya.',
  'error.http5xx': 'Layanan gagal di sisinya (HTTP {status}): coba lagi nanti.',
  'error.http4xx': 'Layanan menolak permintaan (HTTP {status}).',
  'error.http4xxSaid': 'Layanan menolak permintaan (HTTP {status}). Jawabannya: {body}',
  'error.httpOther': 'Jawaban tak terduga (HTTP {status}).',
  'error.httpOtherSaid': 'Jawaban tak terduga (HTTP {status}). Isinya: {body}',

  'roles.viewersCannotTest': 'Pelihat tidak dapat mengirim tes atau cek: hanya admin yang bisa.',
  'roles.viewersCannotChange': 'Pelihat dapat membaca tetapi tidak dapat mengubah: hanya admin yang bisa.',
  'roles.viewersCannotSeeSignIns': 'Pelihat tidak dapat melihat siapa yang masuk: hanya admin yang bisa.',

  'sessions.noBrowserSessions':
    'Tidak ada browser yang dapat masuk ke aplikasi desktop: aplikasi ini tidak membuka port, jadi tidak ada sesi masuk untuk ditampilkan. Browser masuk ke dasbor sebuah runner (ipwatch monitor dengan API aktif).',
  'sessions.revokedOwn': 'Itu sesi Anda sendiri: browser ini sudah keluar.',
  'sessions.revoked': 'Dikeluarkan: browser {name} harus masuk lagi.',
  'sessions.noSuch':
    'tidak ada browser yang masuk dengan id {sid}: sesinya sudah berakhir (keluar, dicabut, atau kedaluwarsa)',

  'action.pause': 'menjeda pemantauan',
  'action.resume': 'melanjutkan pemantauan',
  'action.checkNow': 'cek sekarang',
  'action.saveSettings': 'mengubah pengaturan',
  'action.testChannel': 'mengirim notifikasi uji',
  'action.testSource': 'menguji sumber',
  'action.testDdnsRecord': 'menguji record DNS',
  'action.retryDdnsRecord': 'mencoba lagi record DNS',
  'action.testMonitor': 'menguji layanan',
  'action.runSpeedTest': 'menjalankan tes kecepatan',
  'action.testHook': 'menjalankan hook sebagai uji',
  'action.testHeartbeat': 'mengirim ping heartbeat',
  'action.testFleet': 'menguji broker multi-lokasi',
  'action.revokeSession': 'mencabut sesi browser',
  'action.backup': 'mencadangkan riwayat',
  'action.restore': 'memulihkan riwayat',
  'action.importHistory': 'mengimpor riwayat',
  'action.endFirstRun': 'mengakhiri penyiapan awal',
  'action.forgetSite': 'melupakan lokasi',

  'file.unreadable': 'tidak dapat membaca {what} {file}: {why}',
  'file.why.missing': 'file tidak ada',
  'file.why.notAllowed': 'runner ini tidak boleh membacanya',
  'file.why.folder': 'itu sebuah folder',
  'file.why.tooManyOpen': 'runner ini membuka terlalu banyak file',
  'file.why.io': 'disk melaporkan kesalahan baca',
} satisfies Area<typeof source>;
