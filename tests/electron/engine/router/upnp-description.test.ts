/**
 * Reading the WAN connection service out of a device description. The first rows are the
 * rootDesc.xml Debian's miniupnpd 2.3.1 served in the lab (IGD v2, and v1 with -1), captured
 * byte for byte (see ROUTER-LAB.md); the rest are the shapes other routers use.
 */
import { describe, expect, it } from 'vitest';

import { wanConnectionServices } from '../../../../electron/engine/router/upnp-description';
import { igdRootDesc } from '../../../fakes/upnp-igd-xml';

const GW = '192.168.77.1';
const LOCATION = `http://${GW}:5000/rootDesc.xml`;

const service = (type: string, control: string, events = '/evt') =>
  `<service><serviceType>${type}</serviceType><serviceId>x</serviceId><SCPDURL>/x.xml</SCPDURL>` +
  `<controlURL>${control}</controlURL><eventSubURL>${events}</eventSubURL></service>`;
const doc = (...services: string[]) =>
  `<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device><serviceList>${services.join('')}</serviceList></device></root>`;
const IP1 = 'urn:schemas-upnp-org:service:WANIPConnection:1';
const IP2 = 'urn:schemas-upnp-org:service:WANIPConnection:2';
const PPP = 'urn:schemas-upnp-org:service:WANPPPConnection:1';

type Row = [name: string, xml: string, expected: [type: string, control: string, events: string | null][]];

const rows: Row[] = [
  ['miniupnpd 2.3.1, IGD v2', MINIUPNPD_V2(), [[IP2, `http://${GW}:5000/ctl/IPConn`, `http://${GW}:5000/evt/IPConn`]]],
  ['miniupnpd 2.3.1, IGD v1', MINIUPNPD_V1(), [[IP1, `http://${GW}:5000/ctl/IPConn`, `http://${GW}:5000/evt/IPConn`]]],
  [
    'IP and PPP both listed: IP first, newer version first',
    doc(service(PPP, '/ppp'), service(IP1, '/ip1'), service(IP2, '/ip2')),
    [
      [IP2, `http://${GW}:5000/ip2`, `http://${GW}:5000/evt`],
      [IP1, `http://${GW}:5000/ip1`, `http://${GW}:5000/evt`],
      [PPP, `http://${GW}:5000/ppp`, `http://${GW}:5000/evt`],
    ],
  ],
  [
    'URLBase (UPnP 1.0) is the base of relative URLs',
    doc(service(IP1, 'upnp/control/WANIPConn1', 'upnp/event/WANIPConn1')).replace(
      '<device>',
      `<URLBase>http://${GW}:49000/</URLBase><device>`,
    ),
    [[IP1, `http://${GW}:49000/upnp/control/WANIPConn1`, `http://${GW}:49000/upnp/event/WANIPConn1`]],
  ],
  [
    'absolute URLs on the gateway, namespace prefixes, whitespace, entities and comments',
    `<r:root xmlns:r="urn:schemas-upnp-org:device-1-0"><!-- <service><serviceType>${PPP}</serviceType></service> -->` +
      `<r:service>\n  <r:serviceType> ${IP1} </r:serviceType>\n  <r:controlURL>http://${GW}:1780/ctl?a=1&amp;b=2</r:controlURL>` +
      `\n  <r:eventSubURL><![CDATA[/evt?x=<1>]]></r:eventSubURL>\n</r:service></r:root>`,
    [[IP1, `http://${GW}:1780/ctl?a=1&b=2`, `http://${GW}:5000/evt?x=%3C1%3E`]],
  ],
  ['no eventSubURL: no events, still asked', doc(service(IP1, '/ctl', '')), [[IP1, `http://${GW}:5000/ctl`, null]]],
  [
    'URLs off the gateway are refused (control: service left out; events: none)',
    doc(service(IP2, 'http://192.168.77.9/ctl'), service(IP1, '/ctl', 'http://evil.example/evt')),
    [[IP1, `http://${GW}:5000/ctl`, null]],
  ],
  [
    'https and host names are refused',
    doc(service(IP2, `https://${GW}/ctl`), service(IP1, 'http://router.lan/ctl')),
    [],
  ],
  [
    'only other services (Layer3Forwarding, WANCommonInterfaceConfig)',
    doc(service('urn:schemas-upnp-org:service:Layer3Forwarding:1', '/l3f')),
    [],
  ],
  ['not XML at all', '<html><body>Login</body></html>', []],
  ['a service without a controlURL', `<service><serviceType>${IP1}</serviceType></service>`, []],
];

