/**
 * The little XML a UPnP-IGD client reads: the device description's `<service>` blocks, a SOAP
 * answer's out-arguments and fault, a GENA `<e:propertyset>`. Each is a few kilobytes of flat,
 * machine-written XML, so these helpers find elements by their local name (any namespace
 * prefix) and decode their text; they are not a general XML parser, and need not be: a name we
 * look for never nests inside itself in these documents. (No XML library is a dependency: the
 * two in node_modules come with electron-builder, which the runner does not ship.)
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Removes comments and processing instructions, which may hold anything, element-like text included. */
export const stripMarkup = (xml: string): string => xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '');

/** Text content as written in XML: entities and character references decoded, CDATA taken as is. */
export function decodeXmlText(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, cdata, ref) => {
    if (typeof cdata === 'string') return cdata;
    const name = ref as string;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The raw inner XML of each element with this local name, in document order. `<name/>` gives
 * ''. A prefix (`<u:name>`, `<e:property>`) is allowed and must close as it opened.
 */
export function innerXmlOf(xml: string, localName: string): string[] {
  const name = escapeName(localName);
  const re = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${name})(?:\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, 'g');
  return [...xml.matchAll(re)].map((m) => m[2] ?? '');
}

/** The decoded, trimmed text of the first element with this local name, or undefined when there is none. */
export function textOf(xml: string, localName: string): string | undefined {
  const [inner] = innerXmlOf(xml, localName);
  return inner === undefined ? undefined : decodeXmlText(inner).trim();
}

/**
 * The child elements of a fragment, one level deep, as local name and decoded text: a SOAP
 * answer's out-arguments, or the one variable inside a GENA `<e:property>`, all plain values.
 */
export function childValues(xml: string): { name: string; text: string }[] {
  const re = /<((?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*))(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;
  return [...xml.matchAll(re)].map((m) => ({ name: m[2] as string, text: decodeXmlText(m[3] ?? '').trim() }));
}
