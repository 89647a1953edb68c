/**
 * A stand-in for Namecheap's Dynamic DNS (https://dynamicdns.park-your-domain.com: `GET /update`
 * with `host`, `domain`, `password` and `ip`), from Namecheap's article "How to dynamically update
 * the host's IP with an HTTP request"
 * (https://www.namecheap.com/support/knowledgebase/article.aspx/29/11/), qdm12/ddns-updater's
 * internal/provider/providers/namecheap/provider.go and jeessy2/ddns-go's dns/namecheap.go. Its
 * quirks: every answer is 200 with an XML <interface-response> that declares utf-16 while it is
 * sent as utf-8; a refusal is <ErrCount>1</ErrCount> with <errors><Err1>words</Err1></errors>
 * ("Passwords do not match", "Domain name not found", "No Records updated. A record not Found;");
 * the host record must exist (an A + Dynamic DNS record made once in Advanced DNS): it is never
 * made; IPv4 only; the answer is the same whether the address changed or not.
 */
import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface NamecheapStandIn extends HttpStandIn {
  zone: Zone;
}

const answer = (inner: string) =>
  `<?xml version="1.0" encoding="utf-16"?>\r\n<interface-response><Command>SETDNSHOST</Command>` +
  `<Language>eng</Language>${inner}<Done>true</Done><debug><![CDATA[]]></debug></interface-response>`;

const refusal = (words: string, number: number) =>
  answer(
    `<ErrCount>1</ErrCount><errors><Err1>${words}</Err1></errors><ResponseCount>1</ResponseCount>` +
      `<responses><response><ResponseNumber>${number}</ResponseNumber><ResponseString>${words}</ResponseString>` +
      `</response></responses>`,
  );

export async function startNamecheap(domain: string, password: string): Promise<NamecheapStandIn> {
  const zone = createZone(domain);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/update') return { status: 404, body: 'Not Found' };
    if ((q.get('domain') ?? '').toLowerCase() !== domain)
      return { status: 200, body: refusal('Domain name not found', 316153) };
    if (q.get('password') !== password) return { status: 200, body: refusal('Passwords do not match', 304156) };
    const host = q.get('host') ?? '';
    const name = host === '@' ? domain : `${host.toLowerCase()}.${domain}`;
    const address = q.get('ip') ?? '';
    if (typeOf(address) !== 'A') return { status: 200, body: refusal('Invalid IP', 304153) };
    if (zone.find(name, 'A').length === 0)
      return { status: 200, body: refusal('No Records updated. A record not Found;', 380091) };
    setAddress(zone, name, 'A', address);
    return {
      status: 200,
      body: answer(`<IP>${address}</IP><ErrCount>0</ErrCount><errors /><ResponseCount>0</ResponseCount><responses />`),
    };
  });
  return Object.assign(stand, { zone });
}
