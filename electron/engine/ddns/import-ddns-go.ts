/**
 * ddns-go's config (.ddns_go_config.yaml: jeessy2/ddns-go config/config.go, written by
 * gopkg.in/yaml with its field names in lower case) turned into IPWatch's DDNS records: each
 * `dnsconf` entry names its provider (`dns.name`), its key (`dns.id`, `dns.secret`,
 * `dns.extparam`), a TTL and, per family, whether it is on and its domains. A domain line is
 * `sub.example.com` (the zone found by the public suffix list, as ddns-go's checkParseDomains
 * does) or `sub:example.com` (the zone said), with `?key=value` parameters after it (config/
 * domains.go). Each provider's file says which of ddns-go's names it takes (`fromDdnsGo`); the
 * entry it reads is `{ id, secret, extparam, zone, ttl }`. Pure: the caller reads the file.
 */
import { getDomain } from 'tldts';

import { type ImportResult, type ImportSink, placeRecord } from './import-ddns-updater';
import { type Entry, type ImportsFrom, str } from './import-entry';
import { DDNS } from './registry';
import type { DdnsProvider } from './types';

function takerOf(name: string): ImportsFrom | undefined {
  for (const p of Object.values(DDNS) as DdnsProvider[]) if (p.fromDdnsGo?.names.includes(name)) return p.fromDdnsGo;
  return undefined;
}

/** One domain line as its full name and zone, or why it is not one (ddns-go's own rule). */
export function goDomain(line: string): { name: string; zone: string } | { error: string } {
  const [bare = ''] = line.trim().split('?');
  const parts = bare.split(':');
  if (parts.length === 2) {
    const [sub = '', zone = ''] = parts;
    if (!zone.includes('.')) return { error: `"${bare}": the zone after ":" is not a domain` };
    return { name: sub === '' || sub === '@' ? zone : `${sub}.${zone}`, zone };
  }
  if (parts.length > 2) return { error: `"${bare}" has more than one ":"` };
  const zone = getDomain(bare);
  if (!zone) return { error: `"${bare}" is not a domain under a public suffix` };
  return { name: bare, zone };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

export function importDdnsGo(config: unknown): ImportResult {
  const list = obj(config).dnsconf;
  if (!Array.isArray(list)) return { records: [], refused: ['the ddns-go config has no "dnsconf" list'] };
  const out: ImportSink = { records: [], refused: [], ids: new Set() };
  list.forEach((raw: unknown, i) => {
    const c = obj(raw);
    const dns = obj(c.dns);
    const provider = (str(dns.name) ?? '').toLowerCase();
    const taker = takerOf(provider);
    for (const [family, type] of [
      ['ipv4', 'A'],
      ['ipv6', 'AAAA'],
    ] as const) {
      const f = obj(c[family]);
      if (f.enable !== true) continue;
      const domains = Array.isArray(f.domains) ? f.domains.filter((d): d is string => typeof d === 'string') : [];
      for (const line of domains.map((d) => d.trim()).filter(Boolean)) {
        const at = `dnsconf[${i}] (${provider || '?'} ${type} ${line.split('?')[0]})`;
        if (!taker) {
          out.refused.push(`${at}: provider "${provider || '(none)'}" is not one IPWatch keeps in step yet`);
          continue;
        }
        const d = goDomain(line);
        if ('error' in d) {
          out.refused.push(`${at}: ${d.error}`);
          continue;
        }
        const ttl = Number(str(c.ttl) ?? c.ttl);
        const entry: Entry = {
          id: dns.id,
          secret: dns.secret,
          extparam: dns.extparam,
          zone: d.zone,
          ...(Number.isInteger(ttl) && ttl > 0 ? { ttl } : {}),
        };
        const got = taker.fields(entry, d.name);
        if (typeof got === 'string') {
          out.refused.push(`${at}: ${got}`);
          continue;
        }
        placeRecord(out, at, `${String(got.provider)}-${d.name}`, true, { type, ...got });
      }
    }
  });
  return { records: out.records, refused: out.refused };
}