describe('wanConnectionServices', () => {
  it.each(rows)('%s', (_name, xml, expected) => {
    const found = wanConnectionServices(xml, LOCATION, GW).map((s) => [
      s.serviceType,
      s.controlUrl.href,
      s.eventSubUrl?.href ?? null,
    ]);
    expect(found).toEqual(expected);
  });
});

describe('the stand-in serves what miniupnpd serves', () => {
  it.each([
    [2, MINIUPNPD_V2()],
    [1, MINIUPNPD_V1()],
  ] as const)('rootDesc.xml of IGD v%i, byte for byte', (version, captured) => {
    expect(igdRootDesc(version, '3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b', GW)).toBe(captured);
  });
});

/* Captured from Debian's miniupnpd 2.3.1 (uuid=3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b, LAN 192.168.77.1). */
function MINIUPNPD_V2(): string {
  return (
    '<?xml version="1.0"?>\r\n<root xmlns="urn:schemas-upnp-org:device-1-0" configId="1337"><specVersion><m' +
    'ajor>1</major><minor>1</minor></specVersion><device><deviceType>urn:schemas-upnp-org:device:Internet' +
    'GatewayDevice:2</deviceType><friendlyName>Debian router</friendlyName><manufacturer>Debian</manufact' +
    'urer><manufacturerURL>http://www.debian.org/</manufacturerURL><modelDescription>Debian router</model' +
    'Description><modelName>Debian router</modelName><modelNumber>1</modelNumber><modelURL>http://www.deb' +
    'ian.org/</modelURL><serialNumber>00000000</serialNumber><UDN>uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d0' +
    '7b</UDN><serviceList><service><serviceType>urn:schemas-upnp-org:service:Layer3Forwarding:1</serviceT' +
    'ype><serviceId>urn:upnp-org:serviceId:L3Forwarding1</serviceId><SCPDURL>/L3F.xml</SCPDURL><controlUR' +
    'L>/ctl/L3F</controlURL><eventSubURL>/evt/L3F</eventSubURL></service><service><serviceType>urn:schema' +
    's-upnp-org:service:DeviceProtection:1</serviceType><serviceId>urn:upnp-org:serviceId:DeviceProtectio' +
    'n1</serviceId><SCPDURL>/DP.xml</SCPDURL><controlURL>/ctl/DP</controlURL><eventSubURL>/evt/DP</eventS' +
    'ubURL></service></serviceList><deviceList><device><deviceType>urn:schemas-upnp-org:device:WANDevice:' +
    '2</deviceType><friendlyName>WANDevice</friendlyName><manufacturer>MiniUPnP</manufacturer><manufactur' +
    'erURL>http://miniupnp.free.fr/</manufacturerURL><modelDescription>WAN Device</modelDescription><mode' +
    'lName>WAN Device</modelName><modelNumber>20221221</modelNumber><modelURL>http://miniupnp.free.fr/</m' +
    'odelURL><serialNumber>00000000</serialNumber><UDN>uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07c</UDN><UP' +
    'C>000000000000</UPC><serviceList><service><serviceType>urn:schemas-upnp-org:service:WANCommonInterfa' +
    'ceConfig:1</serviceType><serviceId>urn:upnp-org:serviceId:WANCommonIFC1</serviceId><SCPDURL>/WANCfg.' +
    'xml</SCPDURL><controlURL>/ctl/CmnIfCfg</controlURL><eventSubURL>/evt/CmnIfCfg</eventSubURL></service' +
    '></serviceList><deviceList><device><deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:2</de' +
    'viceType><friendlyName>WANConnectionDevice</friendlyName><manufacturer>MiniUPnP</manufacturer><manuf' +
    'acturerURL>http://miniupnp.free.fr/</manufacturerURL><modelDescription>MiniUPnP daemon</modelDescrip' +
    'tion><modelName>MiniUPnPd</modelName><modelNumber>20221221</modelNumber><modelURL>http://miniupnp.fr' +
    'ee.fr/</modelURL><serialNumber>00000000</serialNumber><UDN>uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07d' +
    '</UDN><UPC>000000000000</UPC><serviceList><service><serviceType>urn:schemas-upnp-org:service:WANIPCo' +
    'nnection:2</serviceType><serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId><SCPDURL>/WANIPCn.xm' +
    'l</SCPDURL><controlURL>/ctl/IPConn</controlURL><eventSubURL>/evt/IPConn</eventSubURL></service><serv' +
    'ice><serviceType>urn:schemas-upnp-org:service:WANIPv6FirewallControl:1</serviceType><serviceId>urn:u' +
    'pnp-org:serviceId:WANIPv6Firewall1</serviceId><SCPDURL>/WANIP6FC.xml</SCPDURL><controlURL>/ctl/IP6FC' +
    'tl</controlURL><eventSubURL>/evt/IP6FCtl</eventSubURL></service></serviceList></device></deviceList>' +
    '</device></deviceList><presentationURL>http://192.168.77.1/</presentationURL></device></root>'
  );
}

