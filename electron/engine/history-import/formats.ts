/**
 * Parsers for the files IPWatch can import, each returning a validated batch or throwing
 * an ImportError that says what is wrong. Nothing here touches the store: validation is
 * complete before the merge begins, which is how a bad file changes nothing.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import { formatIssues } from '../../../shared/settings/schema-common';
import { TRIGGERS } from '../../../shared/types';
import { EXPORT_FORMAT_ID, EXPORT_VERSION } from '../format/history-file';
import { canonicalIp, type ImportBatch, ImportError, sightingsToBatch } from './batch';

/** Epoch ms inside the range a JS Date can hold: "huge values" stop here. */
const epochMs = z.number().check(z.int(), z.gte(0)).check(z.lte(8.64e15));
const family = z.union([z.literal(4), z.literal(6)]);
const address = z.string().check(z.maxLength(64));
const sources = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(64));
const MAX_ROWS = 1_000_000;

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT_ID),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.optional(epochMs),
  runs: z
    .array(
      z.object({
        family,
        ip: address,
        firstSeen: epochMs,
        lastSeen: epochMs,
        checks: z.number().check(z.int(), z.gte(0), z.lte(2 ** 31)),
        sources,
      }),
    )
    .check(z.maxLength(MAX_ROWS)),
  changes: z
    .array(
      z.object({ family, from: z.nullable(address), to: address, at: epochMs, sources, trigger: z.enum(TRIGGERS) }),
    )
    .check(z.maxLength(MAX_ROWS)),
  outages: z
    .array(z.object({ start: epochMs, end: z.nullable(epochMs), cause: z.string().check(z.maxLength(500)) }))
    .check(z.maxLength(MAX_ROWS)),
  // Exports written before sessions were kept have none.
  sessions: z.optional(
    z
      .array(z.object({ start: epochMs, end: z.nullable(epochMs), lastAlive: epochMs, clean: z.boolean() }))
      .check(z.maxLength(MAX_ROWS)),
  ),
});

const ddnsSchema = z.object({
  records: z
    .array(
      z.object({
        domain: z.optional(z.string().check(z.maxLength(300))),
        host: z.optional(z.string().check(z.maxLength(300))),
        ips: z.array(z.object({ ip: address, time: z.string().check(z.maxLength(64)) })).check(z.maxLength(MAX_ROWS)),
      }),
    )
    .check(z.maxLength(10_000)),
});

function describe(error: core.$ZodError): string {
  const issues = formatIssues(error, '(top)');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return issues.slice(0, 3).join('; ') + more;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ImportError(
      `not valid JSON (is the file complete?): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

const must = (ip: string | null, where: string, fam?: 4 | 6): string => {
  if (ip === null) throw new ImportError(`${where}: not a${fam ? `n IPv${fam}` : 'n IP'} address`);
  return ip;
};

/** An IPWatch JSON export. */
export function parseIpwatchExport(data: unknown): ImportBatch {
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(`not an IPWatch history export: ${describe(parsed.error)}`);
  const { runs, changes, outages, sessions } = parsed.data;
  return {
    runs: runs.map((r, i) => {
      if (r.lastSeen < r.firstSeen) throw new ImportError(`runs.${i}: lastSeen is before firstSeen`);
      return { ...r, ip: must(canonicalIp(r.ip, r.family), `runs.${i}.ip`, r.family) };
    }),
    changes: changes.map((c, i) => ({
      ...c,
      from: c.from === null ? null : must(canonicalIp(c.from, c.family), `changes.${i}.from`, c.family),
      to: must(canonicalIp(c.to, c.family), `changes.${i}.to`, c.family),
    })),
    outages: outages.map((o, i) => {
      if (o.end !== null && o.end < o.start) throw new ImportError(`outages.${i}: end is before start`);
      return o;
    }),
    ...(sessions && {
      sessions: sessions.map((s, i) => {
        const end = s.end ?? s.lastAlive;
        if (s.lastAlive < s.start || end < s.start) throw new ImportError(`sessions.${i}: ends before it starts`);
        return { start: s.start, end, lastAlive: Math.min(s.lastAlive, end), clean: s.end !== null && s.clean };
      }),
    }),
  };
}

/** ddns-updater's updates.json: the addresses it set for each record, with times. */
export function parseDdnsUpdater(data: unknown): ImportBatch {
  const parsed = ddnsSchema.safeParse(data);
  if (!parsed.success) throw new ImportError(`not a ddns-updater updates.json: ${describe(parsed.error)}`);
  const sightings: { ip: string; at: number }[] = [];
  parsed.data.records.forEach((rec, r) =>
    rec.ips.forEach((entry, i) => {
      const at = Date.parse(entry.time);
      if (!Number.isFinite(at) || at < 0)
        throw new ImportError(`records.${r}.ips.${i}.time: not a date: ${JSON.stringify(entry.time)}`);
      sightings.push({ ip: must(canonicalIp(entry.ip), `records.${r}.ips.${i}.ip`), at });
    }),
  );
  // Several records usually track the same public address: their histories merge into one.
  return sightingsToBatch(sightings, 'import:ddns-updater');
}
