/**
 * The data IPWatch ships for the network identity and the credit each licence asks for
 * (docs/identity.md), in Settings' Network identity and About. The credit is the same component the
 * dashboard and the history show.
 */
import { IdentityCredit, useOnlineSource } from '../components/IdentityCredit';

/** `onIdentityPage`: shown under Network identity's own fields, so it names them as "above", not by the page's name. */
export function DataCredits({ onIdentityPage = false }: { onIdentityPage?: boolean }) {
  const online = useOnlineSource();
  return (
    <>
      <p>
        Beside each address, the network and country come from databases shipped with IPWatch; no request leaves this
        machine for them unless an online service is set up {onIdentityPage ? 'above' : 'under Network identity'}.
      </p>
      <p>
        <IdentityCredit online={online} />
      </p>
      <p className="muted small">The VPN and hosting networks: X4BNet&apos;s lists_vpn (MIT).</p>
    </>
  );
}
