/**
 * The words for how the dashboard is served (AppStatus's `api`): the certificate line a person
 * compares with what the browser shows, read the same in the tray, the CLI, the log and the
 * pages, and the warning when plain HTTP reaches other machines. Pure.
 */
import type { ApiServingStatus, ServedCertificate } from '../contract/serving';

/** What the fingerprint is of: "Certificate (made by IPWatch) SHA-256", before the fingerprint itself. */
export const certificateLabel = (tls: Pick<ServedCertificate, 'generated'>): string =>
  `${tls.generated ? 'Certificate (made by IPWatch)' : 'Certificate (api.tls)'} SHA-256`;

/** The line a person compares with what the browser shows ("Certificate (…) SHA-256: AB:CD:…"); null without TLS. */
export function certificateLine(s: ApiServingStatus | undefined): string | null {
  if (!s?.tls) return null;
  return `${certificateLabel(s.tls)}: ${s.tls.fingerprint}`;
}

/** The warning the dashboard's header shows in red, and the CLI prints; null when plain HTTP stays on this machine. */
export const PLAIN_HTTP_WORDS = 'Plain HTTP is allowed on the network: the token and the dashboard travel readable';
