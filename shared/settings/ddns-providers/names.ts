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
  porkbun: 'Porkbun',
  dynv6: 'dynv6',
  freedns: 'FreeDNS (afraid.org)',
  njalla: 'Njalla',
  goip: 'GoIP (goip.de)',
};
