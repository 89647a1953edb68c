/**
 * The router's XML reader (saxes behind upnp-xml.ts): what it reads, what it refuses,
 * and that hostile documents at the largest size any caller reads cost time in proportion to
 * their length. The speed itself (the largest hostile document in at most 20 ms) is a bench
 * figure (bench/upnp-xml.ts), not a test: tests hold no time limits.
 */
import { performance } from 'node:perf_hooks';

import { describe, expect, it } from 'vitest';

import { parsePropertySet } from '../../../../electron/engine/router/gena-message';
import { parseSoapAnswer } from '../../../../electron/engine/router/soap';
import { wanConnectionServices } from '../../../../electron/engine/router/upnp-description';
import { UpnpError } from '../../../../electron/engine/router/upnp-errors';
import { MAX_XML_CHARS, readXml, textOf, type XmlElement } from '../../../../electron/engine/router/upnp-xml';
import { HOSTILE_XML } from '../../../fakes/hostile-upnp-xml';

const GW = '192.168.77.1';

/** The document read, or the refusal's message; anything else thrown fails the test. */
function outcome(xml: string): { read: XmlElement } | { refused: string } {
  try {
    return { read: readXml(xml, 'the document') };
  } catch (err) {
    expect(err).toBeInstanceOf(UpnpError);
    expect((err as UpnpError).code).toBe('malformed');
    return { refused: (err as UpnpError).message };
  }
}

const refused = (xml: string) => {
  const got = outcome(xml);
  return 'refused' in got ? got.refused : `read: ${JSON.stringify(got.read).slice(0, 200)}`;
};
const firstText = (xml: string) => {
  const got = outcome(xml);
  return 'read' in got ? got.read.children[0]?.text : got.refused;
};

describe('hostile documents at the cap: each read or refused, never expanded', () => {
  const at = (name: string) => (HOSTILE_XML[name] as (size: number) => string)(MAX_XML_CHARS);

  it.each([
    ['unclosed comments', 'malformed comment'],
    ['unclosed processing instructions', 'document must contain a root element'],
    ['unclosed CDATA sections', 'text data outside of root node'],
    ['one comment, never closed', 'unclosed tag: r'],
    ['one processing instruction, never closed', 'unclosed tag: r'],
    ['one CDATA section, never closed', 'unclosed tag: r'],
    ['unclosed tags', 'disallowed character in attribute name'],
    ['tags without names', 'disallowed character in tag name'],
    ['unclosed attribute quotes', 'disallowed character'],
    ['one element, its start tag never closed', 'unexpected end'],
    ['open elements, never closed', 'elements nested deeper than 64'],
    ['deep nesting, balanced', 'elements nested deeper than 64'],
    ['one element of many attributes', 'an element with more than 32 attributes'],
    ['many empty elements', 'more than 8192 elements'],
    // Thousands of ampersands: no second reading with stray ones taken as themselves (below).
    ['bare & run', 'unclosed tag: r'],
    ['undeclared entity run', 'undefined entity'],
    ['billion laughs (DOCTYPE entities)', 'undefined entity'],
    ['one big entity, referenced again and again', 'undefined entity'],
    ['a propertyset of many properties', 'more than 8192 elements'],
    ['end tags only', 'unmatched closing tag: service'],
  ])('%s: refused (%s)', (name, reason) => {
    const xml = at(name);
    expect(xml.length).toBe(MAX_XML_CHARS);
    expect(refused(xml)).toMatch(new RegExp(`^the document is not readable XML: (\\d+:\\d+: )?${reason}`));
  });

  it('a 256 KB description: every WAN service found', () => {
    const xml = at('a 256 KB description, many services');
    expect(xml.length).toBe(MAX_XML_CHARS);
    const services = wanConnectionServices(xml, `http://${GW}:5000/rootDesc.xml`, GW);
    expect(services.length).toBe(xml.split('WANIPConnection:').length - 1);
    // miniupnpd's own WANIPConnection:2 first, then the filler's version-1 services in order.
    expect(services.slice(0, 2).map((s) => s.controlUrl.pathname)).toEqual(['/ctl/IPConn', '/ctl/IPConn2']);
  });

  it('text broken by comments: read whole', () => {
    const xml = at('text broken by comments');
    expect(firstText(xml)).toBe(xml.slice('<r>'.length, -'</r>'.length).replaceAll('<!---->', ''));
  });

  it.each([
    ['&amp; run', '&amp;', '&'],
    ['&#x41; run', '&#x41;', 'A'],
  ])('%s: each decoded once, in place', (name, unit, decoded) => {
    const xml = at(name);
    expect(firstText(xml)).toBe(xml.slice('<r>'.length, -'</r>'.length).replaceAll(unit, decoded));
  });

  it('every hostile document has a row above', () => {
    expect(Object.keys(HOSTILE_XML)).toHaveLength(24);
  });

  it('more than the cap is refused unread', () => {
    expect(refused(' '.repeat(MAX_XML_CHARS + 1))).toBe(`the document is over ${MAX_XML_CHARS} characters`);
  });
});

/**
 * Linear time, asserted without a time limit. For each hostile document the same number of
 * characters is parsed two ways: sixteen documents of a sixteenth of the cap, and one at the cap.
 * In linear time the two cost the same; in quadratic time (the regular expressions this reader
 * replaced) the one at the cap costs sixteen times as much. The bound is four times, the middle
 * of 1 and 16 on a log scale: room for what is not the parser's (the garbage collector works
 * harder on one long string than on sixteen short ones: up to 3 times was seen with eighths) and
 * still far from quadratic. Each side is the least of seven interleaved rounds, after one round to
 * warm the JIT: load on a busy 2-core CI box only ever adds time, so the least is the figure it
 * touched least, and interleaving puts both sides under the same load. Ratios, not
 * milliseconds, so a slow machine passes as a fast one does.
 */
