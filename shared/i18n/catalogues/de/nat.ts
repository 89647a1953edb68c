import type { Area } from '../area';
import type { nat as source } from '../en/nat';

export const nat = {
  'nat.label.direct': 'Direkt',
  'nat.label.nat': 'Hinter Ihrem Router (NAT)',
  'nat.label.doubleNat': 'Doppeltes NAT',
  'nat.label.cgnat': 'Carrier-Grade-NAT',
  'nat.label.vpn': 'Über ein VPN oder eine andere Route',
  'nat.label.unknown': 'Unbekannt',
  'nat.detail.direct':
    'Dieser Rechner hat die öffentliche Adresse selbst: nichts freizugeben, nur seine Firewall entscheidet.',
  'nat.detail.nat':
    'Ein NAT, das Ihres Routers: geben Sie am Router einen Port frei, um diesen Rechner von außen zu erreichen.',
  'nat.detail.doubleNat':
    'Die externe Adresse Ihres Routers ist privat: ein weiterer Router oder ein Modem sitzt davor. Geben Sie den Port an beiden frei oder schalten Sie das erste Gerät in den Bridge-Modus.',
  'nat.detail.cgnat':
    'Ihr Anbieter teilt die öffentliche Adresse zwischen Kunden (CGNAT): keine Portfreigabe erreicht diesen Rechner. Fragen Sie den Anbieter nach einer öffentlichen IPv4-Adresse oder nutzen Sie IPv6 oder einen Tunnel.',
  'nat.detail.vpn':
    'Der Verkehr ins Internet läuft über ein VPN, einen Proxy oder eine andere Route, nicht über die öffentliche Adresse Ihres Routers: eine Portfreigabe am Router erreicht diesen Rechner so nicht. Geben Sie den Port dort frei, wo der Verkehr hinausgeht (manche VPN-Anbieter bieten das an), oder lassen Sie diesen Dienst am VPN vorbeilaufen.',
  'nat.detail.unknown':
    'Der Router hat seine externe Adresse nicht gemeldet (NAT-PMP, PCP und UPnP sind dort aus oder fehlen).',
  'nat.title.direct': 'Jetzt direkte Verbindung (kein NAT)',
  'nat.title.nat': 'Jetzt hinter Ihrem Router (NAT)',
  'nat.title.doubleNat': 'Jetzt hinter doppeltem NAT',
  'nat.title.cgnat': 'Jetzt hinter Carrier-Grade-NAT',
  'nat.title.vpn': 'Jetzt über ein VPN oder eine andere Route',
  'nat.title.unknown': 'NAT nicht mehr bekannt',
  'nat.summary.cgnat':
    'Ihr Anbieter hat Sie hinter Carrier-Grade-NAT (CGNAT) verlegt: Portfreigaben aus dem Internet funktionieren nicht mehr.',
  'nat.summary.vpn':
    'Der Verkehr ins Internet läuft jetzt über ein VPN oder eine andere Route, nicht über die Adresse Ihres Routers: eine Portfreigabe am Router erreicht diesen Rechner so nicht.',
  'nat.summary.doubleNatFromCgnat':
    'Sie sind aus dem Carrier-Grade-NAT heraus, aber ein weiterer Router oder ein Modem sitzt vor Ihrem (doppeltes NAT): geben Sie den Port an beiden frei oder schalten Sie das erste Gerät in den Bridge-Modus.',
  'nat.summary.doubleNat':
    'Ein weiterer Router oder ein Modem sitzt jetzt vor Ihrem (doppeltes NAT): eine Portfreigabe nur an Ihrem Router erreicht diesen Rechner nicht mehr.',
  'nat.summary.natFromCgnat':
    'Sie sind aus dem Carrier-Grade-NAT heraus: Ihr Router hat wieder eine öffentliche Adresse, eine Portfreigabe daran erreicht also diesen Rechner.',
  'nat.summary.natFromDoubleNat':
    'Das zweite NAT vor Ihrem Router ist weg: eine Portfreigabe an Ihrem Router erreicht diesen Rechner wieder.',
  'nat.summary.natFromVpn':
    'Der Verkehr läuft wieder über Ihren Router, nicht über ein VPN oder eine andere Route: eine Portfreigabe am Router erreicht diesen Rechner.',
  'nat.summary.nat':
    'Dieser Rechner hat die öffentliche Adresse nicht mehr selbst, Ihr Router hat sie: geben Sie am Router einen Port frei, um ihn zu erreichen.',
  'nat.summary.direct':
    'Dieser Rechner hat die öffentliche Adresse jetzt selbst: kein NAT dazwischen, nur seine Firewall entscheidet, was erreichbar ist.',
  'nat.summary.unknown':
    'Der Router meldet seine externe Adresse nicht mehr: das NAT vor diesem Rechner ist nicht bekannt.',
} satisfies Area<typeof source>;
