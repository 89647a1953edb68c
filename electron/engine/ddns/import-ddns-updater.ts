/**
 * ddns-updater's config.json (its `settings` array, as qdm12/ddns-updater's docs/<provider>.md
 * describe each entry) turned into IPWatch's DDNS records, for the providers IPWatch has; every
 * other entry is refused with one line saying why. Pure: the caller reads the file and writes the
 * settings.
 *
 * Each provider's file says which of ddns-updater's provider names it takes and how an entry
 * becomes its record (`fromDdnsUpdater`, import-entry.ts); docs/ddns.md lists the mapping.
 *
 * `ip_version` "ipv4" gives an A record, "ipv6" an AAAA one, "ipv4 or ipv6" (the default) both.
 * Older configs name the record by `domain` and `host`/`owner` ("@" for the domain itself).
 * `ipv6_suffix` (`0:0:0:0:72ad:8fbb:a54e:bedd/64`: its last N bits are put behind the public
 * prefix's first 128-N) becomes the AAAA record's `address`, on a /48 to /64 (shared/ipv6-host.ts).
 */
import { fromDdnsUpdaterSuffix } from '../../../shared/ipv6-host';
import { ddnsRecordSchema } from '../../../shared/settings/ddns';
import { formatIssues } from '../../../shared/settings/schema-common';
import { type Entry, type ImportsFrom, str } from './import-entry';
import { DDNS } from './registry';
import type { DdnsProvider } from './types';

/** The provider that takes ddns-updater's provider `name` (each provider's file says which it takes). */
function takerOf(name: string): ImportsFrom | undefined {
  for (const p of Object.values(DDNS) as DdnsProvider[])
    if (p.fromDdnsUpdater?.names.includes(name)) return p.fromDdnsUpdater;
  return undefined;
}

/** The record's full name: `domain`, or `owner`/`host` under it. */
function fullName(e: Entry): string {
  const domain = str(e.domain) ?? '';
  const owner = str(e.owner) ?? str(e.host);
  return !owner || owner === '@' ? domain : `${owner}.${domain}`;
}

/** The provider's own fields of one entry (no id or type yet) and whether it keeps A alone, or the reason it cannot be moved. */
function fields(e: Entry, name: string): { got: Entry; ipv4Only: boolean } | string {
  const provider = String(e.provider ?? '').toLowerCase();
  const taker = takerOf(provider);
  if (!taker) return `provider "${provider || '(none)'}" is not one IPWatch keeps in step yet`;
  const got = taker.fields(e, name);
  return typeof got === 'string' ? got : { got, ipv4Only: taker.ipv4Only === true };
}

/** An entry for several domains ("domain.com,seconddomain.com", as ddns-updater takes them): one entry each. */
const perDomain = (e: Entry): Entry[] => {
  const domains = (str(e.domain) ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  return domains.length > 1 ? domains.map((domain) => ({ ...e, domain })) : [e];
};

/** ddns-updater's `ipv6_suffix` as the record's address (`::72ad:8fbb:a54e:bedd`, `::5/56`), or why it cannot be one. */
export function importSuffix(text: string): { suffix: string } | { error: string } {
  const r = fromDdnsUpdaterSuffix(text);
  return 'error' in r ? r : { suffix: r.address };
}

const TYPES: Record<string, ('A' | 'AAAA')[]> = { ipv4: ['A'], ipv6: ['AAAA'], 'ipv4 or ipv6': ['A', 'AAAA'] };

export interface ImportResult {
  /** Records as the settings hold them (`ddns.records`), secrets included. */
  records: Record<string, unknown>[];
  /** One line per entry that was not moved. */
  refused: string[];
}

/** Where the records of one import go, and the ids already given. */
export interface ImportSink extends ImportResult {
  ids: Set<string>;
}

/**
 * Adds one record (its provider's fields and its type) under an id made of `base` (with its type
 * when the entry makes both), once the schema takes it; else the schema's words are its refusal.
 */
export function placeRecord(out: ImportSink, at: string, base: string, typed: boolean, record: Entry): void {
  const stem = base.replace(/[^a-zA-Z0-9._-]/g, '_').slice(0, 56);
  let id = typed ? `${stem}-${String(record.type).toLowerCase()}` : stem;
  for (let n = 2; out.ids.has(id); n++) id = `${stem}-${n}`;
  const parsed = ddnsRecordSchema.safeParse({ id, ...record });
  if (!parsed.success) return void out.refused.push(`${at}: ${formatIssues(parsed.error, '(entry)').join('; ')}`);
  out.ids.add(id);
  out.records.push({ id, ...record });
}

export function importDdnsUpdater(config: unknown): ImportResult {
  const settings = (config as { settings?: unknown } | null)?.settings;
  if (!Array.isArray(settings)) return { records: [], refused: ['config.json has no "settings" array'] };
  const records: Record<string, unknown>[] = [];
  const refused: string[] = [];
  const ids = new Set<string>();
  settings.forEach((raw: unknown, i) => {
    for (const e of perDomain((typeof raw === 'object' && raw !== null ? raw : {}) as Entry))
      importEntry({ records, refused, ids }, e, i);
  });
  return { records, refused };
}

/** One entry (of one domain) as its records, or its refusal. */
function importEntry(out: ImportSink, e: Entry, i: number): void {
  const { refused } = out;
  const name = fullName(e);
  const at = `settings[${i}] (${String(e.provider ?? '?')} ${name || '?'})`;
  const taken = fields(e, name);
  if (typeof taken === 'string') return void refused.push(`${at}: ${taken}`);
  const { got, ipv4Only } = taken;
  const version = str(e.ip_version);
  const types: ('A' | 'AAAA')[] | undefined =
    version === undefined && ipv4Only ? ['A'] : TYPES[version ?? 'ipv4 or ipv6'];
  if (!types)
    return void refused.push(`${at}: ip_version "${String(e.ip_version)}" is not ipv4, ipv6 or "ipv4 or ipv6"`);
  const suffix = str(e.ipv6_suffix) && types.includes('AAAA') ? importSuffix(str(e.ipv6_suffix)!) : null;
  if (suffix && 'error' in suffix) return void refused.push(`${at}: ${suffix.error}`);
  for (const type of types) {
    const address = type === 'AAAA' && suffix ? { address: suffix.suffix } : {};
    placeRecord(out, at, `${got.provider as string}-${name}`, types.length > 1, { type, ...address, ...got });
  }
}
