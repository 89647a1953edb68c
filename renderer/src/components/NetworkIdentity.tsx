/**
 * Who and where beside an address: "AS3320 Deutsche Telekom AG, DE", and a warning badge when
 * the address is a VPN service's or a hosting or cloud network's, in the words of
 * shared/network-identity.ts. Takes a family status's `identity`; nothing is rendered when it is
 * unknown, so a server older than the identity shows nothing.
 */
import type { MessageId } from '../../../shared/i18n/translator';
import { flagWords, formatIdentity, type NetworkIdentity as Identity } from '../../../shared/network-identity';
import { useTranslator } from '../i18n/I18n';
import { Badge } from './Badge';

const REASON: Record<NonNullable<Identity['vpn']>, MessageId> = {
  'vpn-asn': 'web.identity.reason.vpn',
  'hosting-asn': 'web.identity.reason.hosting',
  warp: 'web.identity.reason.warp',
};

export function NetworkIdentity({ identity }: { identity: Identity | null | undefined }) {
  const words = useTranslator();
  const { t } = words;
  if (!identity) return null;
  const text = formatIdentity({ ...identity, vpn: null }, words);
  const flag = flagWords(identity.vpn, words);
  if (!text && !flag) return null;
  return (
    <span className="network-identity">
      {text && (
        <span title={identity.asn !== null ? t('web.identity.as', { asn: identity.asn }) : undefined}>{text}</span>
      )}
      {flag && identity.vpn && (
        <>
          {' '}
          <Badge tone="warn" label={t('web.identity.flagged', { flag, reason: t(REASON[identity.vpn]) })}>
            {flag}
          </Badge>
        </>
      )}
    </span>
  );
}
