/**
 * GENA messages: the headers sent, the TIMEOUT granted, when to renew, and NOTIFY bodies as
 * miniupnpd 2.3.1 sent them in the lab (upnpdescgen.c, genEventVars).
 */
import { describe, expect, it } from 'vitest';

import {
  parseGenaTimeout,
  parsePropertySet,
  renewDelayMs,
  renewHeaders,
  subscribeHeaders,
  type GenaProperties,
} from '../../../../electron/engine/router/gena-message';
import { propertySet } from '../../../fakes/upnp-igd-xml';

/** Captured: the NOTIFY after the WAN address was deleted. */
const REAL_DISCONNECTED =
  '<e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0"><e:property><PossibleConnectionTypes>IP_Routed' +
  '</PossibleConnectionTypes></e:property><e:property><ConnectionStatus>Disconnected</ConnectionStatus></e:property>' +
  '<e:property><ExternalIPAddress>0.0.0.0</ExternalIPAddress></e:property><e:property><PortMappingNumberOfEntries>0' +
  '</PortMappingNumberOfEntries></e:property><e:property><SystemUpdateID>1</SystemUpdateID></e:property></e:propertyset>\r\n';

describe('subscription headers', () => {
  it('a new subscription: CALLBACK in angle brackets, NT, TIMEOUT', () => {
    expect(subscribeHeaders('http://192.168.1.20:40589/cb')).toEqual({
      callback: '<http://192.168.1.20:40589/cb>',
      nt: 'upnp:event',
      timeout: 'Second-1800',
    });
  });
  it('a renewal: SID and TIMEOUT, no CALLBACK or NT', () => {
    expect(renewHeaders('uuid:1', 300)).toEqual({ sid: 'uuid:1', timeout: 'Second-300' });
  });
});

describe('parseGenaTimeout', () => {
  it.each([
    ['Second-1800', 1800],
    ['second-60', 60],
    [' Second-300 ', 300],
    ['Second-infinite', null],
    ['Second-0', null],
    ['1800', null],
    ['', null],
    [undefined, null],
  ])('%s -> %s', (header, expected) => {
    expect(parseGenaTimeout(header)).toBe(expected);
  });
});

describe('renewDelayMs: at 80% of the grant', () => {
  it.each([
    [1800, 1_440_000],
    [300, 240_000],
    [null, 1_440_000],
    [5, 10_000],
  ])('granted %s s -> %s ms', (granted, expected) => {
    expect(renewDelayMs(granted)).toBe(expected);
  });
});

describe('parsePropertySet', () => {
  const values = (external: string, status: string) => ({
    PossibleConnectionTypes: 'IP_Routed',
    ConnectionStatus: status,
    ExternalIPAddress: external,
    PortMappingNumberOfEntries: '0',
    SystemUpdateID: '1',
  });
  it.each<[string, string, GenaProperties | null]>([
    [
      'miniupnpd: address lost',
      REAL_DISCONNECTED,
      { externalIPAddress: '0.0.0.0', connectionStatus: 'Disconnected', values: values('0.0.0.0', 'Disconnected') },
    ],
    [
      'the stand-in: connected',
      propertySet('81.2.69.142', 2),
      { externalIPAddress: '81.2.69.142', connectionStatus: 'Connected', values: values('81.2.69.142', 'Connected') },
    ],
    [
      'another prefix, whitespace, an empty value, an unrelated variable',
      '<?xml version="1.0"?>\n<ev:propertyset xmlns:ev="urn:schemas-upnp-org:event-1-0">\n <ev:property>\n  <ExternalIPAddress></ExternalIPAddress>\n </ev:property>\n' +
        ' <ev:property><X_Vendor>1</X_Vendor></ev:property>\n</ev:propertyset>',
      { externalIPAddress: '', values: { ExternalIPAddress: '', X_Vendor: '1' } },
    ],
    ['no propertyset', '<html/>', null],
    ['empty', '', null],
  ])('%s', (_name, xml, expected) => {
    expect(parsePropertySet(xml)).toEqual(expected);
  });
});
