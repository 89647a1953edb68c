/**
 * Indonesian (en/dashboard.ts). The Dashboard page's address cards and health.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { dashboard as source } from '../en/dashboard';

export const dashboard = {
  // The Dashboard page (renderer/src/pages/Dashboard.tsx, DashboardActions.tsx).
  'web.dash.what.status': 'status',
  'web.dash.what.changes': 'perubahan',
  'web.dash.what.insight': 'uptime dan cek terakhir',
  'web.dash.noChange': 'Belum ada perubahan.',
  'web.dash.recentChanges': 'Perubahan terakhir',
  'web.dash.changeRow': 'IPv{family} · sejak {since} · {note}',
  'web.dash.sources': 'Sumber',
  'web.dash.notifications': 'Notifikasi',
  'web.dash.copyFamily': 'Salin IPv{family}',
  'web.dash.checking': 'Memeriksa…',
  'web.dash.checkNow': 'Cek sekarang',
  'web.dash.resumeMonitoring': 'Lanjutkan pemantauan',
  'web.dash.pauseMonitoring': 'Jeda pemantauan',
  'web.dash.resume': 'Lanjutkan',
  'web.dash.pause': 'Jeda',
  'web.dash.changedWas': 'Berubah {ago}: sebelumnya {was}',
  'web.dash.changedAt': 'IPv{family} berubah pada {time}; alamat lamanya {was}.',
  'web.dash.switchedOff': 'Dinonaktifkan di pengaturan.',
  'web.dash.lastKnown': 'Terakhir diketahui',
  'web.dash.confirmedBefore': '{why}; terakhir dikonfirmasi sebelum cek-cek terakhir.',
  'web.dash.confirmedAt': '{why}; terakhir dikonfirmasi {time} ({ago}).',
  'web.dash.copyAddress': 'Salin alamat IPv{family}',
  'web.dash.heldSince': 'Dipakai sejak',
  'web.dash.for': 'Selama',
  'web.dash.toLastConfirmation': '(hingga konfirmasi terakhir)',
  'web.dash.network': 'Jaringan',
  'web.dash.behindCgnat': 'Di balik CGNAT',
  // `result` is the check's result in shared words, `witness` who vouched for the address (a router's protocol).
  'web.dash.lastCheck': 'Cek terakhir {ago}: {result}, {ms} ms',
  'web.dash.lastCheckVouched':
    'Cek terakhir {ago}: {result}, dijamin oleh {witness} (tanpa permintaan publik), {ms} ms',
  'web.dash.what.moreCards': 'kartu lainnya',
  'web.dash.map.title': 'Peta',
  'web.dash.map.text': 'Tempat alamat publik Anda terdaftar, negara demi negara, selama periode yang Anda pilih.',
  'web.dash.map.open': 'Buka peta',

  // Each family's address (renderer/src/pages/address-view.ts): `result` and `noSource` are shared words.
  'web.address.noAddress': 'Tidak ada alamat ({result}).',
  'web.address.notCheckedYet': 'Belum diperiksa.',
  'web.address.why.notConfirmed': 'belum dikonfirmasi',
  'web.address.why.disagreed': 'cek terakhir tidak dapat mengonfirmasinya: sumber tidak sepakat',
  'web.address.why.noAnswer': 'cek terakhir tidak dapat mengonfirmasinya: tidak ada sumber yang menjawab',
  'web.address.why.off': 'tidak diperiksa: dinonaktifkan',
  'web.address.why.noSource': 'cek terakhir tidak mengirim permintaan: {noSource}',
  'web.address.why.notSinceStart': 'belum diperiksa sejak pemantauan dimulai',
  'web.address.noFormer': 'tidak ada alamat sebelumnya yang tercatat, bukan perubahan',
  'web.address.firstSeen': 'alamat pertama yang terlihat, bukan perubahan',
  'web.address.was': 'sebelumnya {address}',
  'web.address.noChangeRecorded': 'tidak ada perubahan tercatat',

  'web.health.badge': 'Pemantauan: {health}',
  'web.health.since': 'Sejak {time} ({ago}).',
} as const satisfies Area<typeof source>;
