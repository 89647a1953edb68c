/**
 * Address -> { asn, org, country } from the databases shipped as npm packages, on this machine
 * only: no request leaves it. Each family's files are opened on the first lookup of that family
 * and kept open until close(): both stay on disk, the country MMDB read by range (mmdb-file.ts),
 * the ASN table searched (asn-table.ts). A user's newer copies in `overrideDir` take precedence.
 * A file that cannot be read is said in words at open (problems()) and its part of the answer
 * left empty, never a crash at a lookup.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import ipaddr from 'ipaddr.js';
import type { Response } from 'mmdb-lib';

import { addressBlock } from '../../../shared/address-block';
import { english } from '../../../shared/i18n/translators';
import type { NetworkIdentity } from '../../../shared/identity';
import type { Family } from '../../../shared/types';
import { unreadableWords } from '../../../shared/words/unreadable-file';
import { AsnTable } from './asn-table';
import { classifyVpn } from './classify';
import { type OpenedMmdb, openMmdb } from './mmdb-file';

/** The files of one family. */
export interface IdentityFiles {
  /** @ip-location-db/asn's `asn-ipv4-num.csv` or `asn-ipv6-num.csv`. */
  asn: string;
  /** @ip-location-db/geo-whois-asn-country-mmdb's per-family MMDB. */
  country: string;
}

export type IdentityData = Record<Family, IdentityFiles>;

export const FILE_NAMES: Record<Family, IdentityFiles> = {
  4: { asn: 'asn-ipv4-num.csv', country: 'geo-whois-asn-country-ipv4.mmdb' },
  6: { asn: 'asn-ipv6-num.csv', country: 'geo-whois-asn-country-ipv6.mmdb' },
};

const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));

/** The packages' files, each replaced by the file of the same name in `overrideDir` when there is one. */
export function dataFiles(overrideDir?: string | null): IdentityData {
  const asnDir = packageDir('@ip-location-db/asn');
  const countryDir = packageDir('@ip-location-db/geo-whois-asn-country-mmdb');
  const pick = (dir: string, name: string) => {
    const own = overrideDir ? join(overrideDir, name) : null;
    return own && existsSync(own) ? own : join(dir, name);
  };
  const files = (f: Family): IdentityFiles => ({
    asn: pick(asnDir, FILE_NAMES[f].asn),
    country: pick(countryDir, FILE_NAMES[f].country),
  });
  return { 4: files(4), 6: files(6) };
}

export interface IdentityLookup {
  /** The identity of a public address; null for one neither database knows (or not an address). */
  lookup(ip: string): NetworkIdentity | null;
  /** Closes every file it opened (two a family); the lookup opens them again if asked. */
  close(): void;
  /** Opens each family's files if not yet, and says in words each one that cannot be read. */
  problems(): string[];
  /** Addresses whose answer is remembered now (at most MEMO). */
  readonly remembered: number;
}

/** A record of the country MMDB (ip-location-db's own shape, not MaxMind's). */
interface CountryRecord {
  country_code?: string;
}

interface Opened {
  asn: AsnTable | null;
  country: OpenedMmdb<Response> | null;
  /** What could not be opened, in words. */
  problems: string[];
}

/**
 * Addresses remembered with their answer: a status is asked often, and about the same few
 * addresses (this line's, a router's, a change's old one); 64 of them are a few KB. The oldest
 * goes first past it.
 */
export const MEMO = 64;

export function createIdentityLookup(data: IdentityData = dataFiles()): IdentityLookup {
  const opened = new Map<Family, Opened>();
  const memo = new Map<string, NetworkIdentity | null>();
  const open = (family: Family): Opened => {
    const known = opened.get(family);
    if (known) return known;
    const problems: string[] = [];
    const attempt = <T>(make: () => T, words: (err: unknown) => string): T | null => {
      try {
        return make();
      } catch (err) {
        problems.push(`IPv${family}: ${words(err)}`);
        return null;
      }
    };
    const { asn, country } = data[family];
    // Each file apart: the AS table answers without the country database, and the other way round.
    const o: Opened = {
      asn: attempt(
        () => new AsnTable(asn),
        (err) => unreadableWords('AS table', asn, err, english),
      ),
      country: attempt(() => openMmdb<Response>(country), messageOf),
      problems,
    };
    opened.set(family, o);
    return o;
  };
  const find = (ip: string): NetworkIdentity | null => {
    if (!ipaddr.isValid(ip)) return null;
    const addr = ipaddr.process(ip);
    // A private or reserved address is nobody's on the internet (the data has stray rows for some).
    if (addr.range() !== 'unicast') return null;
    const family: Family = addr.kind() === 'ipv4' ? 4 : 6;
    const db = open(family);
    const range = db.asn?.find(toInteger(addr.toByteArray())) ?? null;
    const country = countryOf(db, addr.toString());
    if (!range && !country) return null;
    const asn = range?.asn ?? null;
    const block = range ? addressBlock(ip, range.start, range.end) : null;
    return { asn, org: range?.org || null, country, vpn: classifyVpn(asn), ...(block ? { block } : {}) };
  };
  return {
    lookup(ip) {
      if (memo.has(ip)) return memo.get(ip) ?? null;
      const identity = find(ip);
      if (memo.size >= MEMO) memo.delete(memo.keys().next().value ?? '');
      memo.set(ip, identity);
      return identity;
    },
    close() {
      for (const o of opened.values()) {
        o.asn?.close();
        o.country?.close();
      }
      opened.clear();
    },
    problems: () => ([4, 6] as const).flatMap((f) => open(f).problems),
    get remembered() {
      return memo.size;
    },
  };
}

/** The country of `ip`; a read the reader refused (the file changed while open) is kept as a problem and left empty. */
function countryOf(db: Opened, ip: string): string | null {
  try {
    return (db.country?.reader.get(ip) as CountryRecord | null | undefined)?.country_code ?? null;
  } catch (err) {
    const words = messageOf(err);
    if (db.problems.length < PROBLEMS_KEPT && !db.problems.includes(words)) db.problems.push(words);
    return null;
  }
}

/** Problems kept a family: a damaged file could otherwise add one a lookup. */
const PROBLEMS_KEPT = 4;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

const toInteger = (bytes: number[]): bigint => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
