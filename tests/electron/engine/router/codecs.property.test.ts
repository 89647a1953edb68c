/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the router's readers of
 * outside bytes and text: NAT-PMP and PCP answers, SSDP search answers, the XML reader every UPnP
 * document goes through, and GENA's TIMEOUT header and NOTIFY bodies. Each reads back what was
 * written, field for field; what it cannot read is null or a refusal in words, never a throw.
 */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';

import { parseGenaTimeout, parsePropertySet } from '../../../../electron/engine/router/gena-message';
import {
  decodeNatPmpAnnouncement,
  decodeNatPmpAnswer,
  natPmpResult,
} from '../../../../electron/engine/router/natpmp-codec';
import { decodePcpAnswer, encodeMapRequest, pcpResult } from '../../../../electron/engine/router/pcp-codec';
import { parseSsdpAnswer } from '../../../../electron/engine/router/ssdp-message';
import { UpnpError } from '../../../../electron/engine/router/upnp-errors';
import { readXml, type XmlElement } from '../../../../electron/engine/router/upnp-xml';
import { propertyRun } from '../../../helpers/properties';

/** A refusal in words: a lower-case phrase, not a bare code. */
const inWords = (m: string) => expect(m).toMatch(/[a-z]+ [a-z]+ [a-z]+/);
const u8 = fc.integer({ min: 0, max: 255 });
const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const v4 = fc.tuple(u8, u8, u8, u8).map((b) => b.join('.'));

describe('NAT-PMP answers', () => {
  it('read back each field of an answer laid out as RFC 6886 3.2 says', () => {
    fc.assert(
      fc.property(u8, u16, u32, fc.tuple(u8, u8, u8, u8), fc.boolean(), (op, result, epoch, addr, short) => {
        const msg = Buffer.alloc(short ? 8 : 12);
        msg[1] = op;
        msg.writeUInt16BE(result, 2);
        msg.writeUInt32BE(epoch, 4);
        if (!short) Buffer.from(addr).copy(msg, 8);
        const a = decodeNatPmpAnswer(msg);
        if (op < 128) {
          expect(a).toBeNull();
          return;
        }
        expect(a).toEqual({ opcode: op, result, epoch, ...(short ? {} : { address: addr.join('.') }) });
        const announced = decodeNatPmpAnnouncement(msg);
        expect(announced !== null).toBe(op === 128 && result === 0 && !short);
        const verdict = natPmpResult(a!, '192.168.1.1');
        if (verdict.ok) {
          expect([result, verdict.value.address, verdict.value.epoch]).toEqual([0, addr.join('.'), epoch]);
        } else inWords(verdict.error.message);
      }),
      propertyRun('NAT-PMP answers'),
    );
  });

  it('never throw on any bytes, and read only version 0 answers of 8 bytes or more', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const msg = Buffer.from(bytes);
        const a = decodeNatPmpAnswer(msg);
        expect(a !== null).toBe(msg.length >= 8 && msg[0] === 0 && msg[1]! >= 128);
        if (a) expect(a.epoch).toBe(msg.readUInt32BE(4));
      }),
      propertyRun('NAT-PMP any bytes'),
    );
  });
});

describe('PCP answers', () => {
  const request = fc.record({
    version: fc.constantFrom(1 as const, 2 as const),
    lifetime: u32,
    client: fc.oneof(v4, fc.ipV6()),
    nonce: fc.uint8Array({ minLength: 12, maxLength: 12 }).map((b) => Buffer.from(b)),
    protocol: u8,
    internalPort: u16,
    family: fc.constantFrom(4 as const, 6 as const),
  });

  it('read back a MAP request as the server echoes it (R bit set), field for field', () => {
    fc.assert(
      fc.property(request, u8, u32, (req, result, epoch) => {
        const msg = encodeMapRequest(req);
        msg[1]! |= 0x80;
        msg[3] = result;
        msg.writeUInt32BE(epoch, 8);
        const a = decodePcpAnswer(msg);
        expect(a).toMatchObject({ version: req.version, opcode: 1, result, lifetime: req.lifetime, epoch });
        expect(a!.map).toEqual({
          ...(req.version === 2 ? { nonce: req.nonce } : {}),
          protocol: req.protocol,
          internalPort: req.internalPort,
          externalPort: 0,
          address: req.family === 4 ? '0.0.0.0' : '::',
        });
        // The all-zeros suggestion echoed back is no address: a failure in words, whatever the code.
        const verdict = pcpResult(a!, '192.168.1.1', req.family);
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) inWords(verdict.error.message);
      }),
      propertyRun('PCP MAP echo'),
    );
  });

  it('give the address the server wrote, in canonical form, for either family', () => {
    fc.assert(
      fc.property(request, fc.oneof(v4, fc.ipV6()), (req, address) => {
        const msg = encodeMapRequest(req);
        msg[1]! |= 0x80;
        const parsed = ipaddr.parse(address);
        const v6 = parsed.kind() === 'ipv4' ? (parsed as ipaddr.IPv4).toIPv4MappedAddress() : parsed;
        Buffer.from(v6.toByteArray()).copy(msg, req.version === 2 ? 44 : 32);
        const map = decodePcpAnswer(msg)!.map!;
        expect(ipaddr.parse(map.address).toNormalizedString()).toBe(
          (ipaddr.process(address) as ipaddr.IPv4 | ipaddr.IPv6).toNormalizedString(),
        );
      }),
      propertyRun('PCP MAP address'),
    );
  });

  it('never throw on any bytes, and read only answers of version 1 or 2 within the bounds', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const msg = Buffer.from(bytes);
        const a = decodePcpAnswer(msg);
        const readable = msg.length >= 24 && (msg[0] === 1 || msg[0] === 2) && (msg[1]! & 0x80) !== 0;
        expect(a !== null).toBe(readable);
        if (a) {
          const verdict = pcpResult(a, '192.168.1.1', 4);
          if (!verdict.ok) inWords(verdict.error.message);
        }
      }),
      propertyRun('PCP any bytes'),
    );
  });
});

