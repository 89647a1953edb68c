/**
 * The data IPWatch ships for the network identity and the credit each licence asks for
 * (docs/identity.md), in Settings' Network identity and About. The credit is the same component the
 * dashboard and the history show.
 */
import { useIntl } from 'react-intl';

import { IdentityCredit, useOnlineSource } from '../components/IdentityCredit';

/** `onIdentityPage`: shown under Network identity's own fields, so it names them as "above", not by the page's name. */
export function DataCredits({ onIdentityPage = false }: { onIdentityPage?: boolean }) {
  const online = useOnlineSource();
  const t = useIntl().formatMessage;
  return (
    <>
      <p>{t({ id: 'settings.credits.shipped' }, { where: onIdentityPage ? 'above' : 'elsewhere' })}</p>
      <p>
        <IdentityCredit online={online} />
      </p>
      <p className="muted small">{t({ id: 'settings.credits.vpn' })}</p>
    </>
  );
}
