/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts), and the last messages a
 * settings schema's author wrote (`settings.schemaSays.*`, read back by
 * renderer/src/settings/author-words.ts). A DNS record that cannot be built for its settings
 * (electron/engine/ddns/registry.ts: `issues` the schema's lines, `path: message` joined by "; ");
 * a record's Test in Settings (electron/engine/ddns/test-record.ts: `family` 4 or 6, `type` A or
 * AAAA); the fleet that cannot start (electron/engine/runtime/fleet.ts). An IPv6 suffix's errors
 * (shared/ipv6-suffix.ts, `text` as the user wrote it) and a heartbeat URL's expected shape
 * (shared/settings/watcher.ts HEARTBEAT_URL_SHAPES, one message per service; `'<'` is ICU's quote).
 */
export const reasons11 = {
  'reason.ddns.badSettings': '{issues}',
  'reason.ddns.cannotRead':
    'credentials cannot be checked without an update: this provider has no way to read a record',
  'reason.ddns.testNoAddress': 'no confirmed IPv{family} address yet to compare the {type} record with',
  'reason.ddns.testNoAnswer': 'no answer within {seconds} s',
  'reason.fleet.noStatus': 'this runtime gives no status to publish',

  'settings.schemaSays.suffixNot': '"{text}" is not an IPv6 suffix such as ::1:2:3:4',
  'settings.schemaSays.suffixPrefix':
    '{text} sets the prefix too: a suffix gives only the last 64 bits, such as ::1:2:3:4',
  'settings.schemaSays.suffixZeros': "the suffix :: is all zeros: give the device's own, such as ::1:2:3:4",
  'settings.schemaSays.healthchecksUrl':
    "expected https://hc-ping.com/'<uuid>' (or your server’s https://host/ping/'<uuid>')",
  'settings.schemaSays.kumaUrl': "expected https://kuma.example.org/api/push/'<token>'",
} as const;