describe('SSDP search answers', () => {
  const token = fc
    .stringMatching(/^[!-9;-~][ -~]{0,30}$/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const letterCase = (name: string, flips: boolean[]) =>
    [...name].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');

  it('read back LOCATION, ST, USN, SERVER and BOOTID whatever the header case and line ends', () => {
    fc.assert(
      fc.property(
        fc.record({ location: token, st: token, usn: token, server: fc.option(token), bootId: fc.option(u32) }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\r\n', '\n'),
        (h, flips, eol) => {
          const lines = [
            'HTTP/1.1 200 OK',
            `${letterCase('location', flips)}: ${h.location}`,
            `${letterCase('st', flips)}:${h.st}`,
            `${letterCase('usn', flips)}: ${h.usn}`,
            ...(h.server === null ? [] : [`SERVER: ${h.server}`]),
            ...(h.bootId === null ? [] : [`${letterCase('bootid.upnp.org', flips)}: ${h.bootId}`]),
            'EXT:',
          ];
          expect(parseSsdpAnswer(Buffer.from(`${lines.join(eol)}${eol}${eol}`, 'latin1'))).toEqual({
            location: h.location,
            st: h.st,
            usn: h.usn,
            ...(h.server === null ? {} : { server: h.server }),
            ...(h.bootId === null ? {} : { bootId: h.bootId }),
          });
        },
      ),
      propertyRun('SSDP answers'),
    );
  });

  it('read nothing from a datagram that is not a 200 answer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = parseSsdpAnswer(text);
        if (!/^HTTP\/1\.[01] 200\b/i.test(text)) expect(a).toBeNull();
        else if (a) expect(a.location.length * a.st.length).toBeGreaterThan(0);
      }),
      propertyRun('SSDP any text'),
    );
  });
});

describe('the XML reader', () => {
  const xmlChar = fc.oneof(
    fc.constantFrom('&', '<', '>', '"', "'", ' ', '\n', '\t', 'é', '€', '𝄞', '\uE026'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );
  const xmlAllows = (c: string) => {
    const p = c.codePointAt(0)!;
    const surrogate = p >= 0xd800 && p <= 0xdfff;
    return (p >= 0x20 || p === 9 || p === 10) && !surrogate && p !== 0xfffe && p !== 0xffff;
  };
  // XML 1.0 section 2.2: no C0 controls but tab and newline (a CR is read as a newline, 2.11).
  const text = fc.array(xmlChar, { maxLength: 12 }).map((cs) => cs.filter(xmlAllows).join(''));
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const treeOf = (depth: number): fc.Arbitrary<XmlElement> =>
    fc.record({ name, text, children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }) });
  const tree = treeOf(3);
  const print = (el: XmlElement, prefix: string | null, cdata: boolean): string => {
    const tag = prefix ? `${prefix}:${el.name}` : el.name;
    const ns = prefix ? ` xmlns:${prefix}="urn:x"` : '';
    const body = cdata && !el.text.includes(']]>') ? `<![CDATA[${el.text}]]>` : escape(el.text);
    return `<${tag}${ns}>${body}${el.children.map((c) => print(c, prefix, cdata)).join('')}</${tag}>`;
  };
  const ordered = (el: XmlElement): unknown => ({
    name: el.name,
    text: el.text,
    children: el.children.map(ordered),
  });

  it('reads back any printed tree: local names, each element its own text (escaped or CDATA)', () => {
    fc.assert(
      fc.property(tree, fc.option(fc.constantFrom('s', 'u', 'm')), fc.boolean(), (el, prefix, cdata) => {
        // Text after a child element lands in the parent too: the printer puts text first, so the
        // element's own text is the text before its first child.
        const doc = readXml(`<?xml version="1.0"?>\n${print(el, prefix, cdata)}`, 'the document');
        expect(ordered(doc.children[0]!)).toEqual(ordered(el));
      }),
      propertyRun('XML print and read'),
    );
  });

  it('refuses what it cannot read in words that start with what it was reading', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (junk) => {
        try {
          readXml(junk, 'the device description');
        } catch (err) {
          expect(err).toBeInstanceOf(UpnpError);
          expect((err as Error).message).toMatch(/^the device description (is not readable XML|is over)/);
        }
      }),
      propertyRun('XML any text'),
    );
  });

  it("reads back a NOTIFY body's variables, whatever their values", () => {
    const variables = fc.dictionary(
      name,
      text.map((t) => t.trim()),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(variables, (vars) => {
        const props = Object.entries(vars)
          .map(([k, v]) => `<e:property><${k}>${escape(v)}</${k}></e:property>`)
          .join('');
        const body = `<e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0">${props}</e:propertyset>`;
        const read = parsePropertySet(body);
        expect(read?.values).toEqual(vars);
        expect(read?.externalIPAddress).toBe(vars.ExternalIPAddress);
      }),
      propertyRun('GENA NOTIFY bodies'),
    );
  });
});

describe("GENA's TIMEOUT header", () => {
  it('gives back the seconds it was written with, and null for any other text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.string({ maxLength: 20 }), (s, junk) => {
        expect(parseGenaTimeout(`Second-${s}`)).toBe(s);
        expect(parseGenaTimeout(` second-${s} `)).toBe(s);
        const read = parseGenaTimeout(junk);
        if (read !== null) expect(`${junk.trim().slice(7)}`).toBe(String(read).padStart(junk.trim().length - 7, '0'));
      }),
      propertyRun('GENA TIMEOUT'),
    );
  });
});
