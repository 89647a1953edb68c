/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): why a dynamic DNS record
 * waits, stopped or failed (kept with its job, so a restart says it again in any language), and an
 * outage's cause (`families`: v4, v6 or both). `label` is the record as its provider names it ("Cloudflare home.example.org
 * A"), `said` a provider's own words, `statusName` the HTTP status as the protocol names it.
 */
export const reasons3 = {
  'reason.ddns.off': 'switched off in the settings',
  'reason.ddns.noAddressYet': 'waiting for a confirmed address',
  'reason.ddns.providerWait': 'waiting for the time the provider asked for',
  'reason.ddns.tryingAgain': 'trying again',
  'reason.ddns.noReason': 'no reason was given',
  'reason.ddns.stopped': 'stopped',
  'reason.ddns.noRoute': 'no authoritative server can be reached from here (no route): {servers}',
  'reason.ddns.noRouteNone': 'no authoritative server can be reached from here (no route): none found',
  'reason.ddns.proxied': 'proxied by Cloudflare; the record holds {address}',
  'reason.ddns.http':
    "{label} {meaning, select, credentials {refused the credentials} timeout {gave up waiting for the request} tooEarly {asks to be asked again later} rateLimited {asks to slow down (rate-limited)} server {failed on its side} request {refuses the request as set: check the record's settings} other {gave an answer its API does not give}} ({statusName})",
  'reason.ddns.httpSaid':
    "{label} {meaning, select, credentials {refused the credentials} timeout {gave up waiting for the request} tooEarly {asks to be asked again later} rateLimited {asks to slow down (rate-limited)} server {failed on its side} request {refuses the request as set: check the record's settings} other {gave an answer its API does not give}}: {said} ({statusName})",
  'reason.ddns.duckdnsKo': '{label}: KO (the token or the domain is wrong)',

  'reason.outage.noSource':
    'no source answered with an address for {families, select, v4 {IPv4} v6 {IPv6} other {IPv4 and IPv6}}',
  'reason.outage.noSourceAny': 'no source answered with an address',
} as const;
