/**
 * Indonesian (en/errors.ts). An error in words: the network's, a file's, the API's and the engine's.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { errors as source } from '../en/errors';

export const errors = {
  'error.egressRefused':
    '{known, select, yes {IPWatch tidak membuka koneksi ke {place}} other {IPWatch tidak membuka koneksi}}: koneksi ini tidak terdaftar, dan {setting} aktif.',
  'error.egressLocal':
    '{known, select, yes {IPWatch tidak membuka koneksi ke {place}} other {IPWatch tidak membuka koneksi}}: namanya menghasilkan alamat komputer ini atau jaringan lokalnya, yang tidak dinyatakan untuk nama itu, dan {setting} aktif.',
  'error.network':
    '{known, select, yes {Permintaan ke {place} gagal di jaringan} other {Permintaan gagal di jaringan}}: coba lagi; apakah komputer ini online?',
  'error.httpStatus':
    '{known, select, yes {{place} menjawab dengan galat} other {Layanan menjawab dengan galat}}: coba lagi nanti; jika terus terjadi, periksa alamatnya.',
  'error.rateLimited':
    '{known, select, yes {{place} meminta IPWatch untuk lebih jarang bertanya} other {Layanan meminta IPWatch untuk lebih jarang bertanya}}: permintaan berikutnya menunggu lebih lama.',
  'error.unreadable':
    '{known, select, yes {Jawaban dari {place} tidak dapat dibaca} other {Jawaban tidak dapat dibaca}}: mungkin layanan itu kini mengirim hal lain.',
  'error.short.proxyRefused': 'proxy menolak koneksi',
  'error.short.proxyUnusable': 'proxy yang disebut lingkungan tidak dapat dipakai',
  'error.short.cancelled': 'dibatalkan sebelum ada jawaban',
  'error.short.tooLarge': 'jawabannya terlalu besar',
  'error.timeLimit': 'Batas waktu permintaan habis sebelum jawaban datang.',
  'error.short.timeLimit': 'batas waktu habis sebelum ada jawaban',
  'error.fileMissing':
    '{known, select, yes {Berkas {place} tidak ada} other {Berkas yang diperlukan IPWatch tidak ada}}: apakah berkas itu dipindahkan atau dihapus?',
  'error.fileRefused':
    '{known, select, yes {IPWatch tidak diizinkan menulis atau membaca {place}} other {IPWatch tidak diizinkan menulis atau membaca berkas yang diperlukannya}}: periksa pemilik folder dan izinnya.',
  'error.diskFull': 'Disk penuh, jadi IPWatch tidak dapat menulis: kosongkan sebagian ruang.',
  'error.short.fileMissing': 'sebuah berkas tidak ada',
  'error.short.fileRefused': 'berkas tidak boleh ditulis',
  'error.short.diskFull': 'disk penuh',
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

  'file.unreadable': 'tidak dapat membaca {what} {file}: {why}',
  'file.why.missing': 'file tidak ada',
  'file.why.notAllowed': 'runner ini tidak boleh membacanya',
  'file.why.folder': 'itu sebuah folder',
  'file.why.tooManyOpen': 'runner ini membuka terlalu banyak file',
  'file.why.io': 'disk melaporkan kesalahan baca',

  'web.apiError.dangerous':
    'Hanya orang di komputer tempat IPWatch berjalan yang boleh membuat perubahan ini (perubahan ini mengubah ke mana rahasia tersimpan dikirim, apa yang dijalankan di sana, siapa yang boleh masuk, atau menurunkan perlindungan). Di komputer itu, jalankan `ipwatch open` untuk memastikan bahwa itu Anda, lalu coba lagi dalam 5 menit. Jika masuk dengan Discord: masuk lagi, lalu coba lagi dalam 5 menit.',
  'web.apiError.noAnswer':
    'tidak ada jawaban dari IPWatch (mungkin sudah berhenti, atau jaringan antara Anda dan IPWatch terputus)',
  'web.apiError.signedOut': 'sudah keluar',
  'web.apiError.internal': 'permintaan gagal; alasannya ada di log',
  'web.apiError.crossSite': 'permintaan dari situs lain ditolak',
  'web.apiError.forbidden': 'aplikasi menolak ini: akses masuk Anda tidak mengizinkannya (HTTP 403)',
  'web.apiError.notFound': 'item ini tidak ada di aplikasi (HTTP 404): mungkin sudah dihapus',
  'web.apiError.conflict': 'aplikasi tidak dapat melakukannya sekarang (HTTP 409)',
  'web.apiError.tooLarge': 'aplikasi menolak permintaan sebesar ini (HTTP 413)',
  'web.apiError.busy': 'aplikasi sedang sibuk (HTTP {status}): coba lagi sebentar lagi',
  'web.apiError.refused': 'aplikasi menolak permintaan ini (HTTP {status})',
  'web.apiError.failed': 'terjadi kesalahan di aplikasi (HTTP {status})',
  'web.apiError.diskFull':
    'disk penuh: pengaturan tidak disimpan dan tidak ada yang berubah. Kosongkan sebagian ruang di disk folder data, lalu simpan lagi',
  'web.apiError.foreignSchema':
    'berkas ini berisi view, trigger, atau tabel atau indeks yang tidak dibuat IPWatch atau dibuat secara lain, jadi berkas ini tidak dipakai',
  'web.apiError.answered': 'jawaban aplikasi: “{said}”',
  'web.apiError.said': '{refusal}; jawaban aplikasi: “{said}”',

  // The engine's kept failure (renderer/src/components/EngineErrorLine.tsx): `what` and `when` are the engine's own names.
  'web.engineError.store': 'Tidak dapat menyimpan {what} ke riwayat',
  'web.engineError.check': 'Sebuah pemeriksaan gagal',
  'web.engineError.failed': '{part} gagal',
  'web.engineError.failedWhile': '{part} gagal ({when})',
  'web.engineError.line': '{lead}, {ago}:',
  'web.engineError.part.notifier': 'Notifikasi',
  'web.engineError.part.discordBot': 'Bot Discord',
  'web.engineError.part.ddns': 'Record DNS',
  'web.engineError.part.forecast': 'Prakiraan',
  'web.engineError.part.identity': 'Identitas jaringan',
  'web.engineError.part.monitors': 'Pemantau layanan',
  'web.engineError.part.speed': 'Tes kecepatan',
  'web.engineError.part.watcher': 'Pengawas perubahan',

  'web.error.details': 'Detail',
} as const satisfies Area<typeof source>;
