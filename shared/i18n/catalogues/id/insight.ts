/**
 * Indonesian (en/insight.ts). The insight card and the outages.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { insight as source } from '../en/insight';

export const insight = {
  'reason.outage.noSource':
    'tidak ada sumber yang menjawab dengan alamat untuk {families, select, v4 {IPv4} v6 {IPv6} other {IPv4 dan IPv6}}',
  'reason.outage.noSourceAny': 'tidak ada sumber yang menjawab dengan alamat',

  // The dashboard's insight (renderer/src/pages/insight-view.ts, dashboard-insight.tsx).
  'web.insight.result.unchanged': 'ok, alamat tidak berubah',
  'web.insight.result.confirmed': 'ok, alamat dikonfirmasi',
  'web.insight.result.changed': 'alamat berubah',
  'web.insight.result.uncertain': 'tidak pasti: sumber tidak sepakat',
  'web.insight.result.unavailable': 'gagal: tidak ada sumber yang menjawab',
  'web.insight.result.disabled': 'dinonaktifkan',
  'web.insight.beat.ok': 'ok',
  'web.insight.beat.changed': 'berubah',
  'web.insight.beat.uncertain': 'tidak pasti',
  'web.insight.beat.failed': 'gagal',
  'web.insight.beat.off': 'mati',
  'web.insight.noChecks': 'belum ada cek',
  'web.insight.count': '{count} {kind}',
  'web.insight.uptime': 'Uptime',
  'web.insight.uptimeCovers':
    'Dari waktu yang dipantau, sejak cek pertama; selama pemantauan berhenti atau dijeda, atau tidak ada sumber yang disiapkan, tidak ada yang dihitung.',
  'web.insight.held': 'Lama sebuah alamat dipakai',
  'web.insight.heldFamily': 'IPv{family}, rata-rata',
  'web.insight.heldNone': 'belum ada perubahan',
  'web.insight.heldMean': '{mean} ({addresses, plural, other {# alamat}})',
  'web.insight.heldCovers': 'Dari saat tiap alamat pertama terlihat hingga alamat berikutnya.',
  'web.insight.recent': 'Cek terakhir',
  'web.insight.noChecksYet': 'Belum ada cek: "Cek sekarang" di atas menjalankan satu.',
  'web.insight.strip': 'IPv{family}, {count} cek terakhir: {summary}',
  'web.insight.beatTitle': '{time}: {result}',
  'web.insight.legend': 'Arti tanda-tanda',
  'web.insight.outages': 'Gangguan',
  'web.insight.noOutage': 'Tidak ada gangguan tercatat.',
  'web.insight.outagesScrollable': 'Gangguan, dapat digulir',
  'web.insight.latestOutages': 'Gangguan terbaru',
  'web.insight.start': 'Mulai',
  'web.insight.end': 'Selesai',
  'web.insight.duration': 'Durasi',
  'web.insight.cause': 'Penyebab',
  'web.insight.goingOn': 'masih berlangsung',
  'web.insight.latestOf': '{shown} terbaru dari {total}; ekspor di halaman Riwayat memuat semuanya.',
} as const satisfies Area<typeof source>;
