/**
 * More messages a settings schema's author wrote (issue 62, `settings.schemaSays.*`: the schema
 * writes this English with its values, the Settings page reads it back and says it in its
 * language, renderer/src/settings/author-words.ts): a stored secret's field after its destination
 * moved (shared/settings/secret-carry.ts), a required field, the fleet's site name, topic prefix
 * and broker, and an address read one way only (shared/settings/destination-url.ts). `{what}` and
 * `{secret}` are the field the message sits at, named by its label; `{inner}` is another of these
 * messages, said again. `settings.saysWord.<value>.*` are the words a value is written with
 * (`holder`: secret-holders.ts HOLDER_WORDS, `destination`: destinations.ts's labels).
 */
export const settingsSays2 = {
  'settings.schemaSays.enterAgain': "enter the {secret} again: {holder}'s {destination} changed (was {was}, now {now})",
  'settings.schemaSays.required': '{what} is required',
  'settings.schemaSays.pushoverKey': 'expected a {what}: 30 letters and digits',

  'settings.schemaSays.siteName': 'give this site a name, e.g. home or office',
  'settings.schemaSays.atMostChars': 'at most {max} characters',
  'settings.schemaSays.siteLevel': 'a site name is one topic level: {inner}',
  'settings.schemaSays.siteBytes': 'at most {max} bytes in UTF-8 (this one is {bytes}): use fewer non-Latin characters',
  'settings.schemaSays.topicPrefix': 'give a topic prefix, e.g. ipwatch/fleet',
  'settings.schemaSays.emptyLevel': 'levels separated by single slashes, none empty',
  'settings.schemaSays.prefixLevel': 'each level is a topic level: {inner}',
  'settings.schemaSays.wildcard': 'it holds / + or #, which MQTT reads as levels and wildcards',
  'settings.schemaSays.dollar': 'it starts with $, which brokers keep for themselves',
  'settings.schemaSays.topicChar': '{inner}, which MQTT 5 and the broker refuse in a topic',
  'settings.schemaSays.controlChar': '{code} is a control character',
  'settings.schemaSays.surrogate': '{code} is half of a character (an unpaired surrogate)',
  'settings.schemaSays.nonCharacter': '{code} is a Unicode non-character',
  'settings.schemaSays.brokerUrl': 'give the broker URL, e.g. mqtts://broker.example.org:8883',
  'settings.schemaSays.brokerUserinfo': 'give the user name and password in their own fields, not in the URL',
  'settings.schemaSays.brokerScheme': 'expected mqtt://host:port or mqtts://host:port (no path)',
  'settings.schemaSays.certAndKey': 'give both the certificate and its key',
  'settings.schemaSays.certTls': 'a client certificate needs TLS: use an mqtts:// URL',
  'settings.schemaSays.caTls': 'a CA file needs TLS: use an mqtts:// URL',

  'settings.schemaSays.noScheme': 'expected an address that starts with its scheme and //, e.g. https://',
  'settings.schemaSays.backslash': 'a backslash is not allowed in an address (parsers read it differently)',
  'settings.schemaSays.spaces': 'spaces, tabs, line breaks and control characters are not allowed in an address',
  'settings.schemaSays.notAnAddress': 'not a valid address (check the host and the port)',
  'settings.schemaSays.noHost': 'the address has no host',
  'settings.schemaSays.percentHost': 'write the host without %-encoding',
  'settings.schemaSays.readOtherwise':
    'write the address as {address} (other programs could read "{written}" otherwise)',
  'settings.schemaSays.hostOtherwise': 'write the host as {host} (other programs could read "{written}" otherwise)',
  'settings.schemaSays.userinfo': 'give the user name and password in their own fields, not in the address',
  'settings.schemaSays.baseQuery': 'a base address takes no ? query and no # fragment',
  'settings.schemaSays.originOnly': 'expected only the scheme, host and port, e.g. {origin}',
  'settings.schemaSays.hostOnly': 'expected a host name or address only (the port has a field of its own)',

  'settings.schemaSays.idChars': 'use letters, digits, dot, dash or underscore',
  'settings.schemaSays.timeZone': 'unknown time zone (expected e.g. Europe/Berlin)',
  'settings.schemaSays.botToken': 'expected a bot token like 123456:ABC-DEF...',
  'settings.schemaSays.ntfyTopic': 'letters, digits, - and _, at most 64',
  'settings.schemaSays.ampersand': 'the URL holds "&amp;" (copied from a web page): write & instead',
  'settings.schemaSays.fullPath': 'give the full path, e.g. /usr/local/bin/on-change',
  'settings.schemaSays.pingUrl': 'give the ping URL',
  'settings.schemaSays.recordAddress': 'expected stable, observed or an IPv6 suffix such as ::1:2:3:4, not "{value}"',
  'settings.schemaSays.notEmpty': 'must not be empty',
  'settings.schemaSays.atMostCharsMust': 'must be at most {max} characters',
  'settings.schemaSays.webhookName': 'Discord refuses webhook names that contain "{bad}" (in any case)',

  'settings.schemaSays.soundName': 'a sound name such as pushover, siren or none',
  'settings.schemaSays.appriseKey': '1 to 64 letters, digits, _ and -',
  'settings.schemaSays.appriseBoth': 'give a configuration key or Apprise URLs, not both',
  'settings.schemaSays.appriseTag': 'a tag picks services of a saved configuration: it needs a configuration key',
  'settings.schemaSays.email': 'expected an email address',
  'settings.schemaSays.topicPart': 'no spaces, # or + in a topic',
  'settings.schemaSays.headerName': 'not a valid header name',
  'settings.schemaSays.emailTo': 'to is required: an address or a list of addresses',
  'settings.schemaSays.zoneId': 'expected the 32 hex digits Cloudflare shows as Zone ID',
  'settings.schemaSays.snowflake': 'expected a Discord id (17 to 20 digits)',
  'settings.schemaSays.envName': 'expected an environment variable name',
  'settings.schemaSays.monitorHost': 'expected a host name or an address, such as 192.168.1.10 or home.example.org',

  'settings.saysWord.holder.record': 'the record',
  'settings.saysWord.holder.channel': 'the channel',
  'settings.saysWord.holder.heartbeat': 'the heartbeat',
  'settings.saysWord.holder.discord': 'the Discord bot',
  'settings.saysWord.holder.sign-in': 'the Discord sign-in',
  'settings.saysWord.holder.identity': 'the identity service',
  'settings.saysWord.holder.fleet': 'the fleet',

  'settings.saysWord.destination.server': 'server',
  'settings.saysWord.destination.apiAddress': 'API address',
  'settings.saysWord.destination.updateServer': 'update server',
  'settings.saysWord.destination.restApiAddress': 'REST API address',
  'settings.saysWord.destination.webhookUrl': 'webhook URL',
  'settings.saysWord.destination.workflowUrl': 'workflow URL',
  'settings.saysWord.destination.botApiServer': 'Bot API server',
  'settings.saysWord.destination.url': 'URL',
  'settings.saysWord.destination.smtpServer': 'SMTP server',
  'settings.saysWord.destination.broker': 'broker',
  'settings.saysWord.destination.apiServer': 'API server',
  'settings.saysWord.destination.appriseServer': 'Apprise API server',
  'settings.saysWord.destination.pingUrl': 'ping URL',
  'settings.saysWord.destination.discordApiAddress': 'Discord API address',
  'settings.saysWord.destination.address': 'address',
  'settings.saysWord.destination.brokerAddress': 'broker address',
} as const;
