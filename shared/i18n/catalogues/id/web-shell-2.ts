import type { Area } from '../area';
import type { webShell2 as source } from '../en/web-shell-2';

export const webShell2 = {
  // The browser's sign-in form (renderer/src/pages/SignIn.tsx, api/sign-in-words.ts).
  'web.signIn.withDiscord': 'Masuk dengan Discord',
  'web.signIn.orToken': 'atau dengan token API:',
  'web.signIn.token': 'Token API',
  'web.signIn.tokenHelp':
    'Token ada di berkas <code>api-token</code> di folder data runner, kecuali pengaturan <code>api.token</code> di <code>settings.json</code> menetapkannya: maka nilainya itulah tokennya.',
  'web.signIn.compare':
    'Jika browser Anda memperingatkan tentang sertifikat halaman ini, sebelum masuk bandingkan sidik jari SHA-256-nya (di peringatan atau ikon gembok, lalu detail sertifikat) dengan yang dicetak <code>ipwatch status</code> di komputer yang menjalankan IPWatch.',
  'web.signIn.signingIn': 'Sedang masuk…',
  'web.signIn.signIn': 'Masuk',
  'web.signIn.wrongToken': 'Token itu tidak benar.',
  'web.signIn.tooManyWhile':
    'Terlalu banyak token salah atau upaya masuk dari alamat ini. Setiap upaya masuk darinya ditolak untuk sementara, bahkan dengan token yang benar.',
  'web.signIn.tooManyFor':
    'Terlalu banyak token salah atau upaya masuk dari alamat ini. Setiap upaya masuk darinya ditolak selama {seconds} dtk ke depan, bahkan dengan token yang benar.',
  'web.signIn.noAnswer':
    'Gagal masuk: tidak ada jawaban dari IPWatch (mungkin sudah berhenti, atau jaringan antara Anda dan IPWatch terputus).',

  // The first run, in a browser and in the app (renderer/src/first-run/).
  'web.firstRun.what.settings': 'pengaturan',
  'web.firstRun.step.watch': 'Yang dipantau',
  'web.firstRun.step.notify': 'Notifikasi',
  'web.firstRun.step.discord': 'Bot Discord',
  'web.firstRun.step.ddns': 'Nama host',
  'web.firstRun.steps': 'Langkah',
  'web.firstRun.familiesProblem': 'Pantau setidaknya salah satu dari IPv4 dan IPv6.',
  'web.firstRun.botToken': 'Token bot',
  'web.firstRun.serverId': 'ID server',
  'web.firstRun.channelId': 'ID kanal',
  'web.firstRun.newChannel': 'kanal baru',
  'web.firstRun.newRecord': 'record baru',
  // `field` is the setting's own name (its key), `message` the reason in words.
  'web.firstRun.fieldProblem': '{name}: {field}: {message}',
  'web.firstRun.problem': '{field}: {message}',
  'web.firstRun.fieldsNeedFixing': '{count, plural, other {# kolom perlu}} diperbaiki dulu:',
  'web.firstRun.title': 'Siapkan IPWatch',
  'web.firstRun.skip': 'Lewati penyiapan',
  'web.firstRun.stepOf': 'Langkah {step} dari {steps}: {title}',
  'web.firstRun.back': 'Kembali',
  'web.firstRun.next': 'Berikutnya',
  'web.firstRun.saving': 'Menyimpan…',
  'web.firstRun.save': 'Simpan dan mulai memantau',
  'web.firstRun.couldNotSave': 'Tidak dapat menyimpan: {error}',
  'web.firstRun.couldNotSkip': 'Tidak dapat melewati: {error}',
  'web.firstRun.watchIntro':
    'IPWatch menanyakan alamat publik komputer ini ke beberapa layanan dan mencatat setiap perubahan.',
  'web.firstRun.addresses': 'Alamat yang dipantau',
  'web.firstRun.familyAddress': 'Alamat IPv{family}',
  'web.firstRun.ipv6Note':
    'Biarkan IPv6 aktif hanya jika koneksi Anda mendukungnya: versi IP tanpa alamat akan dilaporkan begitu.',
  'web.firstRun.notifyIntro':
    'Ke mana IPWatch harus memberi tahu Anda bahwa alamat berubah? Tambahkan kanal, isi kolomnya, dan kirim tes untuk memastikan notifikasinya sampai. Di server tanpa sesi desktop, kanal desktop awalnya dinonaktifkan: tambahkan kanal yang bisa menjangkau Anda.',
  'web.firstRun.discordIntro':
    'Opsional. Bot Discord menjawab /ip, /status, dan perintah lain di server Anda, serta memposting setiap perubahan ke sebuah kanal. Buat bot di Discord Developer Portal (New Application, lalu Bot, lalu Reset Token) dan tempel tokennya di sini; halaman Discord lalu menampilkan tautan untuk mengundangnya ke server Anda.',
  'web.firstRun.botTokenHelp': 'Discord menampilkannya sekali, di Bot, Reset Token.',
  'web.firstRun.serverIdHelp':
    'Di Discord, dengan Mode Pengembang aktif (Pengaturan, Lanjutan): klik kanan server, Salin ID Server.',
  'web.firstRun.channelIdFull': 'ID kanal untuk posting perubahan',
  'web.firstRun.channelIdHelp': 'Klik kanan kanal teks, Salin ID Kanal. Kosongkan untuk hanya memakai perintah.',
  'web.firstRun.ddnsIntro':
    'Opsional. Arahkan nama host ke sini: setiap kali alamat berubah, IPWatch memperbarui record di penyedia DNS Anda dan memeriksa bahwa setiap server otoritatif menjawab dengan alamat baru. Tambahkan record, isi kolomnya, dan uji; atau lanjutkan tanpa record (nanti di Pengaturan, DNS dinamis).',
  'web.firstRun.hostNameOptional': 'Nama host (opsional)',
  'web.firstRun.keepHostName': 'Arahkan nama host ke sini',
  'web.firstRun.keepHostNameHelp':
    'Setiap kali alamat berubah, IPWatch memperbarui record di penyedia DNS Anda dan memeriksa bahwa setiap server otoritatif menjawab dengan alamat baru.',
  'web.firstRun.sending': 'Mengirim…',
  'web.firstRun.sent': 'Terkirim: apakah Anda melihatnya?',
  'web.firstRun.notShown': 'Tidak ditampilkan: {reason}',
  'web.firstRun.unknownReason': 'alasan tidak diketahui',
  'web.firstRun.welcome': 'Selamat datang di IPWatch',
  'web.firstRun.desktop': 'Notifikasi desktop',
  'web.firstRun.sendTest': 'Kirim tes',
  'web.firstRun.discordOptional': 'Bot Discord (opsional)',
  'web.firstRun.startAtLogin': 'Jalankan IPWatch saat saya masuk',
  'web.firstRun.start': 'Mulai memantau',

  // The server's page when sign-in with Discord cannot go on (electron/engine/api/discord-sign-in/page.ts),
  // in the browser's language (Accept-Language). A refusal's reason from the sign-in rules stays the engine's.
  'web.signInPage.title': 'IPWatch: {title}',
  'web.signInPage.back': 'Kembali ke halaman masuk',
  'web.signInPage.off': 'Masuk dengan Discord tidak aktif',
  'web.signInPage.offHere': 'IPWatch ini tidak menyediakannya.',
  'web.signInPage.offSet': 'Di Pengaturan, isi {setting} (ID aplikasi dan client secret).',
  'web.signInPage.tooMany': 'Terlalu banyak upaya masuk yang gagal',
  'web.signInPage.tooManyWhy': 'Terlalu banyak upaya masuk yang gagal dari alamat ini; coba lagi dalam {seconds} dtk.',
  'web.signInPage.busy': 'Terlalu banyak upaya masuk yang sedang berjalan',
  'web.signInPage.busyWhy':
    'Semua tempat untuk upaya masuk yang sedang berjalan dipakai oleh upaya masuk dari alamat lain. Satu tempat kosong dalam 10 menit: coba lagi nanti.',
  'web.signInPage.https': 'Masuk dengan Discord memerlukan HTTPS',
  'web.signInPage.httpsWhy': 'Buka dasbor di alamat https://-nya.',
  'web.signInPage.invalid': 'Upaya masuk ini tidak valid',
  'web.signInPage.invalidWhy':
    'Upaya ini dimulai di browser lain, sudah dipakai, berumur lebih dari 10 menit, atau tergeser oleh upaya masuk yang lebih baru dari alamat Anda. Upaya ini tidak dihitung terhadap alamat Anda: silakan masuk lagi.',
  'web.signInPage.cancelled': 'Masuk dibatalkan',
  'web.signInPage.cancelledWhy': 'Discord tidak diizinkan memberi tahu IPWatch siapa Anda.',
  'web.signInPage.noCode': 'Discord tidak memberikan kode masuk',
  'web.signInPage.signInAgain': 'Silakan masuk lagi.',
  'web.signInPage.notLetIn': '{name} tidak boleh masuk di sini',
  'web.signInPage.notLetInNext':
    'Jika Anda seharusnya dapat melihat IPWatch ini, mintalah kepada pengelolanya peran di server Discord mereka yang boleh melihatnya, atau token API untuk masuk.',
  'web.signInPage.failed': 'Gagal masuk dengan Discord',
  // The window's title (renderer/src/change-signal.ts).
  'web.title.page': '{page} · IPWatch',
  'web.title.changed': 'IPWatch · {families, select, both {IPv4 dan IPv6} 4 {IPv4} other {IPv6}} berubah',
} satisfies Area<typeof source>;
