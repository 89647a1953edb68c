import type { Area } from '../area';
import type { sourcesCard as source } from '../en/sources-card';

export const sourcesCard = {
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
} satisfies Area<typeof source>;
