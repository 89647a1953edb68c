/**
 * XML a hostile device on the LAN could send where a UPnP description, SOAP answer or GENA body
 * is expected, each built to a given length (the cap a caller reads: 256 KB for a description).
 * The shapes are those that cost a reader of regular expressions or a naive parser time that
 * grows faster than the input: things opened and never closed, nesting, entity runs, and a DTD's
 * entity declarations (billion laughs). Used by the router's XML test and the upnp-xml bench.
 */
import { igdRootDesc } from './upnp-igd-xml';

/** `unit` repeated to exactly `size` characters (the last copy may be cut). */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** `open` + whole copies of `unit`, padded with spaces + `close`: well-formed when the parts are, `size` characters in all. */
function wrap(open: string, unit: string, close: string, size: number): string {
  const room = size - open.length - close.length;
  const copies = Math.floor(room / unit.length);
  return open + unit.repeat(copies) + ' '.repeat(room - copies * unit.length) + close;
}

/** `<r a0="1" a1="1" ...>`: distinct names, so a parser keeps every one. */
function manyAttributes(size: number): string {
  let attrs = '';
  for (let i = 0; attrs.length < size; i++) attrs += ` a${i}="1"`;
  return `<r${attrs
    .slice(0, size - '<r/>'.length)
    .replace(/ a\d*(="?\d?)?$/, '')
    .padEnd(size - '<r/>'.length)}/>`;
}

const WAN_IP = (n: number) =>
  `<service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>` +
  `<serviceId>urn:upnp-org:serviceId:WANIPConn${n}</serviceId><SCPDURL>/WANIPCn.xml</SCPDURL>` +
  `<controlURL>/ctl/IPConn${n}</controlURL><eventSubURL>/evt/IPConn${n}</eventSubURL></service>`;

/** miniupnpd's own description, its WAN connection device listing services until it is `size` long. */
function bigDescription(size: number): string {
  const real = igdRootDesc(2, '3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b', '192.168.77.1');
  const at = real.indexOf('</serviceList></device></deviceList></device></deviceList>');
  let services = '';
  for (let n = 2; real.length + services.length + WAN_IP(n).length <= size; n++) services += WAN_IP(n);
  const padded = real.slice(0, at) + services + real.slice(at);
  return padded.replace('</root>', `${' '.repeat(Math.max(0, size - padded.length))}</root>`);
}

/** A DOCTYPE whose ten entities each name the one before ten times: 10^10 "lol"s if expanded. */
const billionLaughs = (size: number) => {
  const decls = ['<!ENTITY l0 "lol">'];
  for (let i = 1; i <= 10; i++) decls.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return wrap(`<!DOCTYPE lolz [${decls.join('')}]><lolz>`, '&l10;', '</lolz>', size);
};

/** One 8,000-character entity referenced again and again (what a per-document expansion cap must stop). */
const bigEntity = (size: number) =>
  wrap(`<!DOCTYPE r [<!ENTITY big "${'A'.repeat(8000)}">]><r>`, '&big;', '</r>', size);

/** Each hostile document, by name, `size` characters long. */
export const HOSTILE_XML: Readonly<Record<string, (size: number) => string>> = {
  'unclosed comments': (size) => fill('<!--', size),
  'unclosed processing instructions': (size) => fill('<?x ', size),
  'unclosed CDATA sections': (size) => fill('<![CDATA[', size),
  'one comment, never closed': (size) => wrap('<r><!--', 'x', '', size),
  'one processing instruction, never closed': (size) => wrap('<r><?x ', 'x', '', size),
  'one CDATA section, never closed': (size) => wrap('<r><![CDATA[', 'x', '', size),
  'unclosed tags': (size) => fill('<service ', size),
  'tags without names': (size) => fill('<', size),
  'unclosed attribute quotes': (size) => fill('<a b="', size),
  'open elements, never closed': (size) => fill('<service><serviceType>x</serviceType>', size),
  'deep nesting, balanced': (size) => fill('<a>', size / 2) + fill('</a>', size / 2),
  'end tags only': (size) => fill('</service>', size),
  'a 256 KB description, many services': bigDescription,
  'many empty elements': (size) => wrap('<r>', '<a/>', '</r>', size),
  'text broken by comments': (size) => wrap('<r>', 'a<!---->', '</r>', size),
  'a propertyset of many properties': (size) =>
    wrap(
      '<e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0">',
      '<e:property><X>1</X></e:property>',
      '</e:propertyset>',
      size,
    ),
  'one element of many attributes': manyAttributes,
  'one element, its start tag never closed': (size) => wrap('<r a="1"', ' ', '', size),
  '&amp; run': (size) => wrap('<r>', '&amp;', '</r>', size),
  '&#x41; run': (size) => wrap('<r>', '&#x41;', '</r>', size),
  'bare & run': (size) => wrap('<r>', '&', '</r>', size),
  'undeclared entity run': (size) => wrap('<r>', '&nbsp;', '</r>', size),
  'billion laughs (DOCTYPE entities)': billionLaughs,
  'one big entity, referenced again and again': bigEntity,
};
