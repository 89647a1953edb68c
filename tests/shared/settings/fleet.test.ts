import { describe, expect, it } from 'vitest';

import { formatIssues, parseSettings } from '../../../shared/settings';
import { fleetSettingsSchema, isTopicLevel } from '../../../shared/settings/fleet';

const errorsOf = (fleet: Record<string, unknown>): string[] => {
  const r = fleetSettingsSchema.safeParse(fleet);
  return r.success ? [] : formatIssues(r.error);
};

describe('fleet settings', () => {
  it('are off by default, with the default prefix and keep-alive', () => {
    const r = parseSettings({});
    expect(r.ok && r.settings.fleet).toMatchObject({
      publish: false,
      watch: false,
      topicPrefix: 'ipwatch/fleet',
      keepAliveSec: 30,
    });
  });

  it.each([
    // [what, fleet settings, the errors expected]
    ['a good publishing site', { publish: true, site: 'home', brokerUrl: 'mqtts://broker.lan:8883' }, []],
    ['a watcher needs no site', { watch: true, brokerUrl: 'mqtt://10.0.0.5:1883' }, []],
    ['a password by reference', { watch: true, brokerUrl: 'mqtt://b', password: { env: 'MQTT_PASS' } }, []],
    [
      'publishing without a site',
      { publish: true, brokerUrl: 'mqtt://b' },
      ['site: give this site a name, e.g. home or office'],
    ],
    [
      'a + in the site',
      { publish: true, site: 'ho+me', brokerUrl: 'mqtt://b' },
      [`site: a site name is one topic level: it holds / + or #, which MQTT reads as levels and wildcards`],
    ],
    [
      'a # in the site',
      { site: 'a#', brokerUrl: 'mqtt://b' },
      [`site: a site name is one topic level: it holds / + or #, which MQTT reads as levels and wildcards`],
    ],
    [
      'a / in the site',
      { site: 'a/b' },
      [`site: a site name is one topic level: it holds / + or #, which MQTT reads as levels and wildcards`],
    ],
    [
      'a $ first',
      { site: '$SYS' },
      ['site: a site name is one topic level: it starts with $, which brokers keep for themselves'],
    ],
    // MQTT 5.0 section 1.5.4 and mosquitto's mosquitto_validate_utf8 (lib/utf8_mosq.c) refuse these.
    [
      'a C1 control (NEXT LINE)',
      { site: 'home\u0085' },
      [
        'site: a site name is one topic level: U+0085 is a control character, which MQTT 5 and the broker refuse in a topic',
      ],
    ],
    [
      'a non-character of the Arabic block',
      { site: 'a\ufdd0' },
      [
        'site: a site name is one topic level: U+FDD0 is a Unicode non-character, which MQTT 5 and the broker refuse in a topic',
      ],
    ],
    [
      "a plane's last non-character",
      { site: 'a\u{10ffff}' },
      [
        'site: a site name is one topic level: U+10FFFF is a Unicode non-character, which MQTT 5 and the broker refuse in a topic',
      ],
    ],
    [
      'an unpaired surrogate',
      { site: 'a\ud800b' },
      [
        'site: a site name is one topic level: U+D800 is half of a character (an unpaired surrogate), which MQTT 5 and the broker refuse in a topic',
      ],
    ],
    [
      'over the byte bound',
      { site: '\u65e5'.repeat(43) },
      ['site: at most 128 bytes in UTF-8 (this one is 129): use fewer non-Latin characters'],
    ],
    ['a name of accents and emoji within the bounds', { site: 'Zürich-\u{1f3e0}-\u00e9t\u00e9' }, []],
    ['on without a broker', { watch: true }, ['brokerUrl: give the broker URL, e.g. mqtts://broker.example.org:8883']],
    [
      'an http URL',
      { watch: true, brokerUrl: 'http://b' },
      ['brokerUrl: expected mqtt://host:port or mqtts://host:port (no path)'],
    ],
    [
      'a password in the URL',
      { watch: true, brokerUrl: 'mqtt://u:p@b:1883' },
      ['brokerUrl: give the user name and password in their own fields, not in the URL'],
    ],
    [
      'a ws URL',
      { watch: true, brokerUrl: 'ws://b:80' },
      ['brokerUrl: expected mqtt://host:port or mqtts://host:port (no path)'],
    ],
    ['an empty prefix level', { topicPrefix: 'a//b' }, ['topicPrefix: levels separated by single slashes, none empty']],
    [
      'a wildcard prefix',
      { topicPrefix: 'ipwatch/#' },
      [`topicPrefix: each level is a topic level: it holds / + or #, which MQTT reads as levels and wildcards`],
    ],
    [
      'a C1 control in the prefix',
      { topicPrefix: 'ipwatch/\u009b' },
      [
        'topicPrefix: each level is a topic level: U+009B is a control character, which MQTT 5 and the broker refuse in a topic',
      ],
    ],
    [
      'a certificate without its key',
      { brokerUrl: 'mqtts://b', clientCertFile: '/c.pem' },
      ['clientKeyFile: give both the certificate and its key'],
    ],
    [
      'a certificate over plain MQTT',
      { brokerUrl: 'mqtt://b', clientCertFile: '/c.pem', clientKeyFile: '/k.pem' },
      ['clientCertFile: a client certificate needs TLS: use an mqtts:// URL'],
    ],
    [
      'a CA over plain MQTT',
      { brokerUrl: 'mqtt://b', caFile: '/ca.pem' },
      ['caFile: a CA file needs TLS: use an mqtts:// URL'],
    ],
    ['a keep-alive too short', { keepAliveSec: 2 }, ['keepAliveSec: Too small: expected number to be >=5']],
  ])('%s', (_what, fleet, expected) => {
    expect(errorsOf(fleet)).toEqual(expected);
  });

  it.each([
    ['home', true],
    ['office-2', true],
    ['', false],
    ['a/b', false],
    ['a+', false],
    ['#', false],
    ['tab\there', false],
    ['$SYS', false],
  ])('a topic level %j is %s', (name, ok) => {
    expect(isTopicLevel(name)).toBe(ok);
  });
});
