/**
 * SSDP messages: the M-SEARCH sent, the answers read (the first row as Debian's miniupnpd 2.3.1
 * sent it in the lab), and which LOCATION is believed.
 */
import { describe, expect, it } from 'vitest';

import {
  buildMSearch,
  isIgdTarget,
  parseSsdpAnswer,
  urlOnGateway,
  type SsdpAnswer,
} from '../../../../electron/engine/router/ssdp-message';

const IGD1 = 'urn:schemas-upnp-org:device:InternetGatewayDevice:1';
const REAL =
  'HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n' +
  'USN: uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nEXT:\r\n' +
  'SERVER: Debian/6.18.44-fc-v669 UPnP/1.1 MiniUPnPd/2.3.1\r\nLOCATION: http://192.168.77.1:5000/rootDesc.xml\r\n' +
  'OPT: "http://schemas.upnp.org/upnp/1/0/"; ns=01\r\n01-NLS: 1795600606\r\nBOOTID.UPNP.ORG: 1795600606\r\n' +
  'CONFIGID.UPNP.ORG: 1337\r\n\r\n';

describe('buildMSearch', () => {
  it('is the UDA 1.1 search with MAN, MX and ST', () => {
    expect(buildMSearch(IGD1, '239.255.255.250').toString()).toBe(
      `M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 2\r\nST: ${IGD1}\r\n\r\n`,
    );
  });
});

describe('parseSsdpAnswer', () => {
  it.each<[string, string, SsdpAnswer | null]>([
    [
      'miniupnpd 2.3.1',
      REAL,
      {
        location: 'http://192.168.77.1:5000/rootDesc.xml',
        st: IGD1,
        usn: `uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b::${IGD1}`,
        server: 'Debian/6.18.44-fc-v669 UPnP/1.1 MiniUPnPd/2.3.1',
        bootId: 1795600606,
      },
    ],
    [
      'lower-case names, bare LF, no USN, no SERVER',
      `HTTP/1.1 200 OK\nst:${IGD1}\nlocation:  http://10.0.0.1:1900/igd.xml \n\n`,
      { location: 'http://10.0.0.1:1900/igd.xml', st: IGD1, usn: '' },
    ],
    ['no LOCATION', `HTTP/1.1 200 OK\r\nST: ${IGD1}\r\n\r\n`, null],
    ['no ST', 'HTTP/1.1 200 OK\r\nLOCATION: http://10.0.0.1/\r\n\r\n', null],
    ['an error status', `HTTP/1.1 404 Not Found\r\nST: ${IGD1}\r\nLOCATION: http://10.0.0.1/\r\n\r\n`, null],
    [
      "another control point's search",
      `M-SEARCH * HTTP/1.1\r\nST: ${IGD1}\r\nLOCATION: http://10.0.0.1/\r\n\r\n`,
      null,
    ],
    ['an announcement', `NOTIFY * HTTP/1.1\r\nNT: ${IGD1}\r\nLOCATION: http://10.0.0.1/\r\n\r\n`, null],
    ['garbage', '\u0000\u0001binary', null],
  ])('%s', (_name, text, expected) => {
    expect(parseSsdpAnswer(Buffer.from(text, 'latin1'))).toEqual(expected);
  });
});

describe('isIgdTarget', () => {
  it.each([
    [IGD1, true],
    ['urn:schemas-upnp-org:device:InternetGatewayDevice:2', true],
    ['urn:schemas-upnp-org:service:WANIPConnection:1', false],
    ['upnp:rootdevice', false],
    [`${IGD1}x`, false],
  ])('%s -> %s', (st, expected) => {
    expect(isIgdTarget(st)).toBe(expected);
  });
});

describe('urlOnGateway: only plain HTTP on the gateway itself is believed', () => {
  it.each([
    ['http://192.168.1.1:5000/rootDesc.xml', undefined, 'http://192.168.1.1:5000/rootDesc.xml'],
    ['/ctl/IPConn', 'http://192.168.1.1:5000/rootDesc.xml', 'http://192.168.1.1:5000/ctl/IPConn'],
    ['http://192.168.1.1/x', undefined, 'http://192.168.1.1/x'],
    ['http://192.168.1.2:5000/rootDesc.xml', undefined, null],
    ['http://router.lan:5000/rootDesc.xml', undefined, null],
    ['https://192.168.1.1/rootDesc.xml', undefined, null],
    ['http://user:pw@192.168.1.1/x', undefined, null],
    ['file:///etc/passwd', undefined, null],
    ['not a url', undefined, null],
    ['/relative-without-base', undefined, null],
    ['//192.168.1.9/x', 'http://192.168.1.1/', null],
  ])('%s', (href, base, expected) => {
    expect(urlOnGateway(href, '192.168.1.1', base)?.href ?? null).toBe(expected);
  });
});
