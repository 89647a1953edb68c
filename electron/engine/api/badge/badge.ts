/**
 * electron/engine/api/badge: the status badge: its SVG (badge.ts) and its route (badge-route.ts).
 *
 * The status badge (issue 42): a flat two-part SVG, as shields.io draws them, built here with no
 * script, no event attribute, no link and no external reference (fonts are the viewer's own), so
 * any page can embed it. What it says is decided by badgeContent() from the status and the
 * insight; the address appears only when the settings allow it. Pure.
 */
import type { AppStatus, Insight } from '../../../../shared/contract';
import { shortDuration } from '../../../../shared/forecast';
import { english } from '../../../../shared/i18n/translators';
import { uptimeText } from '../../../../shared/uptime';

export const BADGE_KINDS = ['held-for', 'uptime'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export const BADGE_COLORS = {
  green: '#2e7d32',
  yellow: '#9e7700',
  red: '#c62828',
  blue: '#1565c0',
  grey: '#616161',
} as const;
export type BadgeColor = keyof typeof BADGE_COLORS;

export interface BadgeContent {
  label: string;
  message: string;
  color: BadgeColor;
}

/**
 * Widths in px of Verdana 11px (the font badges are drawn in), by character class: a fixed
 * computation, so the same text always gives the same badge whatever renders it.
 */
const NARROW = new Set("il.,:;|!'`Ijft()[] ");
const WIDE = new Set('mwMW@%');
const charWidth = (c: string) => {
  if (NARROW.has(c)) return 4;
  if (WIDE.has(c)) return 11;
  if (/[A-Z]/.test(c)) return 8;
  return 7;
};

/** Width of a text in the badge's font (px, rounded up). */
export function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return Math.ceil(w);
}

/** Text as XML character data or an attribute value: the five markup characters escaped, control characters dropped. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c as '&']);
}

/** XML 1.0 allows tab, newline and carriage return below the space, and not U+FFFE, U+FFFF; DEL is dropped too. */
function allowedInXml(c: string): boolean {
  const n = c.codePointAt(0)!;
  if (n < 0x20) return n === 0x09 || n === 0x0a || n === 0x0d;
  return n !== 0x7f && n !== 0xfffe && n !== 0xffff;
}

/** Badge texts are short: a longer one is cut, so no input makes a huge image. */
const MAX_TEXT = 60;
const clip = (t: string) => (t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t);

const PAD = 6;

/** The SVG of a badge: label on grey, message on its colour. */
export function badgeSvg(content: BadgeContent): string {
  const label = clip(content.label);
  const message = clip(content.message);
  const lw = textWidth(label) + 2 * PAD;
  const mw = textWidth(message) + 2 * PAD;
  const w = lw + mw;
  const l = escapeXml(label);
  const m = escapeXml(message);
  const fill = BADGE_COLORS[content.color];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${m}">`,
    `<title>${l}: ${m}</title>`,
    `<rect width="${lw}" height="20" fill="#555"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${fill}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="14">${m}</text>`,
    `</g></svg>`,
  ].join('');
}

export interface BadgeFacts {
  kind: BadgeKind;
  family: 4 | 6;
  /** The uptime window: a label of UPTIME_WINDOWS (`24 h`, `30 d`, `1 y`). */
  window: string;
  showAddress: boolean;
  now: number;
}

/** What the badge says: how long the family's address has been held, or uptime over a window. */
export function badgeContent(
  facts: BadgeFacts,
  status: Pick<AppStatus, 'families'>,
  insight: Pick<Insight, 'uptime'> | null,
): BadgeContent {
  if (facts.kind === 'uptime') {
    const w = insight?.uptime.find((u) => u.label === facts.window);
    const label = `uptime ${facts.window}`;
    if (!w || w.percent === null) return { label, message: 'no data', color: 'grey' };
    const p = w.percent;
    // The dashboard's figure (shared/uptime.ts), without its space: a badge never reads 100% while offline.
    const text = uptimeText(p, english).replace(' ', '');
    return { label, message: text, color: p >= 99 ? 'green' : p >= 95 ? 'yellow' : 'red' };
  }
  const f = status.families[`v${facts.family}`];
  const label = `IPv${facts.family} held for`;
  if (!f?.ip || f.since === null) return { label, message: 'no address yet', color: 'grey' };
  const held = shortDuration(Math.max(0, facts.now - f.since), english);
  return { label, message: facts.showAddress ? `${f.ip} · ${held}` : held, color: 'blue' };
}
