/**
 * Who and where beside an address: "AS3320 Deutsche Telekom AG, DE", and a warning badge when
 * the address is a VPN service's or a hosting or cloud network's, in the words of
 * shared/network-identity.ts. Takes a family status's `identity`; nothing is rendered when it is
 * unknown, so a server older than the identity shows nothing.
 */
import { flagWords, formatIdentity, type NetworkIdentity as Identity } from '../../../shared/network-identity';
import { useTranslator } from '../i18n/I18n';
import { Badge } from './Badge';

const REASON: Record<NonNullable<Identity['vpn']>, string> = {
  'vpn-asn': "the address belongs to a VPN provider's network",
  'hosting-asn': 'the address belongs to a hosting, cloud or CDN network',
  warp: "Cloudflare's trace says the connection goes through WARP",
};

export function NetworkIdentity({ identity }: { identity: Identity | null | undefined }) {
  const words = useTranslator();
  if (!identity) return null;
  const text = formatIdentity({ ...identity, vpn: null }, words);
  const flag = flagWords(identity.vpn, words);
  if (!text && !flag) return null;
  return (
    <span className="network-identity">
      {text && <span title={identity.asn !== null ? `autonomous system ${identity.asn}` : undefined}>{text}</span>}
      {flag && identity.vpn && (
        <>
          {' '}
          <Badge tone="warn" label={`${flag}: ${REASON[identity.vpn]}`}>
            {flag}
          </Badge>
        </>
      )}
    </span>
  );
}
