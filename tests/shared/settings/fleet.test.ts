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
      ['site: a site name cannot hold / + # or control characters, nor start with $'],
    ],
    [
      'a # in the site',
      { site: 'a#', brokerUrl: 'mqtt://b' },
      ['site: a site name cannot hold / + # or control characters, nor start with $'],
    ],
    [
      'a / in the site',
      { site: 'a/b' },
      ['site: a site name cannot hold / + # or control characters, nor start with $'],
    ],
    ['a $ first', { site: '$SYS' }, ['site: a site name cannot hold / + # or control characters, nor start with $']],
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
    [
      'an empty prefix level',
      { topicPrefix: 'a//b' },
      [
        'topicPrefix: levels separated by single slashes, none empty, without + # or control characters, none starting with $',
      ],
    ],
    [
      'a wildcard prefix',
      { topicPrefix: 'ipwatch/#' },
      [
        'topicPrefix: levels separated by single slashes, none empty, without + # or control characters, none starting with $',
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
