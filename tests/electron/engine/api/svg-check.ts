/**
 * Reads an SVG with saxes (a strict XML parser) and lists what would make it unsafe to embed:
 * scripts, event attributes, links and references outside the document, foreign content.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface SvgReading {
  root: SaxesTagNS | null;
  elements: string[];
  texts: string[];
  /** Everything unsafe found, in words; empty for a safe SVG. */
  unsafe: string[];
}

/** Attributes that are plain words for people: a URL written in them is text, never fetched (as namespace names). */
const TEXT_ATTRIBUTES = new Set(['aria-label']);

const BANNED = new Set(['script', 'foreignObject', 'a', 'image', 'use', 'iframe', 'embed', 'object', 'style']);

export function readSvg(svg: string): SvgReading {
  const out: SvgReading = { root: null, elements: [], texts: [], unsafe: [] };
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('doctype', () => out.unsafe.push('a doctype (entities)'));
  parser.on('processinginstruction', (pi) => out.unsafe.push(`processing instruction ${pi.target}`));
  parser.on('opentag', (tag) => {
    out.root ??= tag;
    out.elements.push(tag.local);
    if (BANNED.has(tag.local)) out.unsafe.push(`element <${tag.local}>`);
    for (const a of Object.values(tag.attributes)) {
      if (/^on/i.test(a.local)) out.unsafe.push(`event attribute ${a.name}`);
      if (a.local === 'href') out.unsafe.push(`link ${a.name}="${a.value}"`);
      if (
        !TEXT_ATTRIBUTES.has(a.name) &&
        !/^xmlns(:|$)/.test(a.name) &&
        /url\s*\(|javascript:|https?:\/\/(?!www\.w3\.org\/2000\/svg$)/i.test(a.value)
      )
        out.unsafe.push(`reference in ${a.name}="${a.value}"`);
    }
  });
  parser.on('text', (t) => {
    if (t.trim()) out.texts.push(t);
  });
  parser.write(svg).close();
  return out;
}
