/**
 * An error in words: the network's, a file's, the API's and the engine's.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const errors = {
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
  /** A request given up when its time limit passed (the Connections page's Details, a Test). */
  'error.timeLimit': 'The request’s time limit passed before an answer came.',
  /** The same, short: the Connections page's result column ("failed: …"). */
  'error.short.timeLimit': 'time limit passed before an answer',
  /** A file Node could not find (`ENOENT`); `place` is its path when the error names one. */
  'error.fileMissing':
    '{known, select, yes {The file {place} is not there} other {A file IPWatch needs is not there}}: was it moved or deleted?',
  /** A file Node may not read or write (`EACCES`, `EPERM`, `EROFS`). */
  'error.fileRefused':
    '{known, select, yes {IPWatch may not write or read {place}} other {IPWatch may not write or read a file it needs}}: check who owns the folder and its permissions.',
  /** The disk is full (`ENOSPC`). */
  'error.diskFull': 'The disk is full, so IPWatch could not write: free some space.',
  /** The same, short: the Connections page's result column ("failed: …"). */
  'error.short.fileMissing': 'a file is missing',
  'error.short.fileRefused': 'a file may not be written',
  'error.short.diskFull': 'the disk is full',
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

  // A file that could not be read (shared/words/unreadable-file.ts); `what` is the caller's name for it.
  'file.unreadable': 'cannot read the {what} {file}: {why}',
  'file.why.missing': 'no such file',
  'file.why.notAllowed': 'this runner may not read it',
  'file.why.folder': 'it is a folder',
  'file.why.tooManyOpen': 'this runner has too many files open',
  'file.why.io': 'the disk reported a read error',

  'web.apiError.dangerous':
    'Only the person at the computer IPWatch runs on may make this change (it changes where a stored secret goes, what runs there, who may sign in, or lowers a protection). On that computer, run `ipwatch open` to confirm it is you, then try again within 5 minutes. Signed in with Discord: sign in again, then try again within 5 minutes.',
  'web.apiError.noAnswer': 'no answer from IPWatch (it may have stopped, or the network between you and it is down)',
  'web.apiError.signedOut': 'signed out',
  'web.apiError.internal': 'the request failed; the log says why',
  'web.apiError.crossSite': 'requests from other sites are refused',
  'web.apiError.forbidden': 'the app refused this: your sign-in may not do it (HTTP 403)',
  'web.apiError.notFound': 'the app has no such item (HTTP 404): it may have been removed meanwhile',
  'web.apiError.conflict': 'the app cannot do this now (HTTP 409)',
  'web.apiError.tooLarge': 'the app refused a request this large (HTTP 413)',
  'web.apiError.busy': 'the app is busy (HTTP {status}): try again in a moment',
  'web.apiError.refused': 'the app refused the request (HTTP {status})',
  'web.apiError.failed': 'the app failed on its side (HTTP {status})',
  /** A settings write on a full disk (code disk_full): the API's own sentence. */
  'web.apiError.diskFull':
    'the disk is full: the settings were not saved and nothing changed. Free some space on the disk of the data folder, then save again',
  /** A restore refused for schema objects the product does not make (store/schema-check.ts). */
  'web.apiError.foreignSchema':
    'this file holds a view, a trigger, or a table or index that IPWatch does not make or made otherwise, so it is not used',
  /** An error that came with no status, only the app's English sentence. */
  'web.apiError.answered': 'the app answered: “{said}”',
  /** A refusal above with the API's own English sentence, cut to a line. */
  'web.apiError.said': '{refusal}; the app answered: “{said}”',

  // The engine's kept failure (renderer/src/components/EngineErrorLine.tsx): `what` and `when` are the engine's own names.
  'web.engineError.store': 'Could not save the {what} to the history',
  'web.engineError.check': 'A check failed',
  'web.engineError.failed': '{part} failed',
  'web.engineError.failedWhile': '{part} failed ({when})',
  'web.engineError.line': '{lead}, {ago}:',
  'web.engineError.part.notifier': 'The notifications',
  'web.engineError.part.discordBot': 'The Discord bot',
  'web.engineError.part.ddns': 'The DNS records',
  'web.engineError.part.forecast': 'The forecast',
  'web.engineError.part.identity': 'The network identity',
  'web.engineError.part.monitors': 'The service monitors',
  'web.engineError.part.speed': 'The speed test',
  'web.engineError.part.watcher': 'The change watcher',

  'web.error.details': 'Details',
} as const;