function MINIUPNPD_V1(): string {
  return (
    '<?xml version="1.0"?>\r\n<root xmlns="urn:schemas-upnp-org:device-1-0" configId="1337"><specVersion><m' +
    'ajor>1</major><minor>1</minor></specVersion><device><deviceType>urn:schemas-upnp-org:device:Internet' +
    'GatewayDevice:1</deviceType><friendlyName>Debian router</friendlyName><manufacturer>Debian</manufact' +
    'urer><manufacturerURL>http://www.debian.org/</manufacturerURL><modelDescription>Debian router</model' +
    'Description><modelName>Debian router</modelName><modelNumber>1</modelNumber><modelURL>http://www.deb' +
    'ian.org/</modelURL><serialNumber>00000000</serialNumber><UDN>uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d0' +
    '7b</UDN><serviceList><service><serviceType>urn:schemas-upnp-org:service:Layer3Forwarding:1</serviceT' +
    'ype><serviceId>urn:upnp-org:serviceId:L3Forwarding1</serviceId><SCPDURL>/L3F.xml</SCPDURL><controlUR' +
    'L>/ctl/L3F</controlURL><eventSubURL>/evt/L3F</eventSubURL></service></serviceList><deviceList><devic' +
    'e><deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType><friendlyName>WANDevice</friendlyN' +
    'ame><manufacturer>MiniUPnP</manufacturer><manufacturerURL>http://miniupnp.free.fr/</manufacturerURL>' +
    '<modelDescription>WAN Device</modelDescription><modelName>WAN Device</modelName><modelNumber>2022122' +
    '1</modelNumber><modelURL>http://miniupnp.free.fr/</modelURL><serialNumber>00000000</serialNumber><UD' +
    'N>uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07c</UDN><UPC>000000000000</UPC><serviceList><service><servi' +
    'ceType>urn:schemas-upnp-org:service:WANCommonInterfaceConfig:1</serviceType><serviceId>urn:upnp-org:' +
    'serviceId:WANCommonIFC1</serviceId><SCPDURL>/WANCfg.xml</SCPDURL><controlURL>/ctl/CmnIfCfg</controlU' +
    'RL><eventSubURL>/evt/CmnIfCfg</eventSubURL></service></serviceList><deviceList><device><deviceType>u' +
    'rn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType><friendlyName>WANConnectionDevice</frie' +
    'ndlyName><manufacturer>MiniUPnP</manufacturer><manufacturerURL>http://miniupnp.free.fr/</manufacture' +
    'rURL><modelDescription>MiniUPnP daemon</modelDescription><modelName>MiniUPnPd</modelName><modelNumbe' +
    'r>20221221</modelNumber><modelURL>http://miniupnp.free.fr/</modelURL><serialNumber>00000000</serialN' +
    'umber><UDN>uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07d</UDN><UPC>000000000000</UPC><serviceList><servi' +
    'ce><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType><serviceId>urn:upnp-org:' +
    'serviceId:WANIPConn1</serviceId><SCPDURL>/WANIPCn.xml</SCPDURL><controlURL>/ctl/IPConn</controlURL><' +
    'eventSubURL>/evt/IPConn</eventSubURL></service></serviceList></device></deviceList></device></device' +
    'List><presentationURL>http://192.168.77.1/</presentationURL></device></root>'
  );
}
