/**
 * What the generated certificate must name, and when it is made again. Pure.
 *
 * Names: this host's name, `<name>.local` (what mDNS answers on a LAN), `localhost`, every
 * non-internal address of its interfaces, and 127.0.0.1 and ::1. IPv6 link-local addresses
 * (fe80::/10) are left out: a browser needs a zone (`%eth0`) to reach them, and no certificate
 * can name one.
 *
 * Renewal, checked at each start and once a day while serving (`renewalReason`):
 *
 * | the stored certificate                                   | made again? | reason     |
 * |----------------------------------------------------------|-------------|------------|
 * | none, or unreadable                                      | yes         | `missing`  |
 * | past its end                                             | yes         | `expired`  |
 * | ends within RENEW_BEFORE_MS (30 days)                    | yes         | `expiring` |
 * | lacks a name or address this host now has               | yes         | `names`    |
 * | names more than the host now has (an address went away) | no          | null       |
 * | otherwise                                                | no          | null       |
 *
 * A name that went away does not renew: each renewal changes the fingerprint a person compared,
 * and an extra name harms nobody. VALIDITY_DAYS is 397, the longest validity browsers accept for
 * a server certificate, so the renewal happens at most once a year unless the host changes.
 */
export const VALIDITY_DAYS = 397;
export const RENEW_BEFORE_MS = 30 * 24 * 3600_000;

export interface HostNames {
  dns: string[];
  ip: string[];
}

/** The part of os.networkInterfaces() read here. */
export type Interfaces = Record<
  string,
  ReadonlyArray<{ address: string; family: string | number; internal: boolean }> | undefined
>;

/** The names and addresses the certificate must hold for this host. */
export function wantedNames(hostname: string, interfaces: Interfaces): HostNames {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  const dns = new Set<string>();
  if (host && /^[a-z0-9.-]+$/.test(host)) {
    dns.add(host);
    // A plain name (no dot) is reached on a LAN as name.local; a full name already says where it is.
    if (!host.includes('.')) dns.add(`${host}.local`);
  }
  dns.add('localhost');
  const ip = new Set<string>(['127.0.0.1', '::1']);
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) {
      if (a.internal) continue;
      if (/^fe[89ab]/i.test(a.address)) continue;
      ip.add(a.address.toLowerCase());
    }
  }
  return { dns: [...dns], ip: [...ip] };
}

export type RenewalReason = 'missing' | 'expired' | 'expiring' | 'names';

/** Why the stored certificate must be made again, or null to keep it (the table above). */
export function renewalReason(
  stored: { notAfter: number; names: HostNames } | null,
  wanted: HostNames,
  now: number,
): RenewalReason | null {
  if (!stored) return 'missing';
  if (stored.notAfter <= now) return 'expired';
  if (stored.notAfter - now <= RENEW_BEFORE_MS) return 'expiring';
  const dns = new Set(stored.names.dns.map((d) => d.toLowerCase()));
  const ip = new Set(stored.names.ip.map((a) => a.toLowerCase()));
  if (wanted.dns.some((d) => !dns.has(d)) || wanted.ip.some((a) => !ip.has(a))) return 'names';
  return null;
}

/**
 * The DNS names and addresses of Node's `X509Certificate.subjectAltName` text
 * (`DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1`), addresses as written by
 * us (IPv6 compressed) so they compare with wantedNames'.
 */
export function parseSubjectAltName(text: string | undefined): HostNames {
  const dns: string[] = [];
  const ip: string[] = [];
  for (const part of (text ?? '').split(/,\s*/)) {
    const m = /^(DNS|IP Address):(.+)$/.exec(part.trim());
    if (!m) continue;
    if (m[1] === 'DNS') dns.push(m[2]!.toLowerCase());
    else ip.push(compressIpv6(m[2]!));
  }
  return { dns, ip };
}

/** An IPv6 address in its shortest form (RFC 5952), lower case; IPv4 as it is. */
export function compressIpv6(address: string): string {
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address.toLowerCase()).map((g) => g.replace(/^0+(?=.)/, ''));
  // The longest run of two or more zero groups becomes '::' (the first, on a tie).
  let best = { at: -1, len: 1 };
  for (let i = 0; i < groups.length;) {
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

function expandIpv6(a: string): string[] {
  const [head, tail] = a.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  if (tail === undefined) return h;
  return [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
}

/**
 * Does a certificate holding `names` cover `host` (a Host header's name or address, without its
 * port; IPv6 in brackets)? As a browser checks it (RFC 6125): a name compares without case and
 * without a final dot, an address by its value (IPv6 in any spelling), and a wildcard name
 * `*.example.com` covers one label more (`a.example.com`), never the bare `example.com`, never two
 * labels, never an address. An address never matches a DNS name of the certificate.
 */
export function hostCovered(host: string, names: HostNames): boolean {
  const bracketed = /^\[([0-9a-f:.]+)\]$/i.exec(host);
  if (bracketed) return names.ip.includes(compressIpv6(bracketed[1]!.toLowerCase()));
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return names.ip.includes(host);
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name)) return false;
  return names.dns.some((d) => {
    const want = d.toLowerCase().replace(/\.$/, '');
    if (!want.startsWith('*.')) return want === name;
    const dot = name.indexOf('.');
    return dot > 0 && name.slice(dot + 1) === want.slice(2);
  });
}
