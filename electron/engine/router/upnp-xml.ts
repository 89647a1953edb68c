/**
 * The XML reader (format/xml.ts) as the UPnP-IGD client uses it: a document it cannot read is
 * the router's fault, UpnpError 'malformed', with the reader's reason.
 */
import { readXml as readAnyXml, XmlError, type XmlElement } from '../format/xml';
import { UpnpError } from './upnp-errors';

export { childValues, elementsNamed, MAX_XML_CHARS, textOf, type XmlElement } from '../format/xml';

/** format/xml.ts's readXml; throws UpnpError 'malformed', its message starting with `what`. */
export function readXml(xml: string, what: string): XmlElement {
  try {
    return readAnyXml(xml, what);
  } catch (err) {
    if (err instanceof XmlError) throw new UpnpError('malformed', err.message);
    throw err;
  }
}
