/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): what the Settings page's
 * Tests found (the fleet's broker, the change hook, the heartbeat) and a site forgotten on the
 * Sites page. `broker` is the broker's URL, `prefix` and `topic` MQTT topics, `said` the library's
 * or the service's own words.
 */
export const reasons6 = {
  'reason.fleet.noBrokerUrl': 'give the broker URL first',
  'reason.fleet.signedIn': 'signed in to {broker}',
  'reason.fleet.canPublish': 'can publish under {prefix}',
  'reason.fleet.publishAcl':
    'the broker refused to take {topic}: its ACL does not let this user write there (another site’s name?)',
  'reason.fleet.publishFailed': 'the broker did not take {topic} ({said})',
  'reason.fleet.reads': 'reads {count, plural, one {# site} other {# sites}} kept on the broker under {prefix}/',
  'reason.fleet.readAcl': 'the broker does not let this user read {topic} (its ACL)',
  'reason.fleet.late':
    '{step, select, connect {the broker did not accept the connection} publish {the broker did not acknowledge a test message under {topic}} other {the broker did not answer the subscription to {topic}}} within {seconds} s',
  'reason.fleet.broker':
    '{meaning, select, credentials {the broker refused the user name or password} clientId {the broker refused the client id} unavailable {the broker is unavailable} quota {the broker refused more messages (quota exceeded)} refused {nothing accepts connections at that address and port} noHost {the broker’s host name does not resolve} hostLater {the broker’s host name could not be resolved now} timeout {the broker did not answer in time} hostUnreachable {the broker’s host cannot be reached} noRoute {no network route to the broker} reset {the broker closed the connection} selfSigned {the broker’s certificate is self-signed: name its CA file} untrusted {the broker’s certificate is not signed by a trusted CA: name its CA file} otherHost {the broker’s certificate is for another host name} expired {the broker’s certificate has expired} clientUnknownCa {the broker refused this client certificate: it is not signed by a CA the broker trusts} clientBad {the broker refused this client certificate} clientExpired {the broker refused this client certificate: it has expired} clientRequired {the broker asks for a client certificate: name one and its key} other {the broker failed}} ({said})',
  'reason.fleet.said': '{said}',
  'reason.fleet.forgot':
    'forgot the site "{name}" and its events on this runner; it comes back when it publishes again',

  'reason.hook.exited': 'the program exited 0 in {ms} ms',
  'reason.heartbeat.noUrl': 'no ping URL is set',
  'reason.heartbeat.notUrl': 'url: the ping URL is not a URL',
  'reason.heartbeat.kumaNoMonitor': 'Uptime Kuma knows no active push monitor with this token (wrong URL, or paused)',
  'reason.heartbeat.hcNotFound': 'Healthchecks knows no check at this URL (wrong URL, or the check was deleted)',
  'reason.heartbeat.hcAmbiguous': 'Healthchecks has several checks with this slug; use the check’s UUID URL',
  'reason.heartbeat.hcRateLimited': 'Healthchecks is limiting this check’s pings; they are too frequent',

  'reason.channel.unknownType': 'unknown channel type "{type}"',
  'reason.channel.duplicateId': 'duplicate channel id "{id}": only the first one is used',
} as const;
