/**
 * How the dashboard reaches this browser, from the status's `api` part (contract/serving.ts):
 * the header's red warning while plain HTTP reaches other machines, and the certificate's
 * fingerprint for the first-run page, to compare with what the browser shows. Nothing in the
 * app's window, whose status has no `api` (it serves no port).
 */
import { Fragment, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

import { certificateLabel, plainHttpWords } from '../../../shared/words/serving';
import { useStatus } from '../api/queries';
import { useTranslator } from '../i18n/I18n';

/** The header's warning while api.allowPlainHttp lets plain HTTP reach other machines. */
export function PlainHttpWarning() {
  const status = useStatus();
  const words = useTranslator();
  if (!status.data?.api?.plainHttpOnLan) return null;
  return (
    <strong className="plain-http" role="status">
      {plainHttpWords(words)}
    </strong>
  );
}

/**
 * The certificate served on the LAN and what to do with its fingerprint: the fingerprint on a
 * line of its own, in a fixed-width font, broken only between its pairs (a pair split over two
 * lines is misread when compared). The page itself cannot vouch for it (whoever answered in
 * IPWatch's place could show their own), so the words send the person to the host's own word too.
 */
export function CertificateNote() {
  const status = useStatus();
  const tls = status.data?.api?.tls;
  const words = useTranslator();
  const { t } = words;
  if (!tls) return null;
  const pairs = tls.fingerprint.split(':');
  return (
    <section className="certificate-note" aria-label={t('web.serving.certificate')}>
      <p>{certificateLabel(tls, words)}:</p>
      <p className="fingerprint" data-testid="fingerprint">
        {pairs.map((pair, i) => (
          <Fragment key={i}>
            {i < pairs.length - 1 ? `${pair}:` : pair}
            {i < pairs.length - 1 && <wbr />}
          </Fragment>
        ))}
      </p>
      <p>
        <FormattedMessage id="web.serving.compare" values={{ code: (c: ReactNode) => <code>{c}</code> }} />
      </p>
    </section>
  );
}
