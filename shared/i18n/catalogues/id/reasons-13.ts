import type { Area } from '../area';
import type { reasons13 as source } from '../en/reasons-13';

export const reasons13 = {
  'audit.repeated':
    '({verb, select, refused {ditolak} other {masuk}} {times} kali dalam {short, select, yes {kurang dari satu detik} other {{span}}}, masing-masing kurang dari satu menit setelah yang sebelumnya)',
  'reason.audit.tokenSignIn': 'dengan token, dari {from}{here, select, yes { (host ini)} other {}}',
  'reason.audit.tokenGone': 'sesi diakhiri: token {name} ({id}) tidak berlaku lagi; {count, plural, other {{count} sesi browser}}',
} as const satisfies Area<typeof source>;
