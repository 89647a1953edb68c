/**
 * DNS records: their states, lines, reasons, editor and TSIG key.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const ddns = {
  // A dynamic DNS record's state (shared/words/ddns.ts).
  'ddns.state.inStep': 'in step',
  'ddns.state.updating': 'updating',
  'ddns.state.propagating': 'propagating',
  'ddns.state.waiting': 'waiting to retry',
  'ddns.state.stopped': 'switched off',
  'ddns.state.failed': 'failed',
  'ddns.state.off': 'off',
  // A DNS record's change of state on one line (shared/words/ddns-event.ts): Activity, the runner's lines.
  'ddns.event.state': '{name} {type}: {state}',
  'ddns.event.stateWhy': '{name} {type}: {state} ({why})',
  'ddns.event.inStepAgain': '{name} {type}: in step again (it was {from})',
  'ddns.event.inStepAgainAfter': '{name} {type}: in step again after {duration} (it was {from})',
  // A dynamic DNS record on one line (shared/words/ddns.ts): the tray, the bot's /status, the runner.
  'ddns.line.head': '{name} {type}: {state}',
  'ddns.line.at': ' at {address}',
  'ddns.line.to': ' to {address}',
  'ddns.line.took': ' (in step {took} after the update)',
  'ddns.line.waitingFor': ', waiting for {servers}',
  'ddns.line.notAsked': '; not asked from here: {servers}',
  'ddns.line.retryAt': ' at {time}',

  // Dynamic DNS records (ddns/).
  'editors.ddns.records': 'DNS records',
  'editors.ddns.record': 'DNS record',
  'editors.ddns.newRecord': 'New record',
  'editors.ddns.empty': 'No records: no host name is kept pointing here.',
  'editors.ddns.adderKind': 'Provider of the new record',
  'editors.ddns.add': 'Add a record',
  'editors.ddns.provider': 'DNS provider',
  'editors.ddns.find': 'Find a provider',
  'editors.ddns.popular': 'Most used',
  'editors.ddns.more': 'More providers, A to Z',
  'editors.ddns.found': '{count, plural, one {# provider found} other {# providers found}}',
  'editors.ddns.noneFound': 'No provider is named “{query}”. Custom HTTP calls any update address.',
  'editors.ddns.keyAt': 'Get the key or password at {site}',
  'editors.ddns.testThis': 'Test this record',
  'editors.ddns.rowType': '{provider} · {type}',
  'editors.ddns.lastPropagated': '{state} · last propagated in {took}',
  'editors.ddns.waitingFor': '{state} (waiting for {servers})',
  'editors.ddns.servers': '{first}, {second} and {third}',
  'editors.ddns.serversTwo': '{first} and {second}',
  'editors.ddns.serversMore': '{first}, {second} and {more} more',
  'editors.ddns.ms': '{n} ms',
  'editors.ddns.s': '{n} s',
  'editors.ddns.min': '{min} min',
  'editors.ddns.minS': '{min} min {s} s',
  'editors.ddns.holds': 'Works: the record already points at this address.',
  'editors.ddns.willSet': 'Works: the record will be set to this address once you save.',
  'editors.ddns.accepted': 'Works: the provider accepted the credentials.',
  'editors.ddns.tested': '{head}{detail} ({ms} ms)',
  'editors.ddns.stopped': 'Switched off: {why}',
  'editors.ddns.noReason': 'no reason was given: see the log',
  'editors.ddns.tryAgain': 'Try again',
  'editors.ddns.trying': 'Trying…',
  'editors.ddns.couldNotRetry': 'Could not try again:',
  'editors.ddns.stable': 'stable',
  'editors.ddns.rfc2136': 'RFC 2136 (your own server)',
  'editors.ddns.rfc2136.blurb':
    'A signed dynamic update (TSIG) straight to your primary server: BIND, Knot or PowerDNS.',
  'editors.ddns.cloudflare': 'Cloudflare',
  'editors.ddns.cloudflare.blurb':
    'Looks the record up and changes only its address; proxied and TTL stay as you set them.',
  'editors.ddns.dyndns2': 'dyndns2 (No-IP, Dyn, Dynu…)',
  'editors.ddns.dyndns2.blurb':
    "The update protocol most DDNS services speak: the service's update server, your account and host name.",
  'editors.ddns.duckdns': 'DuckDNS',
  'editors.ddns.plugin.blurb':
    'A DNS provider of your own: a program named by its manifest in the plugins folder keeps the record (docs/plugins.md).',
  'editors.ddns.duckdns.blurb': 'A free name under duckdns.org, kept with the token from your DuckDNS page.',
  'editors.ddns.noip.blurb': 'A free or paid host name at No-IP (ddnsfree.com, hopto.org…), with your No-IP account.',
  'editors.ddns.dynu.blurb': 'A host name at Dynu, with your Dynu user name and password (or its IP update password).',
  'editors.ddns.dyn.blurb':
    'A host name at Dyn (Oracle), with your user name and the updater client key from your account.',
  'editors.ddns.strato.blurb':
    'A domain at Strato with DynDNS switched on; it logs in with the domain and its DynDNS password.',
  'editors.ddns.he.blurb':
    "A record at Hurricane Electric's free DNS marked for dynamic DNS, with the key made for it.",
  'editors.ddns.dnsomatic.blurb':
    'DNS-O-Matic passes the address on to every service you set up there, with your account.',
  'editors.ddns.opendns.blurb':
    "Tells OpenDNS your network's address; the host name is the network's label in the dashboard.",
  'editors.ddns.infomaniak.blurb': 'A domain at Infomaniak, with the DynDNS user made for it in the Manager.',
  'editors.ddns.inwx.blurb': 'A domain at INWX, with a DynDNS account made for it in the INWX web interface.',
  'editors.ddns.loopia.blurb': 'A domain at Loopia, with your Loopia account or a DynDNS login made for it.',
  'editors.ddns.selfhostde.blurb': "A host name at selfHOST, with the DynDNS account's user name and password.",
  'editors.ddns.spdyn.blurb':
    'A host name at Securepoint DynDNS: your account, or the host name with its update token.',
  'editors.ddns.changeip.blurb': 'A host name at ChangeIP, with your ChangeIP account.',
  'editors.ddns.gigahostno.blurb': 'A domain at Gigahost, with the e-mail and password you log in with.',
  'editors.ddns.allinkl.blurb': 'A domain at ALL-INKL, with the DynDNS user (dyn…) made for it in the KAS.',
  'editors.ddns.nowdns.blurb': 'A free host name at Now-DNS, with the e-mail and password of your account.',
  'editors.ddns.ionos.blurb':
    'A domain at IONOS, with a key from its developer portal (prefix.secret); the record is made when missing.',
  'editors.ddns.hetznercloud.blurb':
    "A zone in Hetzner's Cloud Console (DNS), with a Read & Write API token of its project; the record is made when missing.",
  'editors.ddns.digitalocean.blurb':
    "A domain in DigitalOcean's Networking, with a personal access token that may write; the record is made when missing.",
  'editors.ddns.cloudns.blurb':
    'A zone at ClouDNS (a paid plan) and an API user from its API settings; the record is made when missing.',
  'editors.ddns.spaceship.blurb':
    'A domain at Spaceship and a key with its secret from the API Manager (DNS records read and write).',
  'editors.ddns.namecom.blurb':
    'A domain at Name.com, with your user name and an API token; the record is made when missing.',
  'editors.ddns.custom.blurb':
    'Any other update API: a URL, headers and a body holding the address and the record; secrets kept as references.',
  'editors.ddns.porkbun.blurb':
    'A domain registered at Porkbun, with API ACCESS switched on for it; the record is made when missing.',
  'editors.ddns.goip.blurb':
    "A free name under goip.de or goip.it, kept with the router account's user name and password.",
  'editors.ddns.njalla.blurb': "A dynamic record at Njalla, kept with the key shown in that record's settings.",
  'editors.ddns.freedns.blurb':
    'A name at freedns.afraid.org, kept with the update token of its Dynamic DNS v2 address; one token a record.',
  'editors.ddns.dynv6.blurb':
    'A free zone at dynv6 (myhome.dynv6.net) or your own, kept with an HTTP token from its Keys page.',
  'editors.ddns.route53.blurb':
    'A hosted zone at Amazon Route 53, with an IAM key that may list and change its record sets; made when missing.',
  'editors.ddns.ovh.blurb':
    'A zone at OVHcloud, through its API with an application key, its secret and a consumer key; made when missing.',
  'editors.ddns.godaddy.blurb':
    'A domain at GoDaddy, with a Production API key and its secret (GoDaddy opens the API only to some accounts); made when missing.',
  'editors.ddns.gandi.blurb':
    'A domain at Gandi (LiveDNS), with a personal access token that may manage its technical configuration; made when missing.',
  'editors.ddns.hetzner.blurb':
    "A zone in Hetzner's DNS Console, with an API token from its settings; Hetzner is moving zones to Hetzner Cloud, where Hetzner Cloud DNS keeps them; made when missing.",
  'editors.ddns.bunny.blurb':
    "A DNS zone at bunny.net, with the account's API key from Account settings; made when missing.",
  'editors.ddns.hostinger.blurb':
    'A domain whose DNS Hostinger serves, with an API token made in hPanel; made when missing.',
  'editors.ddns.linode.blurb':
    'A domain at Linode (Akamai Cloud), with a personal access token whose Domains access is Read/Write; made when missing.',
  'editors.ddns.luadns.blurb':
    "A zone at LuaDNS, with the account's email and an API key (the API switched on); made when missing.",
  'editors.ddns.namesilo.blurb':
    'A domain registered at NameSilo, with an API key that is not read-only; made when missing.',
  'editors.ddns.scaleway.blurb':
    "A DNS zone at Scaleway, with an API key's secret key that may edit its records; made when missing.",
  'editors.ddns.aliyun.blurb':
    "A domain at Alibaba Cloud DNS (Aliyun), with a RAM user's AccessKey ID and secret allowed to change its records; made when missing.",
  'editors.ddns.dnspod.blurb':
    'A domain at DNSPod, with an API token made in its console (the ID and the token); made when missing.',
  'editors.ddns.tencentcloud.blurb':
    "A domain at Tencent Cloud DNSPod (API 3.0), with an API key's SecretId and SecretKey allowed to change its records; made when missing.",
  'editors.ddns.aliesa.blurb':
    "A website on Alibaba Cloud ESA (Edge Security Acceleration), whose DNS it serves, with a RAM user's AccessKey ID and secret allowed to change its records; made when missing.",
  'editors.ddns.baiducloud.blurb':
    'A domain whose DNS Baidu AI Cloud serves, with an Access Key ID and Secret Access Key allowed to change its records; made when missing.',
  'editors.ddns.netcup.blurb':
    'A domain whose DNS netcup serves, with the customer number, an API key and the API password from the customer control panel; made when missing.',
  'editors.ddns.dondominio.blurb':
    'A domain whose DNS DonDominio serves, with your user name and the DonDNS key from My Account; the record must already be in the DNS zone.',
  'editors.ddns.dynadot.blurb':
    "A domain registered at Dynadot with Dynamic DNS turned on, kept with that domain's Dynamic DNS password; made when missing.",
  'editors.ddns.vultr.blurb':
    'A domain whose DNS Vultr serves, with a personal API key that allows this address; made when missing.',
  'editors.ddns.servercow.blurb':
    'A domain whose DNS Servercow serves, with the name and password of a DNS API user; made when missing.',
  'editors.ddns.gcp.blurb':
    "A managed zone in Google Cloud DNS, with a service account's JSON key (the account allowed to change the zone's records); made when missing.",
  'editors.ddns.nsone.blurb':
    'A zone at NS1 (IBM NS1 Connect), with an API key allowed to manage its records; made when missing.',
  'editors.ddns.gcore.blurb':
    'A zone at Gcore DNS, with a permanent API token allowed to change its records; made when missing.',
  'editors.ddns.huaweicloud.blurb':
    'A public zone at Huawei Cloud DNS, with the Access Key ID (AK) and Secret Access Key (SK) of an IAM user allowed to change its record sets; made when missing.',
  'editors.ddns.edgeone.blurb':
    "A domain whose DNS Tencent Cloud EdgeOne serves, with an API key's SecretId and SecretKey allowed to change its DNS records; made when missing.",
  'editors.ddns.dnsla.blurb':
    'A domain whose DNS DNS.LA serves, with the API ID and API secret from the DNS.LA console; made when missing.',
  'editors.ddns.rainyun.blurb':
    "A domain whose DNS Rainyun (雨云) serves, with the domain's ID and an API key from the Rainyun console; made when missing.",
  'editors.ddns.nowcn.blurb':
    'A domain whose DNS Now.cn (时代互联) serves, with an AccessInstanceID and its secret for the API; made when missing.',
  'editors.ddns.eranet.blurb':
    'A domain whose DNS Eranet serves, with an AccessInstanceID and its secret for the API; made when missing.',
  'editors.ddns.tnethk.blurb':
    'A domain whose DNS Tnet.hk serves, with an AccessInstanceID and its secret for the API; made when missing.',
  'editors.ddns.hipmdnsmgr.blurb':
    'A domain managed in your own HiPM DNSMgr, with its address and an API token made in it; made when missing.',
  'editors.ddns.desec': 'deSEC',
  'editors.ddns.desec.blurb':
    'A name at deSEC (dedyn.io or your own domain there), updated with a token that may change it.',
  'editors.ddns.dreamhost.blurb':
    'A name in a domain at DreamHost, with an API key that may list, add and remove DNS records; made when missing.',
  'editors.ddns.variomedia.blurb':
    "A domain at Variomedia, with the account's e-mail and the password of its DNS settings.",
  'editors.ddns.domeneshop.blurb':
    'A name in a domain at Domeneshop, with an API token and its secret; made when missing.',
  'editors.ddns.zoneedit.blurb':
    "A name in a zone at ZoneEdit, with your user name and the zone's dynamic authentication token; ZoneEdit takes one update per 10 minutes.",
  'editors.ddns.easydns.blurb':
    "A name in a domain at easyDNS, with your user name and the dynamic authenticated token; the host must be one of the domain's dynamic records.",
  'editors.ddns.namecheap.blurb':
    "Dynamic DNS for a domain at Namecheap (IPv4 only), kept with the domain's Dynamic DNS password from its Advanced DNS page.",
  'editors.ddns.dd24.blurb':
    'Dynamic DNS for a domain at Domain Discount 24, kept with the password set when Dynamic DNS was switched on for the domain.',
  'editors.ddns.ddnss.blurb':
    "A free name under ddnss.de (or a domain of your own there), kept with the account's update key or its user name and password.",
  'editors.ddns.ipv64.blurb':
    'A free name under ipv64.net or one of its domains, kept with the domain update token by the dyndns2 protocol.',
  'editors.ddns.myaddr.blurb':
    'A free name under myaddr.tools, kept with the private key given when the name was claimed.',
  'editors.ddns.vercel.blurb':
    "Vercel DNS keeps the records of a domain that uses Vercel's name servers; the record needs an access token (and the team's ID for a team's domain).",

  'editors.tsig.placeholder': 'base64, as keymgr -t prints it',
  'editors.tsig.sameKey': 'The same key for your server',
  'editors.tsig.knot': 'Knot (knot.conf; the first line is for knsupdate -y):',
  'editors.tsig.knotLabel': 'Knot key configuration',
  'editors.tsig.knotCopy': 'Copy the Knot key configuration',
  'editors.tsig.bind': 'BIND (named.conf):',
  'editors.tsig.bindLabel': 'BIND key statement',
  'editors.tsig.bindCopy': 'Copy the BIND key statement',

  'reason.ddns.badSettings': '{issues}',
  'reason.ddns.cannotRead':
    'credentials cannot be checked without an update: this provider has no way to read a record',
  'reason.ddns.testNoAddress': 'no confirmed IPv{family} address yet to compare the {type} record with',
  'reason.ddns.observedNoStable': 'observed address published: no stable address of this host in {prefix}',
  'reason.ddns.observedPublished': 'observed address published: {inner}',
  'reason.ddns.nothingOnIface': 'nothing published: no address of this host on {iface}',
  'reason.ddns.nothingInRange': 'nothing published: no address of this host inside {range}',
  'reason.ddns.nothingStableOnIface': 'nothing published: no stable address of this host on {iface}',
  'reason.ddns.nothingStableInRange': 'nothing published: no stable address of this host inside {range}',
  'reason.ddns.nothingPublished': 'nothing published: {inner}',
  'reason.ddns.hostCannotRead': "this host's addresses cannot be read here ({said})",
  'reason.ddns.hostUnread': "this host's addresses could not be read ({said})",
  'reason.ddns.hostNotRead': "this host's addresses are not read yet",
  'reason.ddns.testNoTarget':
    'this host holds no address on the prefix the {type} record names, so there is none to compare it with',
  'reason.ddns.testNoAnswer': 'no answer within {seconds} s',
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
  'reason.ddns.malformed': '{server}: a malformed answer ({said})',
  'reason.ddns.apiRefused': '{label}: {provider} refused the request: {said}',
  'reason.ddns.api':
    "{label}: {what, select, notJson {an answer that is not JSON} notApi {an answer that is not {provider}'s API} noResult {{provider} said success but sent no usable result; trying again} noReason {{provider} refused the request: it gave no reason} noZone {no zone {zone} at {provider} (or the key may not read it)} noRecord {no such record at {provider}: create it there once} several {{count} such records, IPWatch keeps one} other {an answer {provider}'s API does not give}}",
  'reason.ddns.cloudflareRefused': '{label}: Cloudflare refused the request: {said}',
  'reason.ddns.cloudflare':
    "{label}: {what, select, notJson {an answer that is not JSON} notApi {an answer that is not Cloudflare's API (no success field)} noResult {Cloudflare said success but sent no usable result; trying again} noReason {Cloudflare refused the request: it gave no reason} noZone {no zone {zone} (or the token may not read it)} noRecord {no such record: create it once in Cloudflare} other {{count} such records, IPWatch keeps one}}",
  'reason.ddns.desec':
    '{label}: {what, select, notGood {an answer the API does not give (not "good")} empty {an empty answer} readRefused {deSEC lets this token update the record but not read it, so Test cannot check it; updates are sent as before} noDomains {no domains at {base}: is the REST API address right?} noDomain {no domain of this token\'s account holds {hostname}} domainsNotJson {the list of domains is not what the API gives} other {the RRset is not what the API gives}}',
  'reason.ddns.desecReadRefusedSaid':
    '{label}: deSEC lets this token update the record but not read it, so Test cannot check it; updates are sent as before (deSEC said: {said})',
  'reason.ddns.holds': '{label} holds {addresses}',
  'reason.ddns.holdsNone': '{label} holds no record',
  'reason.ddns.notOnly': '{name} {type} does not hold only {address}',
  'reason.ddns.driftedApi': 'drifted from {want}: {inner}',
  'reason.ddns.anotherWriterApi':
    "another program also updates this record (ddns-updater?): it was changed behind IPWatch's back twice within an hour (now {inner}). Stop the other program or remove this record from it, then edit this record here to start again",
  'reason.ddns.custom':
    '{label}: {what, select, failure {the answer matches the failure pattern set for this record} empty {an empty answer} other {an answer that matches none of the patterns set for this record}}',
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
  'reason.ddns.noAnswer': '{label}: no answer. {errorLine}',

  // The dynamic DNS card (renderer/src/pages/ddns-card.tsx): `took` is a duration.
  'web.ddns.title': 'Dynamic DNS',
  'web.ddns.pointsAt': 'points at {address}',
  'web.ddns.notSetYet': 'not set by IPWatch yet',
  'web.ddns.toBeSet': '· to be set to {address}',
  'web.ddns.noAddressYet': ' · no address of its family confirmed yet',
  'web.ddns.lastUpdated': ' · last updated {time} ({ago})',
  'web.ddns.seenBy': ' · seen by every authoritative server in {took}',
  'web.ddns.nextTry': ' · next try {time} ({ago})',
  'web.ddns.notAsked': 'not asked from here (no route): {servers}',
} as const;
