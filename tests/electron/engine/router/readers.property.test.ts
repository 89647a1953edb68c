/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the router's readers not in
 * codecs.property.test.ts: SOAP requests and answers (soap.ts), the device description
 * (upnp-description.ts), and what each OS prints of its routes (gateway-parse.ts,
 * egress-parse.ts). What is written as the device or the OS writes it reads back; any other text
 * is null, a malformed answer in words or an UpnpError in words, never a raw throw.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';

import {
  parseIpRouteGet,
  parseProcRouteEgress,
  parseRouteGetInterface,
  parseRoutePrintEgress,
} from '../../../../electron/engine/router/egress-parse';
import {
  parseIpRouteDefault,
  parseProcIpv6Route,
  parseProcNetRoute,
  parseRouteGet,
  parseRoutePrintV4,
  parseRoutePrintV6,
} from '../../../../electron/engine/router/gateway-parse';
import { parseSoapAnswer, readExternalAddress, soapRequest } from '../../../../electron/engine/router/soap';
import { wanConnectionServices } from '../../../../electron/engine/router/upnp-description';
import { UpnpError } from '../../../../electron/engine/router/upnp-errors';
import { propertyRun } from '../../../helpers/properties';

const u8 = fc.integer({ min: 0, max: 255 });
const v4 = fc.tuple(u8, u8, u8, u8).map((b) => b.join('.'));
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,15}$/);
const iface = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
/** Any text, with the characters these readers split and match on made common. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .array(fc.constantFrom('<', '>', '/', ' ', '\n', ':', 'a', 's:', 'Fault', '0', '.', 'default', 'via', 'dev'), {
      maxLength: 60,
    })
    .map((a) => a.join('')),
);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An argument's text: any, or made of entities and their parts, which an escape that forgot `&` would let through as markup. */
const argText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '&',
        '&amp;',
        '&lt;',
        '&gt;',
        '&quot;',
        '&apos;',
        '&#60;',
        '&#x26;',
        ';',
        '#',
        'amp',
        'lt',
        '<',
        '>',
        '"',
        "'",
        'a',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join('')),
);

/**
 * The text of each element inside the SOAP action, by saxes in its strict, namespace-aware
 * mode, with none of the product reader's forgiveness (upnp-xml.ts reads a stray `&` as itself).
 */
function strictTexts(xml: string): Record<string, string> {
  const parser = new SaxesParser({ xmlns: true });
  const texts: Record<string, string> = {};
  const open: string[] = [];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    open.push(tag.local);
    if (open.length === 4) texts[tag.local] = '';
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => {
    // Envelope, Body, the action, then its arguments: depth 4.
    if (open.length === 4) texts[open[3]!] = (texts[open[3]!] ?? '') + text;
  });
  parser.write(xml).close();
  return texts;
}
const inWords = (m: string) => expect(m).toMatch(/[a-z]+ [a-z]+/);
/** An out-argument as the reader gives it: XML's line ends (\r\n and \r are \n), trimmed. */
const asRead = (s: string) => s.replace(/\r\n?/g, '\n').trim();

