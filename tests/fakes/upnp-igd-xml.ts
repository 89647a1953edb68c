/**
 * The documents the UPnP-IGD stand-in (upnp-igd.ts) serves, as miniupnpd 2.3.1 writes them
 * (github.com/miniupnp/miniupnp, tag miniupnpd_2_3_1): rootDesc.xml from upnpdescgen.c
 * (rootDesc[], genRootDesc), the SOAP envelope and fault from upnpsoap.c
 * (BuildSendAndCloseSoapResp, SoapError), the event body from upnpdescgen.c (genEventVars over
 * WANIPCnVars), and the reserved blocks from getifaddr.c (addr_is_reserved). The description is
 * byte for byte what Debian's daemon served in the lab (tests/electron/engine/router/upnp-description.test.ts
 * compares it with the capture).
 */

/** miniupnpd numbers its three devices' UDNs by the last hex digit of the configured uuid. */
const udn = (uuid: string, plus: number) =>
  `uuid:${uuid.slice(0, -1)}${(parseInt(uuid.slice(-1), 16) + plus).toString(16)}`;

const service = (type: string, id: string, scpd: string, ctl: string, evt: string) =>
  `<service><serviceType>urn:schemas-upnp-org:service:${type}</serviceType><serviceId>urn:upnp-org:serviceId:${id}</serviceId>` +
  `<SCPDURL>${scpd}</SCPDURL><controlURL>${ctl}</controlURL><eventSubURL>${evt}</eventSubURL></service>`;

const miniupnpDevice = (type: string, name: string, description: string, model: string, id: string) =>
  `<device><deviceType>urn:schemas-upnp-org:device:${type}</deviceType><friendlyName>${name}</friendlyName>` +
  '<manufacturer>MiniUPnP</manufacturer><manufacturerURL>http://miniupnp.free.fr/</manufacturerURL>' +
  `<modelDescription>${description}</modelDescription><modelName>${model}</modelName><modelNumber>20221221</modelNumber>` +
  `<modelURL>http://miniupnp.free.fr/</modelURL><serialNumber>00000000</serialNumber><UDN>${id}</UDN><UPC>000000000000</UPC>`;

/** rootDesc.xml of an IGD v2 (the default) or v1 (`force_igd_desc_v1`), its presentationURL on `host`. */
export function igdRootDesc(version: 1 | 2, uuid: string, host: string): string {
  const v = version;
  return (
    '<?xml version="1.0"?>\r\n<root xmlns="urn:schemas-upnp-org:device-1-0" configId="1337">' +
    '<specVersion><major>1</major><minor>1</minor></specVersion>' +
    `<device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:${v}</deviceType>` +
    '<friendlyName>Debian router</friendlyName><manufacturer>Debian</manufacturer>' +
    '<manufacturerURL>http://www.debian.org/</manufacturerURL><modelDescription>Debian router</modelDescription>' +
    '<modelName>Debian router</modelName><modelNumber>1</modelNumber><modelURL>http://www.debian.org/</modelURL>' +
    `<serialNumber>00000000</serialNumber><UDN>${udn(uuid, 0)}</UDN><serviceList>` +
    service('Layer3Forwarding:1', 'L3Forwarding1', '/L3F.xml', '/ctl/L3F', '/evt/L3F') +
    (v === 2 ? service('DeviceProtection:1', 'DeviceProtection1', '/DP.xml', '/ctl/DP', '/evt/DP') : '') +
    '</serviceList><deviceList>' +
    miniupnpDevice(`WANDevice:${v}`, 'WANDevice', 'WAN Device', 'WAN Device', udn(uuid, 1)) +
    '<serviceList>' +
    service('WANCommonInterfaceConfig:1', 'WANCommonIFC1', '/WANCfg.xml', '/ctl/CmnIfCfg', '/evt/CmnIfCfg') +
    '</serviceList><deviceList>' +
    miniupnpDevice(`WANConnectionDevice:${v}`, 'WANConnectionDevice', 'MiniUPnP daemon', 'MiniUPnPd', udn(uuid, 2)) +
    '<serviceList>' +
    service(`WANIPConnection:${v}`, 'WANIPConn1', '/WANIPCn.xml', '/ctl/IPConn', '/evt/IPConn') +
    (v === 2
      ? service('WANIPv6FirewallControl:1', 'WANIPv6Firewall1', '/WANIP6FC.xml', '/ctl/IP6FCtl', '/evt/IP6FCtl')
      : '') +
    '</serviceList></device></deviceList></device></deviceList>' +
    `<presentationURL>http://${host}/</presentationURL></device></root>`
  );
}

const ENVELOPE =
  '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">';

/** An action's answer: `ns` is the namespace the SOAPAction header named (miniupnpd echoes it). */
export function soapResponse(action: string, ns: string, out: Record<string, string>): string {
  const args = Object.entries(out)
    .map(([k, val]) => `<${k}>${val}</${k}>`)
    .join('');
  return `<?xml version="1.0"?>\r\n${ENVELOPE}<s:Body><u:${action}Response xmlns:u="${ns}">${args}</u:${action}Response></s:Body></s:Envelope>\r\n`;
}

export function soapFault(code: number, description: string): string {
  return (
    `${ENVELOPE}<s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring>` +
    `<detail><UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>${code}</errorCode>` +
    `<errorDescription>${description}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>`
  );
}

/** The WANIPConnection event body; `external` null: no usable address, sent as Disconnected and 0.0.0.0. */
export function propertySet(external: string | null, version: 1 | 2): string {
  const prop = (name: string, value: string) => `<e:property><${name}>${value}</${name}></e:property>`;
  return (
    '<e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0">' +
    prop('PossibleConnectionTypes', 'IP_Routed') +
    prop('ConnectionStatus', external ? 'Connected' : 'Disconnected') +
    prop('ExternalIPAddress', external ?? '0.0.0.0') +
    prop('PortMappingNumberOfEntries', '0') +
    (version === 2 ? prop('SystemUpdateID', '1') : '') +
    '</e:propertyset>'
  );
}

/** getifaddr.c's reserved[]: a WAN address in one of these is no external address to miniupnpd. */
const RESERVED: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.31.196.0', 24],
  ['192.52.193.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['192.175.48.0', 24],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

const toInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

export function isReserved(ip: string): boolean {
  const n = toInt(ip);
  return RESERVED.some(
    ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(toInt(base) / 2 ** (32 - bits)),
  );
}
