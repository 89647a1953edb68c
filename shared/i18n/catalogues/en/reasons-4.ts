/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): what a DNS record's
 * authoritative servers answered (a drift, a propagation that failed or lagged), another program
 * writing the record, and the providers' own answers (dyndns2's return codes, rfc2136's RCODEs,
 * Cloudflare's refusal). `answers` is the servers' answers as facts (shared/words/server-answers.ts
 * words each server's line: the `reason.ddns.answer.*` messages, joined with "; "); `dnsError` a
 * resolver's raw error, said in a line; `label` the record as its provider names it; `server` a
 * server as "ns1.example.org (192.0.2.53)" or "192.0.2.53:53"; `said` a provider's own words;
 * `errorLine` a provider's request's raw error, said in a line about `url`, the provider's origin.
 */
export const reasons4 = {
  'reason.ddns.answer.holds': '{server} ({address}) answers {addresses}',
  'reason.ddns.answer.noRecord': '{server} ({address}) answers no record',
  'reason.ddns.answer.failed': '{server} ({address}): {error}',
  'reason.ddns.answer.silent': '{server} ({address}): no answer',

  'reason.ddns.noneAnswered': 'no authoritative server answered: {answers}',
  'reason.ddns.notInStep': 'not in step {seconds} s after the update: {answers}',
  'reason.ddns.someSilent': '{answers}',
  'reason.ddns.drifted': 'drifted from {want}: {answers}',
  'reason.ddns.apiHoldsServersNot': 'the provider holds {want} but its servers do not: {answers}',
  'reason.ddns.zoneNotFound': "the zone's authoritative servers were not found: {inner}",
  'reason.ddns.nsQuery': "asking for {zone}'s NS: {dnsError}",
  'reason.ddns.dnsError': '{dnsError}',
  'reason.ddns.anotherWriter':
    "another program also updates this record (ddns-updater?): it was changed behind IPWatch's back twice within an hour (now {answers}). Stop the other program or remove this record from it, then edit this record here to start again",

  'reason.ddns.dyndns2':
    '{label}: {code, select, badauth {the username and password do not match} donator {the update needs a paid account} notfqdn {the host name is not a full domain name} nohost {the host name is not in this account} numhost {too many hosts, or a round robin} abuse {the host is blocked for abuse} badagent {the provider refuses this client} other {the provider has a problem}} ({said})',
  'reason.ddns.dyndns2Unknown':
    "{label}: {empty, select, yes {an empty answer} other {an answer that is none of the protocol's return codes}} (a proxy's page or a cut answer?)",

  'reason.ddns.rcode':
    '{rcode, select, NOTAUTH {{server} is not authoritative for {zone} (NOTAUTH)} REFUSED {{server} refused the update (REFUSED): does its ACL allow key {key} to update {zone}?} NOTZONE {{name} is not in the zone {zone} (NOTZONE)} NOTIMP {{server} does not accept dynamic updates (NOTIMP)} FORMERR {{server} could not read the update (FORMERR)} SERVFAIL {{server} failed to apply the update (SERVFAIL)} other {{server} answered {rcode}}}',
  'reason.ddns.unsigned': '{inner}, unsigned',
  'reason.ddns.tsigRefused':
    '{server} refused the TSIG key: {rcode}/{tsigError}; check the key name ({key}) and its secret',
  'reason.ddns.badTime': '{server} refused the time of the signature ({rcode}/BADTIME): {inner}',
  'reason.ddns.clock':
    "{clock, select, ahead {this machine's clock is {seconds} s off (ahead of the server's)} behind {this machine's clock is {seconds} s off (behind the server's)} other {this machine's clock is off from the server's by more than the 300 s it allows}}",
  'reason.ddns.noAnswerFrom': '{server}: no answer ({said})',
  'reason.ddns.noAnswer': '{label}: no answer. {errorLine}',
  'reason.ddns.malformed': '{server}: a malformed answer ({said})',
  'reason.ddns.cloudflareRefused': '{label}: Cloudflare refused the request: {said}',
  'reason.ddns.cloudflare':
    "{label}: {what, select, notJson {an answer that is not JSON} notApi {an answer that is not Cloudflare's API (no success field)} noResult {Cloudflare said success but sent no usable result; trying again} noReason {Cloudflare refused the request: it gave no reason} noZone {no zone {zone} (or the token may not read it)} noRecord {no such record: create it once in Cloudflare} other {{count} such records, IPWatch keeps one}}",
  'reason.ddns.desec':
    '{label}: {what, select, notGood {an answer the API does not give (not "good")} empty {an empty answer} readRefused {deSEC lets this token update the record but not read it, so Test cannot check it; updates are sent as before} noDomains {no domains at {base}: is the REST API address right?} noDomain {no domain of this token\'s account holds {hostname}} domainsNotJson {the list of domains is not what the API gives} other {the RRset is not what the API gives}}',
  'reason.ddns.desecReadRefusedSaid':
    '{label}: deSEC lets this token update the record but not read it, so Test cannot check it; updates are sent as before (deSEC said: {said})',
} as const;