describe('SOAP', () => {
  it('reads back the out-arguments of an answer laid out as miniupnpd writes it, any text escaped', () => {
    fc.assert(
      fc.property(name, fc.dictionary(name, fc.string({ maxLength: 40 }), { maxKeys: 5 }), (action, args) => {
        const out = Object.entries(args)
          .map(([k, v]) => `<${k}>${escape(v)}</${k}>`)
          .join('');
        const xml =
          '<?xml version="1.0"?>\r\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">' +
          `<s:Body><u:${action}Response xmlns:u="urn:x">${out}</u:${action}Response></s:Body></s:Envelope>`;
        const answer = parseSoapAnswer(200, xml, action);
        expect(answer).toEqual({ kind: 'ok', values: expect.any(Object) });
        if (answer.kind !== 'ok') return;
        expect(answer.values).toEqual(Object.fromEntries(Object.entries(args).map(([k, v]) => [k, asRead(v)])));
      }),
      propertyRun('soap answer read back'),
    );
  });

  it('reads back the code and description of a UPnPError fault', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.string({ minLength: 1, maxLength: 60 }), (code, words) => {
        fc.pre(words.trim() !== '' && !/\r/.test(words));
        const xml =
          '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>' +
          '<faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>' +
          `<UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>${code}</errorCode>` +
          `<errorDescription>${escape(words)}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>`;
        const answer = parseSoapAnswer(500, xml, 'GetExternalIPAddress');
        expect(answer).toEqual({ kind: 'fault', code, description: expect.any(String) });
        if (answer.kind === 'fault') expect(answer.description.trim()).toBe(words.trim());
        const failure = readExternalAddress(answer);
        expect('code' in failure && failure.message).toContain(`UPnPError ${code}`);
      }),
      propertyRun('soap fault read back'),
    );
  });

  it('any answer text is ok, a fault or malformed in words, and its address judged, never a throw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), anyText, (status, xml) => {
        const answer = parseSoapAnswer(status, xml, 'GetExternalIPAddress');
        if (answer.kind === 'malformed') inWords(answer.message);
        const judged = readExternalAddress(answer);
        if ('code' in judged) inWords(judged.message);
        else expect(judged.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      }),
      propertyRun('soap answer any text'),
    );
  });

  it('a request escapes any argument: the envelope reads back as the same action and values', () => {
    fc.assert(
      fc.property(name, fc.dictionary(name, argText, { maxKeys: 5 }), (action, args) => {
        const request = soapRequest('urn:schemas-upnp-org:service:WANIPConnection:1', action, args);
        expect(request.headers.soapaction).toBe(`"urn:schemas-upnp-org:service:WANIPConnection:1#${action}"`);
        // The envelope, its action renamed as the answer's, read by the same reader the device's answer goes through.
        const asAnswer = parseSoapAnswer(
          200,
          request.body.replace(new RegExp(`u:${action}\\b`, 'g'), `u:${action}Response`),
          action,
        );
        expect(asAnswer).toEqual({
          kind: 'ok',
          values: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, asRead(v)])),
        });
        // A strict reader that forgives nothing (a stray `&` is an error, as XML 1.0 says) reads each value whole.
        expect(strictTexts(request.body)).toEqual(
          Object.fromEntries(Object.entries(args).map(([k, v]) => [k, v.replace(/\r\n?/g, '\n')])),
        );
      }),
      propertyRun('soap request read back'),
    );
  });
});

describe('the device description', () => {
  const service = fc.record({
    kind: fc.constantFrom('WANIPConnection', 'WANPPPConnection', 'Layer3Forwarding'),
    version: fc.integer({ min: 1, max: 3 }),
    control: fc.stringMatching(/^\/[a-z0-9]{1,10}$/),
    events: fc.option(fc.stringMatching(/^\/[a-z0-9]{1,10}$/), { nil: undefined }),
  });

  it('lists every WAN connection service on the gateway, IP before PPP, newer first, URLs resolved', () => {
    fc.assert(
      fc.property(fc.array(service, { maxLength: 6 }), (services) => {
        const blocks = services
          .map(
            (s) =>
              `<service><serviceType>urn:schemas-upnp-org:service:${s.kind}:${s.version}</serviceType>` +
              `<controlURL>${s.control}</controlURL>${s.events ? `<eventSubURL>${s.events}</eventSubURL>` : ''}</service>`,
          )
          .join('');
        const xml = `<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device><serviceList>${blocks}</serviceList></device></root>`;
        const found = wanConnectionServices(xml, 'http://192.168.1.1:5000/rootDesc.xml', '192.168.1.1');
        const wan = services.filter((s) => s.kind !== 'Layer3Forwarding');
        expect(found).toHaveLength(wan.length);
        const rank = (t: string) => (t.includes('WANIP') ? 1000 : 0) + Number(t.at(-1));
        const ranks = found.map((f) => rank(f.serviceType));
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
        for (const f of found) {
          expect(f.controlUrl.origin).toBe('http://192.168.1.1:5000');
          const s = wan.find(
            (w) =>
              `urn:schemas-upnp-org:service:${w.kind}:${w.version}` === f.serviceType &&
              w.control === f.controlUrl.pathname,
          );
          expect(s).toBeDefined();
        }
      }),
      propertyRun('device description read back'),
    );
  });

  it('any text is a list of services on the gateway or an UpnpError in words', () => {
    fc.assert(
      fc.property(anyText, (xml) => {
        try {
          for (const s of wanConnectionServices(xml, 'http://192.168.1.1:5000/d.xml', '192.168.1.1'))
            expect(s.controlUrl.hostname).toBe('192.168.1.1');
        } catch (err) {
          expect(err).toBeInstanceOf(UpnpError);
          inWords((err as Error).message);
        }
      }),
      propertyRun('device description any text'),
    );
  });
});

