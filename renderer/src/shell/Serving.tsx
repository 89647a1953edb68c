/**
 * How the dashboard reaches this browser, from the status's `api` part (contract/serving.ts):
 * the header's red warning while plain HTTP reaches other machines, and the certificate's
 * fingerprint for the first-run page, to compare with what the browser shows. Nothing in the
 * app's window, whose status has no `api` (it serves no port).
 */
import { certificateLine, PLAIN_HTTP_WORDS } from '../../../shared/words/serving';
import { useStatus } from '../api/queries';

/** The header's warning while api.allowPlainHttp lets plain HTTP reach other machines. */
export function PlainHttpWarning() {
  const status = useStatus();
  if (!status.data?.api?.plainHttpOnLan) return null;
  return (
    <strong className="plain-http" role="status">
      {PLAIN_HTTP_WORDS}
    </strong>
  );
}

/** The certificate served on the LAN and what to do with its fingerprint. */
export function CertificateNote() {
  const status = useStatus();
  const line = certificateLine(status.data?.api);
  if (!line) return null;
  return (
    <p className="certificate-note">
      {line}. Compare it with the fingerprint your browser shows for this page (the padlock or the warning, then the
      certificate&apos;s details); if they differ, something between you and this machine answered instead of IPWatch.
    </p>
  );
}
