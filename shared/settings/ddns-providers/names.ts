/**
 * Each DNS provider's name, the same in every language, as the dashboard and the rows say it.
 * Apart from the providers' files (a name is all a page outside Settings needs, and the files
 * bring the schemas and their words with them); each file's `label` is its name here
 * (tests/shared/settings/ddns-providers.test.ts). Pure.
 */
export const DDNS_PROVIDER_NAMES: Readonly<Record<string, string>> = {
  rfc2136: 'RFC 2136',
  cloudflare: 'Cloudflare',
  dyndns2: 'dyndns2',
  duckdns: 'DuckDNS',
  desec: 'deSEC',
  allinkl: 'ALL-INKL',
  changeip: 'ChangeIP',
  cloudns: 'ClouDNS',
  custom: 'Custom HTTP',
  digitalocean: 'DigitalOcean',
  dnsomatic: 'DNS-O-Matic',
  dyn: 'Dyn',
  dynu: 'Dynu',
  dynv6: 'dynv6',
  freedns: 'FreeDNS',
  gigahostno: 'Gigahost',
  goip: 'GoIP (goip.de)',
  he: 'Hurricane Electric',
  hetznercloud: 'Hetzner Cloud DNS',
  infomaniak: 'Infomaniak',
  inwx: 'INWX',
  ionos: 'IONOS',
  loopia: 'Loopia',
  namecom: 'Name.com',
  njalla: 'Njalla',
  noip: 'No-IP',
  nowdns: 'Now-DNS',
  opendns: 'OpenDNS',
  ovh: 'OVHcloud',
  porkbun: 'Porkbun',
  route53: 'Amazon Route 53',
  selfhostde: 'selfHOST',
  spaceship: 'Spaceship',
  spdyn: 'Securepoint DynDNS (spdyn)',
  strato: 'Strato',
  godaddy: 'GoDaddy',
};
