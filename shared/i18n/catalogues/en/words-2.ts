/** English: words-2, the shared words of triggers, DNS record events, errors, roles, sessions, actions and files (the source; docs/i18n.md). */
export const words2 = {
  // What set off the check that found an address (shared/words/trigger.ts): History and Activity.
  'trigger.start': 'found by the check at start-up',
  'trigger.interval': 'found by the scheduled check',
  'trigger.network': 'found after a network change',
  'trigger.resume': 'found when the computer woke up',
  'trigger.manual': 'found by a check you started',
  'trigger.retry': 'found by a retry after a failed check',
  'trigger.followUp': 'found by the second look after a network change',
  'trigger.import': 'imported from another history',
  'trigger.router': 'the router told us',
  'trigger.settings': 'found by the check after a settings change',

  // A DNS record's change of state on one line (shared/words/ddns-event.ts): Activity, the runner's lines.
  'ddns.event.state': '{name} {type}: {state}',
  'ddns.event.stateWhy': '{name} {type}: {state} ({why})',
  'ddns.event.inStepAgain': '{name} {type}: in step again (it was {from})',
  'ddns.event.inStepAgainAfter': '{name} {type}: in step again after {duration} (it was {from})',

  // A network failure in words (shared/words/error.ts). `known` is yes when the place is named.
  'error.pageUnreachable': 'IPWatch did not answer: is it still running? The page retries when it is back.',
  'error.proxyRefused':
    '{known, select, yes {The proxy on the way to {place} refused the connection} other {The proxy on the way refused the connection}}: check HTTPS_PROXY, HTTP_PROXY and NO_PROXY, and what the proxy asks for (the details say what it answered).',
  'error.proxyUnusable':
    '{known, select, yes {IPWatch did not send the request to {place}} other {IPWatch did not send the request}}: the proxy that HTTPS_PROXY, HTTP_PROXY or ALL_PROXY names is not an http:// or https:// proxy IPWatch can reach, and going around it would leave the way your environment asks (the details name the variable).',
  'error.notHttp':
    '{known, select, yes {The answer from {place} is not HTTP that can be read} other {The answer is not HTTP that can be read}}: is an HTTP service at that address?',
  'error.connectionRefused':
    '{known, select, yes {Nothing answered at {place}} other {Nothing answered there}}: is the service running?',
  'error.nameNotFound':
    '{known, select, yes {The name {place} was not found} other {The name of the server was not found}} (DNS): check it for typos.',
  'error.nameNotNow':
    '{known, select, yes {The name {place} could not be looked up just now} other {The name of the server could not be looked up just now}}: is this machine online?',
  'error.timeout':
    '{known, select, yes {No answer in time from {place}} other {No answer in time}}: the service may be down, or a firewall drops the traffic.',
  'error.closed':
    '{known, select, yes {The connection to {place} was closed before an answer} other {The connection was closed before an answer}}: try again; if it keeps happening, the service or a proxy on the way refuses it.',
  'error.noRoute': '{known, select, yes {No route to {place}} other {No route}}: is this machine on the network?',
  'error.cancelled': 'The request was cancelled before an answer came.',
  'error.servfail':
    "{known, select, yes {The DNS server at {place} failed to answer} other {The DNS server failed to answer}} (SERVFAIL): try again later; if it lasts, the zone's servers have a fault.",
  'error.dnsRefused':
    '{known, select, yes {The DNS server at {place} refused the question} other {The DNS server refused the question}} (REFUSED): it does not answer for this name, or not to this machine.',
  'error.formerr':
    '{known, select, yes {The DNS server at {place} could not read the question} other {The DNS server could not read the question}} (FORMERR): it may not be a DNS server.',
  'error.notimp':
    '{known, select, yes {The DNS server at {place} does not answer this kind of question} other {The DNS server does not answer this kind of question}} (NOTIMP).',
  'error.badDnsAnswer':
    '{known, select, yes {The answer from {place} was not a DNS answer that can be read} other {The answer was not a DNS answer that can be read}}: is a DNS server at that address?',
  'error.tooLarge':
    '{known, select, yes {The answer from {place} was too large to read} other {The answer was too large to read}}.',
  'error.certExpired':
    '{known, select, yes {The certificate of {place} has expired} other {The certificate has expired}}: the service must renew it.',
  'error.certSelfSigned':
    '{known, select, yes {The certificate of {place} is self-signed} other {The certificate is self-signed}}, so it is not trusted: use one from a known authority.',
  'error.certOtherName':
    '{known, select, yes {The certificate of {place} is for another name} other {The certificate is for another name}}: check the address.',
  'error.certUntrusted':
    '{known, select, yes {The certificate of {place} cannot be verified} other {The certificate cannot be verified}}: its issuer is not trusted on this machine.',
  'error.noTls':
    '{known, select, yes {No secure connection could be set up to {place}} other {No secure connection could be set up}}: is it an https address of a TLS service?',
  'error.otherCode':
    '{known, select, yes {The request to {place} failed on the way} other {The request failed on the way}}: try again; the details name the cause.',
  'error.otherCodeInLine':
    '{known, select, yes {The request to {place} failed on the way} other {The request failed on the way}} ({code}): try again.',
  'error.http401': 'The service refused the credentials (HTTP 401): check the token or password.',
  'error.http403':
    'The service refused access (HTTP 403): check what the token may do; some services refuse automated requests.',
  'error.http404': 'Nothing is at this address (HTTP 404): check the URL; a deleted webhook answers this too.',
  'error.http429': 'Too many requests (HTTP 429): the service asks to wait before the next one.',
  'error.http5xx': 'The service failed on its side (HTTP {status}): try again later.',
  'error.http4xx': 'The service refused the request (HTTP {status}).',
  'error.http4xxSaid': 'The service refused the request (HTTP {status}). It said: {body}',
  'error.httpOther': 'Unexpected answer (HTTP {status}).',
  'error.httpOtherSaid': 'Unexpected answer (HTTP {status}). It said: {body}',

  // What a role may not do (shared/words/roles.ts): the API's refusal and the buttons a viewer's page turns off.
  'roles.viewersCannotTest': "Viewers can't send tests or checks: an admin can.",
  'roles.viewersCannotChange': 'Viewers can read but not change: an admin can.',
  'roles.viewersCannotSeeSignIns': "Viewers can't see who is signed in: an admin can.",

  // Signed-in browsers (shared/words/sessions.ts): the API's answers and the Settings list.
  'sessions.noBrowserSessions':
    "No browser can sign in to the desktop app: it serves no port, so there are no sign-ins to list. Browsers sign in to a runner's dashboard (ipwatch monitor with the API on).",
  'sessions.revokedOwn': 'That was your own session: this browser is signed out.',
  'sessions.revoked': "Signed out: {name}'s browser must sign in again.",
  'sessions.noSuch': 'no signed-in browser has the id {sid}: it has already ended (signed out, revoked or expired)',

  // What a contract method that changes or acts does (shared/words/actions.ts): "Tried to {action}".
  'action.pause': 'pause monitoring',
  'action.resume': 'resume monitoring',
  'action.checkNow': 'check now',
  'action.saveSettings': 'change the settings',
  'action.testChannel': 'send a test notification',
  'action.testSource': 'test a source',
  'action.testDdnsRecord': 'test a DNS record',
  'action.retryDdnsRecord': 'try a DNS record again',
  'action.testMonitor': 'test a service monitor',
  'action.runSpeedTest': 'run a speed test',
  'action.testHook': 'run the hook as a test',
  'action.testHeartbeat': 'send a heartbeat ping',
  'action.testFleet': 'test the fleet broker',
  'action.revokeSession': 'revoke a browser session',
  'action.backup': 'back up the history',
  'action.restore': 'restore the history',
  'action.importHistory': 'import history',
  'action.endFirstRun': 'end the first-run setup',
  'action.forgetSite': 'forget a fleet site',

  // A file that could not be read (shared/words/unreadable-file.ts); `what` is the caller's name for it.
  'file.unreadable': 'cannot read the {what} {file}: {why}',
  'file.why.missing': 'no such file',
  'file.why.notAllowed': 'this runner may not read it',
  'file.why.folder': 'it is a folder',
  'file.why.tooManyOpen': 'this runner has too many files open',
  'file.why.io': 'the disk reported a read error',
} as const;
