/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): a DNS record's last ones.
 * What a provider's API read when the record holds another address (`label` the record as its
 * provider names it; `inner` of the drift and of another writer), DuckDNS's answer that is neither
 * OK nor KO, an rfc2136 answer whose TSIG cannot be believed (`what`, and its facts), dyndns2's
 * return code inside a refused HTTP answer (`said` the code as the provider wrote it) and a TSIG
 * secret that is not base64 (a record that cannot be built).
 */
export const reasons8 = {
  'reason.ddns.holds': '{label} holds {addresses}',
  'reason.ddns.holdsNone': '{label} holds no record',
  'reason.ddns.notOnly': '{name} {type} does not hold only {address}',
  'reason.ddns.driftedApi': 'drifted from {want}: {inner}',
  'reason.ddns.anotherWriterApi':
    "another program also updates this record (ddns-updater?): it was changed behind IPWatch's back twice within an hour (now {inner}). Stop the other program or remove this record from it, then edit this record here to start again",

  'reason.ddns.duckdnsOdd':
    '{label}: {empty, select, yes {an empty answer} other {an answer that is neither OK nor KO}}',

  'reason.ddns.tsigAnswer':
    "{what, select, unsigned {the answer is not signed} classTtl {the answer's TSIG record is not of class ANY with TTL 0 ({tsigClass}, {ttl})} lengths {the answer's TSIG record is malformed: its lengths do not add up to its size} otherKey {the answer is signed with another key ({key}, {algorithm})} mac {the answer's TSIG signature does not verify} other {the answer was signed {seconds} s away from our clock}}",
  'reason.ddns.notBelieved': '{server}: {inner} ({rcode})',
  'reason.ddns.tsigSecret': 'the TSIG secret is not base64',

  'reason.ddns.dyndns2Said':
    '{code, select, badauth {the username and password do not match} donator {the update needs a paid account} notfqdn {the host name is not a full domain name} nohost {the host name is not in this account} numhost {too many hosts, or a round robin} abuse {the host is blocked for abuse} badagent {the provider refuses this client} other {the provider has a problem}} ({said})',
  'reason.ddns.httpSaidInner':
    "{label} {meaning, select, credentials {refused the credentials} timeout {gave up waiting for the request} tooEarly {asks to be asked again later} rateLimited {asks to slow down (rate-limited)} server {failed on its side} request {refuses the request as set: check the record's settings} other {gave an answer its API does not give}}: {inner} ({statusName})",
} as const;
