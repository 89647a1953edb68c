/**
 * Each reason code's English is what the engine wrote before it had codes (issue 62): a sample of
 * real cases per field, through the engine's own functions where they are pure. The codes' other
 * languages and the readers: reason.test.ts.
 */
import { describe, expect, it } from 'vitest';

import { parseNmcliMetered, parseWindowsCost, MACOS_READING } from '../../../electron/engine/speed/metered';
import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { heldReason } from '../../../shared/words/held';
import { reasonWords } from '../../../shared/words/reason';
import { answersValue } from '../../../shared/words/server-answers';
import { ANSWERS, ANSWERS_EN } from './reason-samples';

const HOLD = { flapWindowMs: 120_000, offlineAfterMs: 90_000 };
/** An event source's end as child-watch.ts gives it, before the case's own facts. */
const STOPPED = {
  what: 'exited',
  command: 'ip',
  code: '',
  signal: 'none',
  said: '',
  hasStderr: 'no',
  stderr: '',
  retry: 'no',
  retrySec: '',
};

/** What the engine wrote before (its literal strings at the commit before codes), and the reason it builds now. */
const BEFORE: [string, Reason, string][] = [
  [
    'held: an address change',
    heldReason('address-change', HOLD),
    'a change back within the hold is one flap notice, not two: "Hold changes for" is 2 min',
  ],
  [
    'held: a site offline',
    heldReason('site-offline', HOLD),
    'a site back before then was a blip, not told: "Report offline after" is 1 min 30 s',
  ],
  [
    'held: unreadable',
    heldReason('unreadable', HOLD),
    'written by another version of IPWatch; set aside when the monitor next starts',
  ],
  [
    'fleet: signed in',
    reason('reason.fleet.signedIn', { broker: 'mqtt://127.0.0.1:1883' }),
    'signed in to mqtt://127.0.0.1:1883',
  ],
  ['fleet: publish', reason('reason.fleet.canPublish', { prefix: 'ipwatch/home/' }), 'can publish under ipwatch/home/'],
  [
    'fleet: reads one site',
    reason('reason.fleet.reads', { count: 1, prefix: 'ipwatch' }),
    'reads 1 site kept on the broker under ipwatch/',
  ],
  [
    'fleet: reads no site',
    reason('reason.fleet.reads', { count: 0, prefix: 'ipwatch' }),
    'reads 0 sites kept on the broker under ipwatch/',
  ],
  [
    'fleet: no answer to the subscription',
    reason('reason.fleet.late', { step: 'subscribe', topic: 'ipwatch/+/state', seconds: 10 }),
    'the broker did not answer the subscription to ipwatch/+/state within 10 s',
  ],
  [
    'fleet: no connection',
    reason('reason.fleet.late', { step: 'connect', topic: '', seconds: 10 }),
    'the broker did not accept the connection within 10 s',
  ],
  [
    'fleet: forgot a site',
    reason('reason.fleet.forgot', { name: 'office' }),
    'forgot the site "office" and its events on this runner; it comes back when it publishes again',
  ],
  ['hook: exited', reason('reason.hook.exited', { ms: 41 }), 'the program exited 0 in 41 ms'],
  ['heartbeat: no URL', reason('reason.heartbeat.noUrl'), 'no ping URL is set'],
  [
    'channel: a repeated id',
    reason('reason.channel.duplicateId', { id: 'c' }),
    'duplicate channel id "c": only the first one is used',
  ],
  ['channel: an unknown type', reason('reason.channel.unknownType', { type: 'pager' }), 'unknown channel type "pager"'],
  [
    'heartbeat: a paused Uptime Kuma monitor',
    reason('reason.heartbeat.kumaNoMonitor'),
    'Uptime Kuma knows no active push monitor with this token (wrong URL, or paused)',
  ],
  [
    'fleet: a refused password',
    reason('reason.fleet.broker', { meaning: 'credentials', said: 'Connection refused: Not authorized' }),
    'the broker refused the user name or password (Connection refused: Not authorized)',
  ],
  [
    'fleet: a self-signed certificate',
    reason('reason.fleet.broker', { meaning: 'selfSigned', said: 'self-signed certificate' }),
    'the broker’s certificate is self-signed: name its CA file (self-signed certificate)',
  ],
  ['speed: off', reason('reason.speed.off'), 'Speed tests are off: turn them on in Settings, Speed test.'],
  ['speed: stopping', reason('reason.speed.stopping'), 'IPWatch is stopping'],
  ['speed test: cancelled', reason('reason.speed.cancelled'), 'cancelled'],
  [
    'speed test: a connection error',
    reason('reason.speed.error', { said: 'fetch failed: connect ECONNREFUSED 127.0.0.1:9' }),
    'fetch failed: connect ECONNREFUSED 127.0.0.1:9',
  ],
  [
    'speed test: server unreachable',
    reason('reason.speed.unreachable', { said: 'getaddrinfo ENOTFOUND speed.example' }),
    'cannot reach the speed test server: getaddrinfo ENOTFOUND speed.example',
  ],
  [
    'speed test: HTTP 429 with a body',
    reason('reason.speed.refusedSaid', { kind: 'wait', status: 429, said: 'slow down' }),
    'the speed test server asks to wait before the next test (HTTP 429): slow down',
  ],
  [
    'speed test: HTTP 403',
    reason('reason.speed.refused', { kind: 'forbidden', status: 403 }),
    'the speed test server refused the request (HTTP 403)',
  ],
  [
    'speed test: HTTP 500',
    reason('reason.speed.refused', { kind: 'other', status: 500 }),
    'the speed test server answered HTTP 500',
  ],
  [
    'speed test: short answer',
    reason('reason.speed.short', { received: '1000', expected: '1000000' }),
    'the speed test server sent 1000 of the 1000000 bytes asked for',
  ],
  ['desktop: container', reason('reason.desktop.container'), 'no desktop session: running in a container'],
  [
    'desktop: stale Wayland',
    reason('reason.desktop.waylandNoSocket', { display: 'wayland-9' }),
    'no desktop session: WAYLAND_DISPLAY names no socket (wayland-9)',
  ],
  [
    'desktop: no display',
    reason('reason.desktop.noDisplay'),
    'no desktop session: DISPLAY and WAYLAND_DISPLAY are unset',
  ],
  ['desktop: service', reason('reason.desktop.windowsService'), 'no desktop session: running as a Windows service'],
  ['desktop: none', reason('reason.desktop.none'), 'no desktop session'],
  ['desktop: notify-send', reason('reason.desktop.noNotifySend'), 'notify-send not found (install libnotify-bin)'],
  [
    'desktop: not supported (the app)',
    reason('reason.desktop.notSupported'),
    'desktop notifications are not supported on this system',
  ],
  ['desktop: no notifier', reason('reason.desktop.noNotifier'), 'no desktop notifier in this process'],
  [
    'keyring: Linux without one',
    reason('reason.keyring.linux'),
    'No keyring (GNOME Keyring, KWallet) is running, so secrets could only be stored with a key that is the ' +
      'same on every machine. IPWatch does not store them that way: put each secret in an environment ' +
      'variable or a file readable only by you and reference it in settings.json ({ "env": "NAME" } or ' +
      '{ "file": "/path" }), or start a keyring and restart IPWatch.',
  ],
  [
    'keyring: elsewhere',
    reason('reason.keyring.other'),
    'The system keychain is not available; reference secrets from an environment variable or a file instead.',
  ],
  [
    'keyring: a secret not stored',
    reason('reason.keyring.notStored', {}, reason('reason.keyring.other')),
    'not stored: The system keychain is not available; reference secrets from an environment variable or a file instead.',
  ],
  [
    'speed: not kept',
    reason('reason.speed.notKept', { said: 'Error: disk full' }),
    'The test ran but could not be kept in the history: Error: disk full',
  ],
  [
    'speed: metered (NetworkManager, guessed)',
    reason('reason.speed.metered', {}, parseNmcliMetered('GENERAL.METERED:yes (guessed)\n', 'wwan0').reason as Reason),
    'Not tested: the connection is metered (NetworkManager (wwan0): metered, guessed).',
  ],
  [
    'speed: metered (Windows)',
    reason('reason.speed.metered', {}, parseWindowsCost('Fixed\r\n').reason as Reason),
    'Not tested: the connection is metered (Windows: network cost Fixed).',
  ],
  [
    'metered: not metered',
    parseNmcliMetered('GENERAL.METERED:no', 'eth0').reason as Reason,
    'NetworkManager (eth0): not metered',
  ],
  [
    'metered: macOS',
    MACOS_READING.reason as Reason,
    'macOS tells programs nothing about metered connections (no known way)',
  ],
  ['metered: odd', parseWindowsCost('Roaming').reason as Reason, 'Windows said "Roaming", which is not a network cost'],
  ['monitor: off', reason('reason.monitor.off'), 'switched off in the settings'],
  ['monitor: timeout', reason('reason.monitor.timeout'), 'no answer within the timeout'],
  [
    'monitor: status not expected',
    reason('reason.monitor.statusNotExpected', { status: 502, expected: 'any' }),
    'answered status 502, expected a 2xx or 3xx answer',
  ],
  [
    'monitor: status not the one set',
    reason('reason.monitor.statusNotExpected', { status: 200, expected: '204' }),
    'answered status 200, expected status 204',
  ],
  ['monitor: port open', reason('reason.monitor.portOpen', { port: '8443' }), 'port 8443 accepts connections'],
  [
    'monitor: resolves elsewhere',
    reason('reason.monitor.resolvesElsewhere', {
      host: 'home.example.org',
      found: '81.2.69.1, 81.2.69.2',
      current: '81.2.69.142',
    }),
    'home.example.org resolves to 81.2.69.1, 81.2.69.2, not the current 81.2.69.142',
  ],
  [
    'monitor: connection refused (errorInLine)',
    reason('reason.monitor.failedLine', { errorLine: 'connect ECONNREFUSED 192.168.1.10:22' }),
    'Nothing answered at 192.168.1.10:22: is the service running?',
  ],
  [
    'monitor: no address yet',
    reason('reason.monitor.noAddressYet', { family: 6 }),
    'no confirmed IPv6 address to compare with yet',
  ],
  ['watch: no ip', reason('reason.watch.noIp'), 'ip (iproute2) is not in PATH'],
  ['watch: no source', reason('reason.watch.noSource', { platform: 'aix' }), 'no interface event source on aix'],
  ['watch: starting', reason('reason.watch.starting', { kind: 'netlink' }), 'the netlink event source is starting'],
  [
    'watch: cannot run',
    reason('reason.watch.stopped', { ...STOPPED, what: 'cannotRun', command: '/nonexistent/ip', code: 'ENOENT' }),
    '/nonexistent/ip cannot be run (ENOENT)',
  ],
  [
    'watch: killed, started again',
    reason('reason.watch.stopped', { ...STOPPED, signal: 'SIGTERM', retry: 'yes', retrySec: '1' }),
    'ip exited (SIGTERM); starting it again in 1 s',
  ],
  [
    'watch: exited with a message',
    reason('reason.watch.stopped', { ...STOPPED, code: '1', hasStderr: 'yes', stderr: 'Cannot open netlink socket' }),
    'ip exited (code 1): Cannot open netlink socket',
  ],
  [
    'watch: a spawn error',
    reason('reason.watch.stopped', { ...STOPPED, what: 'error', said: 'spawn EPERM' }),
    'spawn EPERM',
  ],
  [
    'ddns: drifted (servers)',
    reason('reason.ddns.drifted', { want: '203.0.113.1', answers: ANSWERS }),
    `drifted from 203.0.113.1: ${ANSWERS_EN}`,
  ],
  [
    'ddns: a server without the record, one without a word',
    reason('reason.ddns.someSilent', {
      answers: answersValue([
        { name: 'ns1.example.org', address: '192.0.2.53', holds: [] },
        { name: 'ns2.example.org', address: '192.0.2.54', holds: null },
      ]),
    }),
    'ns1.example.org (192.0.2.53) answers no record; ns2.example.org (192.0.2.54): no answer',
  ],
  [
    'ddns: not in step',
    reason('reason.ddns.notInStep', { seconds: 61, answers: ANSWERS }),
    `not in step 61 s after the update: ${ANSWERS_EN}`,
  ],
  [
    'ddns: none answered',
    reason('reason.ddns.noneAnswered', { answers: ANSWERS }),
    `no authoritative server answered: ${ANSWERS_EN}`,
  ],
  [
    'ddns: the API holds it, the servers do not',
    reason('reason.ddns.apiHoldsServersNot', { want: '203.0.113.1', answers: ANSWERS }),
    `the provider holds 203.0.113.1 but its servers do not: ${ANSWERS_EN}`,
  ],
  [
    'ddns: the zone NS query failed',
    reason(
      'reason.ddns.zoneNotFound',
      {},
      reason('reason.ddns.nsQuery', { zone: 'example.org', dnsError: 'queryNs ESERVFAIL example.org' }),
    ),
    "the zone's authoritative servers were not found: asking for example.org's NS: The DNS server failed to answer (SERVFAIL): try again later; if it lasts, the zone's servers have a fault",
  ],
  [
    'ddns: another writer',
    reason('reason.ddns.anotherWriter', { answers: ANSWERS }),
    `another program also updates this record (ddns-updater?): it was changed behind IPWatch's back twice within an hour (now ${ANSWERS_EN}). Stop the other program or remove this record from it, then edit this record here to start again`,
  ],
  [
    'ddns: dyndns2 badauth',
    reason('reason.ddns.dyndns2', { label: 'dyndns2 dyn.example home.example.org', code: 'badauth', said: 'badauth' }),
    'dyndns2 dyn.example home.example.org: the username and password do not match (badauth)',
  ],
  [
    'ddns: dyndns2 !donator',
    reason('reason.ddns.dyndns2', { label: 'dyndns2 dyn.example h', code: 'donator', said: '!donator' }),
    'dyndns2 dyn.example h: the update needs a paid account (!donator)',
  ],
  [
    'ddns: dyndns2 911',
    reason('reason.ddns.dyndns2', { label: 'dyndns2 dyn.example h', code: '911', said: '911' }),
    'dyndns2 dyn.example h: the provider has a problem (911)',
  ],
  [
    'ddns: dyndns2 an empty answer',
    reason('reason.ddns.dyndns2Unknown', { label: 'dyndns2 dyn.example h', empty: 'yes' }),
    "dyndns2 dyn.example h: an empty answer (a proxy's page or a cut answer?)",
  ],
  [
    'ddns: rfc2136 REFUSED',
    reason('reason.ddns.rcode', {
      rcode: 'REFUSED',
      server: '192.0.2.53:53',
      key: 'ipwatch.',
      zone: 'example.org',
      name: 'home.example.org',
    }),
    '192.0.2.53:53 refused the update (REFUSED): does its ACL allow key ipwatch. to update example.org?',
  ],
  [
    'ddns: rfc2136 another RCODE',
    reason('reason.ddns.rcode', { rcode: 'YXDOMAIN', server: '192.0.2.53:53', key: 'k', zone: 'z', name: 'n' }),
    '192.0.2.53:53 answered YXDOMAIN',
  ],
  [
    'ddns: Cloudflare refused',
    reason('reason.ddns.cloudflareRefused', {
      label: 'Cloudflare home.example.org A',
      said: 'Invalid API Token (1000)',
    }),
    'Cloudflare home.example.org A: Cloudflare refused the request: Invalid API Token (1000)',
  ],
];

describe("each code's English is what the engine wrote before", () => {
  it.each(BEFORE)('%s', (_, r, before) => {
    expect(reasonWords(r, english)).toBe(before);
  });
});