describe('what each OS prints of its routes', () => {
  const route = fc.record({ gw: v4, dev: iface, metric: fc.integer({ min: 0, max: 9999 }) });
  const lowest = <T extends { metric: number }>(rs: T[]) => rs.reduce((a, b) => (b.metric < a.metric ? b : a));

  it('the default gateway of lowest metric, as ip route, route print and route get print it', () => {
    fc.assert(
      fc.property(fc.array(route, { minLength: 1, maxLength: 5 }), (routes) => {
        const best = lowest(routes);
        const ip = routes.map((r) => `default via ${r.gw} dev ${r.dev} proto dhcp metric ${r.metric}`).join('\n');
        expect(parseIpRouteDefault(ip, 4)).toEqual({ address: best.gw, family: 4, interface: best.dev });
        const print = routes.map((r) => `          0.0.0.0          0.0.0.0   ${r.gw}   10.0.0.2   ${r.metric}`);
        const won = parseRoutePrintV4(['Active Routes:', ...print].join('\r\n'));
        expect(won).toEqual({ address: best.gw, family: 4, interface: '10.0.0.2' });
        const get = `   route to: default\ndestination: default\n    gateway: ${best.gw}\n  interface: ${best.dev}\n`;
        expect(parseRouteGet(get, 4)).toEqual({ address: best.gw, family: 4, interface: best.dev });
      }),
      propertyRun('gateway read back'),
    );
  });

  it('/proc/net/route gives the gateway it holds, in either byte order', () => {
    fc.assert(
      fc.property(
        fc.array(route, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('LE' as const, 'BE' as const),
        (routes, order) => {
          const hex = (ip: string) => {
            const b = ip.split('.').map((x) => Number(x).toString(16).padStart(2, '0').toUpperCase());
            return (order === 'LE' ? b.reverse() : b).join('');
          };
          const lines = routes.map(
            (r) => `${r.dev}\t00000000\t${hex(r.gw)}\t0003\t0\t0\t${r.metric}\t00000000\t0\t0\t0`,
          );
          const text = [
            'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
            ...lines,
          ].join('\n');
          const withGw = routes.filter((r) => r.gw !== '0.0.0.0');
          const got = parseProcNetRoute(text, order);
          if (withGw.length === 0) expect(got).toBeNull();
          else {
            const best = lowest(withGw);
            expect(got).toEqual({ address: best.gw, family: 4, interface: best.dev });
          }
          // The same table, asked which interface leaves for an address: the default route's.
          expect(parseProcRouteEgress(text, '203.0.113.9', order)).toBe(lowest(routes).dev);
        },
      ),
      propertyRun('proc route read back'),
    );
  });

  it('the egress interface is the longest prefix holding the address, then the lowest metric', () => {
    const row = fc.record({
      dest: v4,
      prefix: fc.integer({ min: 0, max: 32 }),
      ifc: v4,
      metric: fc.integer({ min: 1, max: 999 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), v4, (rows, target) => {
        const toInt = (ip: string) => ip.split('.').reduce((n, b) => n * 256 + Number(b), 0);
        const mask = (p: number) => (p === 0 ? 0 : (0xffffffff << (32 - p)) >>> 0);
        const dotted = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
        const text = rows
          .map((r) => `  ${r.dest}  ${dotted(mask(r.prefix))}  On-link  ${r.ifc}  ${r.metric}`)
          .join('\n');
        const holding = rows.filter(
          (r) => (toInt(r.dest) & mask(r.prefix)) >>> 0 === (toInt(target) & mask(r.prefix)) >>> 0,
        );
        const got = parseRoutePrintEgress(text, target);
        if (holding.length === 0) {
          expect(got).toBeNull();
          return;
        }
        const top = Math.max(...holding.map((r) => r.prefix));
        const best = lowest(holding.filter((r) => r.prefix === top));
        expect(holding.filter((r) => r.prefix === top && r.metric === best.metric).map((r) => r.ifc)).toContain(got);
      }),
      propertyRun('route print egress'),
    );
  });

  it('any text gives null or a gateway of the family asked, and an interface name without spaces', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(4 as const, 6 as const), (text, family) => {
        for (const g of [
          parseIpRouteDefault(text, family),
          parseRouteGet(text, family),
          family === 4 ? parseRoutePrintV4(text) : parseRoutePrintV6(text),
          family === 4 ? parseProcNetRoute(text, 'LE') : parseProcIpv6Route(text),
        ])
          if (g !== null) expect(g.family).toBe(family);
        for (const i of [
          parseIpRouteGet(text),
          parseRouteGetInterface(text),
          parseProcRouteEgress(text, '1.1.1.1', 'BE'),
          parseRoutePrintEgress(text, '1.1.1.1'),
        ])
          if (i !== null) expect(i).toMatch(/^\S+$/);
      }),
      propertyRun('routes any text'),
    );
  });
});
