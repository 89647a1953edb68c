/**
 * The credit the network identity's data asks for, shown wherever its results are: the
 * dashboard's address cards, the history, and Settings' About (docs/identity.md lists where).
 * AS numbers and organisations come from @ip-location-db/asn, mostly DB-IP's IP to ASN Lite,
 * whose CC BY 4.0 licence asks for "IP geolocation by DB-IP" linked to db-ip.com, with RouteViews
 * and the RIRs' statistics; countries come from the RIRs' registration data, not from DB-IP; and
 * when the online enrichment is on, from the service it asks too, which is then named.
 * Given the identities shown, it credits only the parts they show; without, all.
 */
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

import type { NetworkIdentity } from '../../../shared/network-identity';
import { useSettings } from '../api/queries';
import { useTranslator } from '../i18n/I18n';

export const DBIP_URL = 'https://db-ip.com';

/** The online service the engine asks about addresses, and whether its answers come first. */
export interface OnlineSource {
  name: string;
  first: boolean;
}

/**
 * The service the settings' `identity` has the engine ask, or null when it asks none. Read by
 * hand, not through the settings schema, to keep zod out of the dashboard's first load.
 */
export function onlineSource(identity: unknown): OnlineSource | null {
  if (!identity || typeof identity !== 'object') return null;
  const { provider, ask, url } = identity as Record<string, unknown>;
  if (provider !== 'ipinfo' && provider !== 'ifconfig.co') return null;
  return { name: hostOf(url) ?? (provider === 'ipinfo' ? 'ipinfo.io' : 'ifconfig.co'), first: ask === 'always' };
}

/** A service address's host (a self-hosted echoip), or null. */
function hostOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** The online source from the settings as read (null until they are, or when they cannot be). */
export function useOnlineSource(): OnlineSource | null {
  return onlineSource(useSettings().data?.settings.identity);
}

type Shown = readonly (NetworkIdentity | null | undefined)[];

export function IdentityCredit({ identities, online = null }: { identities?: Shown; online?: OnlineSource | null }) {
  const network = !identities || identities.some((i) => i && (i.asn !== null || i.org !== null));
  const country = !identities || identities.some((i) => i?.country);
  const { t } = useTranslator();
  if (!network && !country) return null;
  return (
    <span className="identity-credit muted small block" data-testid="identity-credit">
      {network && (
        <FormattedMessage
          id="web.identity.creditNetworks"
          values={{
            link: (c: ReactNode) => (
              <a href={DBIP_URL} target="_blank" rel="noreferrer">
                {c}
              </a>
            ),
          }}
        />
      )}
      {network && country && ' '}
      {country && t('web.identity.creditCountries')}
      {online &&
        ` ${t(online.first ? 'web.identity.creditAskedFirst' : 'web.identity.creditFallback', { name: online.name })}`}
    </span>
  );
}
