/**
 * The badge's SVG and words (api/badge/badge.ts), pure: what it says for each status, that its width
 * is a fixed computation, that any text is escaped, and that the SVG (read by a strict XML
 * parser) holds no script, event attribute or external reference.
 */
import { describe, expect, it } from 'vitest';

import {
  badgeContent,
  type BadgeFacts,
  badgeSvg,
  escapeXml,
  textWidth,
} from '../../../../electron/engine/api/badge/badge';
import type { FamilyStatus } from '../../../../shared/types';
import { readSvg } from './svg-check';

const NOW = Date.UTC(2026, 10, 25, 12);
const H = 3_600_000;

const family = (f: 4 | 6, ip: string | null, since: number | null): FamilyStatus => ({
  family: f,
  enabled: true,
  ip,
  since,
  lastCheck: null,
  cgnat: null,
});
const status = (v4: FamilyStatus, v6 = family(6, null, null)) => ({ families: { v4, v6 } });
const facts = (over: Partial<BadgeFacts> = {}): BadgeFacts => ({
  kind: 'held-for',
  family: 4,
  window: '30 d',
  showAddress: false,
  now: NOW,
  ...over,
});
const uptime = (percent: number | null) => ({
  uptime: [{ label: '30 d', days: 30, from: NOW - 30 * 24 * H, percent, monitoredMs: 1, offlineMs: 0 }],
});

describe('what the badge says', () => {
  it.each([
    [
      'held, address hidden',
      facts(),
      status(family(4, '81.2.69.142', NOW - 27 * H)),
      null,
      ['IPv4 held for', '1d 3h', 'blue'],
    ],
    [
      'held, address asked for',
      facts({ showAddress: true }),
      status(family(4, '81.2.69.142', NOW - 27 * H)),
      null,
      ['IPv4 held for', '81.2.69.142 · 1d 3h', 'blue'],
    ],
    [
      'no address yet',
      facts({ family: 6 }),
      status(family(4, '81.2.69.142', NOW)),
      null,
      ['IPv6 held for', 'no address yet', 'grey'],
    ],
    [
      'uptime, full',
      facts({ kind: 'uptime' }),
      status(family(4, null, null)),
      uptime(100),
      ['uptime 30 d', '100%', 'green'],
    ],
    [
      'uptime, 99.5%',
      facts({ kind: 'uptime' }),
      status(family(4, null, null)),
      uptime(99.5),
      ['uptime 30 d', '99.50%', 'green'],
    ],
    [
      'uptime, 97.25%',
      facts({ kind: 'uptime' }),
      status(family(4, null, null)),
      uptime(97.25),
      ['uptime 30 d', '97.25%', 'yellow'],
    ],
    [
      'uptime, a moment short of every moment: as the dashboard says it, never 100%',
      facts({ kind: 'uptime' }),
      status(family(4, null, null)),
      uptime(99.99),
      ['uptime 30 d', '99.99%', 'green'],
    ],
    [
      'uptime, 80%',
      facts({ kind: 'uptime' }),
      status(family(4, null, null)),
      uptime(80),
      ['uptime 30 d', '80.00%', 'red'],
    ],
    [
      'uptime, nothing watched',
      facts({ kind: 'uptime' }),
      status(family(4, null, null)),
      uptime(null),
      ['uptime 30 d', 'no data', 'grey'],
    ],
    [
      'uptime, unknown window',
      facts({ kind: 'uptime', window: '7 d' }),
      status(family(4, null, null)),
      uptime(100),
      ['uptime 7 d', 'no data', 'grey'],
    ],
  ])('%s', (_name, f, s, insight, [label, message, color]) => {
    expect(badgeContent(f, s, insight)).toEqual({ label, message, color });
  });

  it('never holds the address unless asked', () => {
    const s = status(family(4, '81.2.69.142', NOW - H));
    expect(badgeSvg(badgeContent(facts(), s, null))).not.toContain('81.2.69.142');
    expect(badgeSvg(badgeContent(facts({ showAddress: true }), s, null))).toContain('81.2.69.142');
  });
});

describe('the SVG', () => {
  it.each([
    ['', 0],
    ['il', 8],
    ['1d 3h', 4 * 7 + 4],
    // I, l, f and spaces are narrow (4), P wide-ish (8), the rest 7.
    ['IPv4 held for', 4 + 8 + 7 + 7 + 4 + 7 + 7 + 4 + 7 + 4 + 4 + 7 + 7],
    ['MW', 22],
  ])('the width of %j is %s px', (text, px) => {
    expect(textWidth(text)).toBe(px);
  });

  it('is as wide as its two texts and their padding', () => {
    const svg = badgeSvg({ label: 'uptime 30 d', message: '99.50%', color: 'green' });
    const read = readSvg(svg);
    expect(read.root?.local).toBe('svg');
    expect(read.root?.uri).toBe('http://www.w3.org/2000/svg');
    expect(Number(read.root?.attributes.width?.value)).toBe(textWidth('uptime 30 d') + textWidth('99.50%') + 24);
    expect(read.root?.attributes.height?.value).toBe('20');
    expect(read.unsafe).toEqual([]);
    expect(read.texts).toEqual(['uptime 30 d: 99.50%', 'uptime 30 d', '99.50%']);
  });

  it.each([
    '<script>alert(1)</script>',
    '"><g onload="alert(1)"',
    "' onclick='x",
    '<a xlink:href="http://evil.example/">x</a>',
    '&amp; <image href="https://evil.example/x.png"/>',
    ']]><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
    'bell\u0007 and nul\u0000',
  ])('escapes any text it is given: %j stays text', (text) => {
    const svg = badgeSvg({ label: text, message: text, color: 'red' });
    const read = readSvg(svg);
    expect(read.unsafe).toEqual([]);
    expect(read.elements).toEqual(['svg', 'title', 'rect', 'rect', 'g', 'text', 'text']);
    const shown = [...text].filter((c) => c >= ' ').join('');
    expect(read.texts.slice(1)).toEqual([shown, shown]);
  });

  it('cuts a long text, so no input makes a huge image', () => {
    const svg = badgeSvg({ label: 'x'.repeat(10_000), message: 'y', color: 'grey' });
    expect(svg.length).toBeLessThan(1500);
    expect(readSvg(svg).texts[1]).toBe(`${'x'.repeat(59)}…`);
  });

  it.each([
    ['a & b', 'a &amp; b'],
    ['<x>', '&lt;x&gt;'],
    [`"'`, '&quot;&#39;'],
    ['tab\tok', 'tab\tok'],
  ])('escapeXml(%j) = %j', (text, want) => {
    expect(escapeXml(text)).toBe(want);
  });
});

describe('the SVG check itself', () => {
  it('finds what would make an SVG unsafe', () => {
    const hostile = [
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="x()">',
      '<script>alert(1)</script>',
      '<a xlink:href="http://evil.example/"><text>x</text></a>',
      '<rect fill="url(https://evil.example/p.svg#g)"/>',
      '</svg>',
    ].join('');
    expect(readSvg(hostile).unsafe).toEqual([
      'event attribute onload',
      'element <script>',
      'element <a>',
      'link xlink:href="http://evil.example/"',
      'reference in xlink:href="http://evil.example/"',
      'reference in fill="url(https://evil.example/p.svg#g)"',
    ]);
  });
});
