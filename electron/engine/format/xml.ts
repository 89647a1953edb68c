/**
 * The little XML IPWatch reads: a UPnP-IGD device description's `<service>` blocks, a SOAP
 * answer's out-arguments and fault, a GENA `<e:propertyset>` (router/), and the answers of the
 * DNS providers that speak XML (Route 53, Namecheap: ddns/providers/). They come from a device on
 * the LAN, which anyone there can be, or from across the internet, so they are read by saxes, a conforming XML 1.0 parser: one pass over
 * the input, in time that grows with its length whatever it holds (the regular expressions this
 * replaces rescanned the rest of the input for every unclosed `<!--`, `<?` or tag: seconds for
 * the 256 KB a description may be). Each caller caps what it reads before it parses, and
 * `readXml` refuses more than the largest cap.
 *
 * Read as these documents need, no more:
 * - elements by their local name (a namespace prefix dropped, as UPnP's own prefixes vary by
 *   device), attributes ignored; saxes's namespace mode is off (it costs time with the depth);
 * - text with XML's five entities and character references decoded, CDATA taken as is;
 * - no DTD: saxes reads past a DOCTYPE without acting on it, so an entity it declares is an
 *   undefined entity, never expanded;
 * - a document that fails only for an `&` that starts none of those is read again with each such
 *   `&` taken as itself, as the regular expressions before did: routers write "AT&T" or `&nbsp;`
 *   unescaped, and a strict reading would lose their whole description for one character. Only
 *   when it holds a few (MAX_STRAY): a document of thousands costs the second reading for nothing;
 * - a document that is not well-formed XML otherwise (an unclosed comment, a mismatched end
 *   tag), or past a bound no UPnP document comes near (nested deeper than 64, more than 8,192
 *   elements, an element of more than 32 attributes), is refused: an XmlError, with the reason,
 *   which each caller turns into its own room's failure (router/upnp-xml.ts: UpnpError 'malformed').
 */
import { SaxesParser } from 'saxes';

/** A document that cannot be read (its message starts with what the caller called it). */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** An element of the document: its local name, its child elements, and its own text, in document order. */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** The text directly inside it (CDATA included), decoded, untrimmed. */
  text: string;
}

/** The largest document any caller reads (a device description: router/upnp-device.ts). */
export const MAX_XML_CHARS = 256 * 1024;
/** A description nests about ten deep. */
const MAX_DEPTH = 64;
/**
 * miniupnpd's description has 95 elements, a large router's a few hundred, 256 KB of nothing but
 * services about 6,000; past that, each costs objects for nothing.
 */
const MAX_ELEMENTS = 8192;
/** A UPnP element carries a namespace declaration or two; thousands of distinct ones cost saxes a large dictionary. */
const MAX_ATTRIBUTES = 32;

const withoutPrefix = (name: string) => name.slice(name.indexOf(':') + 1);

/** An `&` that does not start one of XML's five entities or a character reference (a bounded look ahead: linear). */
const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/g;
/** At most this many `&` in a document read again with the stray ones taken as themselves. */
const MAX_STRAY = 256;
/**
 * What a stray `&` stands as while saxes reads, and is turned back into in the text: one
 * character for one, a private-use one, which no UPnP document writes.
 */
const AMPERSAND_MARK = '\uE026';
const unmark = (text: string) => text.replaceAll(AMPERSAND_MARK, '&');

/**
 * Parses a document; the returned element (named '') holds its top-level element. An empty or
 * blank body holds none (it is no answer, rather than a malformed one). Throws an XmlError, its
 * message starting with `what`, when the document cannot be read.
 */
export function readXml(xml: string, what: string): XmlElement {
  if (xml.length > MAX_XML_CHARS) throw new XmlError(`${what} is over ${MAX_XML_CHARS} characters`);
  try {
    return parse(xml);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).slice(0, 120);
    const again = fewAmpersands(xml) ? xml.replace(STRAY_AMPERSAND, AMPERSAND_MARK) : xml;
    if (again !== xml)
      try {
        return parse(again, unmark);
      } catch {
        // Not only the ampersands: the first reason is the one to tell.
      }
    throw new XmlError(`${what} is not readable XML: ${reason}`);
  }
}

const fewAmpersands = (xml: string): boolean => {
  let n = 0;
  for (let i = xml.indexOf('&'); i !== -1 && n <= MAX_STRAY; i = xml.indexOf('&', i + 1)) n++;
  return n > 0 && n <= MAX_STRAY;
};

/**
 * `decode` turns each text back from what was read: only the second reading, of a document with
 * its stray ampersands marked, has marks to turn back; in a document read as sent (the first
 * reading), the mark's character is the document's own and stays as it came.
 */
function parse(xml: string, decode: (text: string) => string = (text) => text): XmlElement {
  const root: XmlElement = { name: '', children: [], text: '' };
  if (xml.trim() === '') return root;
  const open: XmlElement[] = [root];
  const current = () => open[open.length - 1] as XmlElement;
  const parser = new SaxesParser();
  let attributes = 0;
  parser.on('opentagstart', () => void (attributes = 0));
  parser.on('attribute', () => {
    if (++attributes > MAX_ATTRIBUTES) throw new Error(`an element with more than ${MAX_ATTRIBUTES} attributes`);
  });
  let elements = 0;
  parser.on('opentag', (tag) => {
    if (open.length > MAX_DEPTH) throw new Error(`elements nested deeper than ${MAX_DEPTH}`);
    if (++elements > MAX_ELEMENTS) throw new Error(`more than ${MAX_ELEMENTS} elements`);
    const element: XmlElement = { name: withoutPrefix(tag.name), children: [], text: '' };
    current().children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => void (current().text += decode(text)));
  parser.on('cdata', (text) => void (current().text += decode(text)));
  parser.write(xml).close();
  return root;
}

/** Every element below `within` with this local name, in document order (nested ones included). */
export function elementsNamed(within: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [...within.children].reverse();
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.name === localName) found.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as XmlElement);
  }
  return found;
}

/** The trimmed text of the first element below `within` with this local name, or undefined when there is none. */
export function textOf(within: XmlElement, localName: string): string | undefined {
  return elementsNamed(within, localName)[0]?.text.trim();
}

/**
 * The child elements of an element, one level deep, as local name and trimmed text: a SOAP
 * answer's out-arguments, or the one variable inside a GENA `<e:property>`, all plain values.
 */
export function childValues(of: XmlElement): { name: string; text: string }[] {
  return of.children.map((child) => ({ name: child.name, text: child.text.trim() }));
}
