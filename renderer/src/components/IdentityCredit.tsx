/**
 * The credit the network identity's data asks for, shown wherever its results are: the
 * dashboard's address cards, the history, and Settings' About (docs/identity.md lists where).
 * AS numbers and organisations come from @ip-location-db/asn, mostly DB-IP's IP to ASN Lite,
 * whose CC BY 4.0 licence asks for "IP geolocation by DB-IP" linked to db-ip.com, with RouteViews
 * and the RIRs' statistics; countries come from the RIRs' registration data, not from DB-IP.
 * Given the identities shown, it credits only the parts they show; without, both.
 */
import type { NetworkIdentity } from '../../../shared/network-identity';

export const DBIP_URL = 'https://db-ip.com';

type Shown = readonly (NetworkIdentity | null | undefined)[];

export function IdentityCredit({ identities }: { identities?: Shown }) {
  const network = !identities || identities.some((i) => i && (i.asn !== null || i.org !== null));
  const country = !identities || identities.some((i) => i?.country);
  if (!network && !country) return null;
  return (
    <span className="identity-credit muted small block" data-testid="identity-credit">
      {network && (
        <>
          Networks:{' '}
          <a href={DBIP_URL} target="_blank" rel="noreferrer">
            IP geolocation by DB-IP
          </a>
          , with RouteViews and the RIRs.
        </>
      )}
      {network && country && ' '}
      {country && <>Countries: the RIRs&apos; registration data.</>}
    </span>
  );
}
