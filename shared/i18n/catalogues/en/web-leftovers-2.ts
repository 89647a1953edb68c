/**
 * A setting named outside Settings by its label, not its dotted path (shared/words/setting-label.ts):
 * the Checks card's and the bot's router line, and the Connections page's setting column; the
 * error words' table's new rows (shared/words/error.ts) and the page of a refused Host.
 */
export const webLeftovers2 = {
  /** A setting inside a group, as Settings nests them: "Router › Ask the router". */
  'settingName.within': '{group} › {label}',
  /** Either of two settings turns it on: "Publish this site or Watch the fleet". */
  'settingName.either': '{first} or {second}',
  /** An item of a list setting, by its id: "DNS records › home". */
  'settingName.item': '{label} › {item}',
  // A network failure in words (shared/words/error.ts) the table learned here: the egress gate's
  // refusal, and a source's failure kind said alone. `known` is yes when the place is named.
  /** IPWatch's own gate refused it; `setting` is the label of egress.enforce. */
  'error.egressRefused':
    '{known, select, yes {IPWatch did not connect to {place}} other {IPWatch did not connect}}: the connection is not declared, and {setting} is on.',
  'error.egressLocal':
    '{known, select, yes {IPWatch did not connect to {place}} other {IPWatch did not connect}}: its name resolved to an address of this machine or its local network, which the name is not declared for, and {setting} is on.',
  'error.network':
    '{known, select, yes {The request to {place} failed on the network} other {The request failed on the network}}: try again; is this machine online?',
  'error.httpStatus':
    '{known, select, yes {{place} answered with an error} other {The service answered with an error}}: try again later; if it lasts, check the address.',
  'error.rateLimited':
    '{known, select, yes {{place} asks IPWatch to slow down} other {The service asks IPWatch to slow down}}: the next request waits longer.',
  'error.unreadable':
    '{known, select, yes {The answer from {place} could not be read} other {The answer could not be read}}: the service may have changed what it sends.',
  // Short forms beside those sentences, for the Connections page's result column ("failed: …").
  'error.short.proxyRefused': 'the proxy refused the connection',
  'error.short.proxyUnusable': 'the proxy named in the environment cannot be used',
  'error.short.cancelled': 'cancelled before an answer came',
  'error.short.tooLarge': 'the answer was too large',

  // The page a browser gets when it opens the dashboard by a name this server does not answer to
  // (electron/engine/api/door/host-refusal.ts): the DNS-rebinding defence. Nothing from the request.
  'web.hostRefused.title': 'Not opened by this name',
  /** api.lan is off; `setting` is its label. */
  'web.hostRefused.whyOff': 'IPWatch answers on this machine only, to localhost and 127.0.0.1, since {setting} is off.',
  'web.hostRefused.nextOff':
    'Open it on this machine as localhost, or turn on {setting} in Settings to reach it from other devices.',
  'web.hostRefused.whyPlain':
    'Over plain HTTP on this machine, IPWatch answers to localhost, 127.0.0.1 and [::1] only, not to another name that leads here.',
  'web.hostRefused.whyCertificate':
    'IPWatch answers to the names and addresses its certificate holds, and to localhost. Open it by one of those.',
} as const;