describe('hostile documents cost time in proportion to their length', () => {
  const ROUNDS = 7;
  const PARTS = 16;

  const timeParse = (docs: readonly string[]) => {
    const t0 = performance.now();
    for (const xml of docs) outcome(xml);
    return performance.now() - t0;
  };

  it.each(Object.keys(HOSTILE_XML))('%s', (name) => {
    const build = HOSTILE_XML[name] as (size: number) => string;
    const small = Array.from({ length: PARTS }, () => build(MAX_XML_CHARS / PARTS));
    const large = [build(MAX_XML_CHARS)];
    let smallMs = Infinity;
    let largeMs = Infinity;
    for (let round = 0; round <= ROUNDS; round++) {
      const s = timeParse(small);
      const l = timeParse(large);
      if (round === 0) continue;
      smallMs = Math.min(smallMs, s);
      largeMs = Math.min(largeMs, l);
    }
    expect(largeMs / smallMs, `at the cap ${largeMs.toFixed(2)} ms, 16 x 1/16: ${smallMs.toFixed(2)} ms`).toBeLessThan(
      4,
    );
  });
});

describe('what routers send', () => {
  it.each([
    ['five entities and character references', '<r>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;</r>', `<>&"'AB`],
    ['CDATA as is, entities in it untouched', '<r>a<![CDATA[<b>&amp;]]>c</r>', 'a<b>&amp;c'],
    ['comments and processing instructions left out', '<r>a<!-- <x>y</x> -->b<?pi z?>c</r>', 'abc'],
    ['a DOCTYPE is passed over', '<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r>x</r>', 'x'],
    ['a byte-order mark, a declaration, CRLF', '\uFEFF<?xml version="1.0"?>\r\n<r>x\r\ny</r>\r\n', 'x\ny'],
  ])('%s: read', (_name, xml, expected) => {
    const got = outcome(xml);
    expect('read' in got && textOf(got.read, 'r')).toBe(expected);
  });

  it('attributes are ignored', () => {
    const got = outcome(
      `<r xmlns="urn:x" configId="1337"${Array.from({ length: 30 }, (_, i) => ` a${i}=""`).join('')}><s:x xmlns:s="urn:y"/></r>`,
    );
    expect('read' in got && got.read.children).toEqual([
      { name: 'r', text: '', children: [{ name: 'x', children: [], text: '' }] },
    ]);
  });

  it('a prefix is dropped, the local name kept', () => {
    const got = outcome('<u:Answer xmlns:u="urn:x"><u:Value> 1 </u:Value></u:Answer>');
    expect('read' in got && textOf(got.read, 'Value')).toBe('1');
  });

  // What routers write unescaped is taken as itself, as the regular expressions before did.
  it.each([
    ['a stray & (AT&T)', '<r>AT&T</r>', 'AT&T'],
    ['an HTML entity', '<r>&nbsp;x</r>', '&nbsp;x'],
    ['an & before a character reference', '<r>&&#x41;</r>', '&A'],
    ['a declared entity: text, never expanded', '<!DOCTYPE r [<!ENTITY e "boom">]><r>&e;</r>', '&e;'],
    ['a stray & in CDATA and beside &amp;', '<r>a &amp; b & <![CDATA[c & d]]></r>', 'a & b & c & d'],
    // Found by the property in codecs.property.test.ts: read as sent, the mark's character is the
    // document's own, not an ampersand.
    ['a private-use U+E026 of its own', '<r>\uE026</r>', '\uE026'],
  ])('%s: read', (_name, xml, text) => {
    expect(firstText(xml)).toBe(text);
  });

  // Not XML, so refused with the reason, where the regular expressions read on: a router that
  // sends these is told apart in the log from one that sends nothing useful.
  it.each([
    ['a mismatched end tag', '<root><service></servic></root>', /unexpected close tag/],
    [
      'a stray & and a mismatched end tag: the first reason told',
      '<r>AT&T</x>',
      /unclosed tag: r|unexpected close tag/,
    ],
    ['more stray & than a second reading is given', `<r>${'&'.repeat(257)}</r>`, /unclosed tag: r/],
    ['two root elements', '<a/><b/>', /documents may contain only one root/],
  ])('%s: refused', (_name, xml, reason) => {
    expect(refused(xml)).toMatch(reason);
  });

  it('an element named __proto__ is a value like another, and pollutes nothing', () => {
    const body = '<e:propertyset><e:property><__proto__>x</__proto__></e:property></e:propertyset>';
    expect(parsePropertySet(body)?.values).toEqual({});
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('a document that cannot be read, through each caller', () => {
  const UNREADABLE = '<root><!-- never closed <service>';

  it('the description: UpnpError malformed (findIgd fails with it)', () => {
    let thrown: unknown;
    try {
      wanConnectionServices(UNREADABLE, `http://${GW}:5000/rootDesc.xml`, GW);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UpnpError);
    expect([(thrown as UpnpError).code, (thrown as UpnpError).message]).toEqual([
      'malformed',
      'the device description is not readable XML: 1:33: unclosed tag: root',
    ]);
  });

  it('a SOAP answer: malformed', () => {
    expect(parseSoapAnswer(200, UNREADABLE, 'GetExternalIPAddress')).toEqual({
      kind: 'malformed',
      message: 'HTTP 200: the answer to GetExternalIPAddress is not readable XML: 1:33: unclosed tag: root',
    });
  });

  it('a NOTIFY body: no propertyset (the listener answers 400)', () => {
    expect(parsePropertySet(UNREADABLE)).toBeNull();
  });
});
