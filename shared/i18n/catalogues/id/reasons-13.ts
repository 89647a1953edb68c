import type { Area } from '../area';
import type { reasons13 as source } from '../en/reasons-13';

export const reasons13 = {
  'audit.repeated':
    '({verb, select, refused {ditolak} signedOut {keluar} signedOutEverywhere {keluar di semua perangkat} other {masuk}} {times} kali dalam {short, select, yes {kurang dari satu detik} other {{span}}}, masing-masing kurang dari satu menit setelah yang sebelumnya)',
  'reason.audit.tokenSignIn': 'dengan token, dari {from}{here, select, yes { (host ini)} other {}}',
  'reason.audit.tokenGone':
    'sesi diakhiri: token {name} ({id}) {why, select, revoked {dicabut} rotated {diganti} roleChanged {perannya diubah} other {tidak berlaku lagi}}; {count, plural, other {{count} sesi browser}}',
  'reason.audit.viewerChange':
    'pelihat membaca semuanya dan tidak mengubah apa pun: "{method}" adalah perubahan, yang memerlukan admin',
  'reason.audit.viewerAct':
    'pelihat membaca semuanya dan tidak mengubah apa pun: "{method}" mengirim atau memakai permintaan ke luar host ini. Pelihat tidak dapat mengirim tes atau cek: hanya admin yang bisa.',
  'reason.audit.metricsMay':
    'token metrik hanya menjangkau /metrics, /healthz, dan badge: token ini tidak boleh "{method}"; gunakan token pelihat atau admin',
  'reason.audit.metricsNoSession':
    'token metrik hanya menjangkau /metrics, /healthz, dan badge, bukan dasbor: token ini tidak dapat masuk. Kirim sebagai "Authorization: Bearer \'<token>\'" ke /metrics, atau masuk dengan token pelihat atau admin',
} as const satisfies Area<typeof source>;
