/**
 * Address -> { asn, org, country } from the databases shipped as npm packages, on this machine
 * only: no request leaves it. Each family's files are opened on the first lookup of that family
 * and kept open: the country MMDB is read into memory (mmdb-lib works on a buffer), the ASN
 * table stays on disk (asn-table.ts). A user's newer copies in `overrideDir` take precedence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import ipaddr from 'ipaddr.js';
import { Reader, type Response } from 'mmdb-lib';

import type { NetworkIdentity } from '../../../shared/identity';
import type { Family } from '../../../shared/types';
import { AsnTable } from './asn-table';
import { classifyVpn } from './classify';

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
  /** Closes the ASN tables' files; the lookup opens them again if asked. */
  close(): void;
  /** Addresses whose answer is remembered now (at most MEMO). */
  readonly remembered: number;
}

/** A record of the country MMDB (ip-location-db's own shape, not MaxMind's). */
interface CountryRecord {
  country_code?: string;
}

interface Opened {
  asn: AsnTable;
  country: Reader<Response>;
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
    const o = { asn: new AsnTable(data[family].asn), country: new Reader(readFileSync(data[family].country)) };
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
    const range = db.asn.find(toInteger(addr.toByteArray()));
    const record = db.country.get(addr.toString()) as CountryRecord | null;
    const country = record?.country_code ?? null;
    if (!range && !country) return null;
    const asn = range?.asn ?? null;
    return { asn, org: range?.org || null, country, vpn: classifyVpn(asn) };
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
      for (const o of opened.values()) o.asn.close();
      opened.clear();
    },
    get remembered() {
      return memo.size;
    },
  };
}

const toInteger = (bytes: number[]): bigint => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
