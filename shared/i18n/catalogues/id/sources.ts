/**
 * Indonesian (en/sources.ts). Sources: the Sources card, a source's state and its errors.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { sources as source } from '../en/sources';

export const sources = {
  'reason.source.empty': 'jawaban kosong',
  'reason.source.html': 'halaman HTML, bukan alamat',
  'reason.source.severalAddresses': 'beberapa alamat dalam satu jawaban ({count})',
  'reason.source.notAnAddress': 'bukan alamat: {said}',
  'reason.source.wrongFamily': 'seharusnya {expected}, tetapi {got} {address}',
  'reason.source.bogon':
    '{address} adalah alamat {kind, select, unspecified {tak tertentu ({range})} private {privat ({range})} loopback {loopback ({range})} linkLocal {link-local ({range})} multicast {multicast ({range})} documentation {dokumentasi ({range})} benchmarking {benchmarking ({range})} reserved {cadangan ({range})} cgnat {CGNAT ({range})} nonGlobal {non-global (di luar {range})} other {{kind} ({range})}}',
  'reason.source.outvoted': 'menjawab {address}, tetapi sumber lain sepakat pada alamat lain',
  'reason.source.failed': '{said}',
  'reason.source.filtered':
    '{address} {why, select, excluded {ada di {range}, rentang yang tidak pernah diambil} other {ada di luar rentang yang diambil}}',
  'reason.source.noEgress':
    '{why, select, noInterface {tidak ada antarmuka {choice}} noAddress {antarmuka {choice} tidak punya alamat IPv{family}} notHeld {tidak ada antarmuka yang memegang alamat {choice}} wrongFamily {{choice} bukan alamat IPv{family}} other {{choice} tidak dapat dipakai}}',
  'reason.source.noGlobal': 'antarmuka {interface} tidak punya alamat IPv{family} global',

  'sourceError.title': 'Galat sumber',
  'sourceError.line': '{source}: {error}',
  'sourceError.builtInNameNotFound':
    'Nama sumber bawaan tidak ditemukan (DNS): layanan nama jaringan ini mungkin mati atau menyaringnya. Tidak ada yang perlu diubah di pengaturannya.',

  'sourceState.notAsked': 'Tidak ditanya pada cek terakhir.',
  'sourceState.usual': 'Waktu jawab biasanya {seconds} dtk',

  // A source's state and last answer (renderer/src/components/SourceActivity.tsx; shared/source-state.ts).
  'web.source.state.answering': 'menjawab',
  'web.source.state.slow': 'lambat',
  'web.source.state.failing': 'gagal',
  'web.source.state.resting': 'istirahat setelah gagal',
  'web.source.state.notAskedYet': 'belum ditanya',
  'web.source.state.notAnswering': 'tidak menjawab',
  'web.source.state.noAgreement': 'tidak sepakat',
  'web.source.notAskedBefore': 'Belum pernah ditanya',
  'web.source.neverAnswered': 'Belum pernah menjawab',
  'web.source.answered': 'Menjawab',
  'web.source.lastAnswer': 'Jawaban terakhir',
  'web.source.askedAgainNextCheck': 'Ditanya lagi pada cek berikutnya',
  'web.source.askedAgain': 'Ditanya lagi',
  'web.source.why': 'Mengapa',
  'web.source.isState': '{source}: {state}',

  // The Sources table (renderer/src/pages/SourcesGrid.tsx, sources-view.ts).
  'web.sources.none': 'Belum ada sumber yang disiapkan.',
  'web.sources.success': '{pct} %',
  'web.sources.successBefore': '{pct} % sebelum gangguan ini',
  'web.sources.scrollable': 'Kesehatan sumber, dapat digulir',
  'web.sources.source': 'Sumber',
  'web.sources.family': 'Versi IP',
  'web.sources.state': 'Status',
  'web.sources.successCol': 'Berhasil',
  'web.sources.latency': 'Latensi',
  'web.sources.ms': '{ms} ms',
  'web.sources.sparkline': 'Latensi terakhir {source}',
  // `families`: "IPv4", "IPv4 and IPv6".
  'web.sources.noneGaveAddress':
    'Tidak ada sumber {families} yang memberi alamat pada cek terakhir ({asked} ditanya): tiap baris menyebutkan jawaban sumbernya.',
  'web.sources.uncertainUnknown':
    'IPv{family} tidak pasti: tidak ada alamat yang dipastikan pada cek terakhir. Tiap baris menunjukkan jawaban sumbernya, dan mana yang menjawab sama.',
  // `cause`: the engine's cause of the check (reason.cause.*), when the counts are not known.
  'web.sources.uncertainCause':
    'IPv{family} tidak pasti: {cause}. Tiap baris menunjukkan jawaban sumbernya, dan mana yang menjawab sama.',
  'web.sources.uncertain':
    'IPv{family} tidak pasti: {of} harus memberi alamat yang sama; pada cek terakhir {most}. Tiap baris menunjukkan jawaban sumbernya, dan mana yang menjawab sama.',
  'web.sources.needOfSources': '{need} dari {count, plural, other {# sumbernya}}',
  'web.sources.needOfProviders':
    '{need} dari {count, plural, other {# penyedianya}} (sumber dari satu penyedia dihitung sekali)',
  'web.sources.noTwoDid': 'tidak ada dua yang sama',
  'web.sources.atMostDid': 'paling banyak {did} yang sama',
  'web.sources.answeredSame': 'Menjawab {ip}, sama dengan {others}',
  'web.sources.answeredAlone': 'Menjawab {ip}, sendirian',
  'web.sources.gaveNoAddress': 'Tidak memberi alamat',
  'web.sources.notAsked': 'Tidak ditanya pada cek terakhir',

  'web.sourcesCard.all.offline': 'Tidak ada sumber yang menjawab: jaringan sedang putus.',
  'web.sourcesCard.all.failing':
    '{count, plural, =1 {Satu-satunya sumber gagal: {what}.} other {Semua # sumber gagal: {what}.}}',
  'web.sourcesCard.all.noAgreement': 'Sumber-sumber menjawab, tetapi terlalu sedikit yang memberi alamat yang sama.',
  'web.sourcesCard.all.notAsked':
    '{count, plural, =1 {Satu-satunya sumber belum ditanya.} other {Belum ada dari # sumber yang ditanya.}}',
  'web.sourcesCard.all.answering':
    '{count, plural, =1 {Satu-satunya sumber menjawab.} other {Semua # sumber menjawab.}}',
  'web.sourcesCard.showTable': '{count, plural, =1 {Tampilkan sumbernya} other {Tampilkan # sumber}}',
  'web.sourcesCard.summary': '{count, plural, other {# sumber}}: {parts}.',
  'web.sourcesCard.part': '{count} {state}',
  'web.sourcesCard.group.offline':
    'Tidak ada sumber {families} yang menjawab pada cek terakhir: masalahnya ada di jaringan, bukan di sumber',
  'web.sourcesCard.group.failing': 'Gagal: {what}',
  'web.sourcesCard.group.noAgreement': 'Menjawab, tetapi terlalu sedikit yang memberi alamat yang sama',
  'web.sourcesCard.group.notAsked': 'Belum ditanya',
  'web.sourcesCard.group.answering': 'Menjawab',
  'web.sourcesCard.kind.unusable': 'jawabannya tidak berisi alamat yang bisa dipakai',
  'web.sourcesCard.kind.outvoted': 'sumber lain memberi alamat yang berbeda',
} as const satisfies Area<typeof source>;
