/**
 * `ipwatch ddns-import` of a ddns-updater config.json holding one entry for every provider of
 * ddns-updater's docs, each entry exactly as its docs/<provider>.md example gives it
 * (qdm12/ddns-updater, docs/*.md at the mirrored commit; the gcp example's `// ...` left out,
 * dynu's example, which its page does not mark as JSON, taken as written, and the placeholders
 * the provider's own format forbids given well-formed: Cloudflare's zone_identifier "some id" as 32
 * hex digits, Hetzner's as letters and digits, IONOS's api_key "api_key" as its documented
 * <prefix>.<key>, DNSPod's token "yourtoken" as its documented ID,TOKEN):
 * tests/fixtures/ddns-import/ddns-updater-docs.json. Every entry becomes a record of its own
 * provider, none is refused, and the command says so; the records are valid settings (issue 76's
 * first done-criterion).
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importDdnsConfig } from '../../../electron/headless/ddns-import-command';
import { parseSettingsText } from '../../../electron/host/settings-file';

const FIXTURE = path.join(import.meta.dirname, '..', '..', 'fixtures', 'ddns-import', 'ddns-updater-docs.json');

let dir: string;
let lines: string[];
let code: number;
let entries: { provider: string; domain?: string }[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-ddns-import-all-'));
  const config = path.join(dir, 'config.json');
  await copyFile(FIXTURE, config);
  entries = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { settings: typeof entries }).settings;
  lines = [];
  code = await importDdnsConfig({ dataDir: dir, env: {}, config, dryRun: false, out: (l) => lines.push(l) });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("ddns-import of every provider in ddns-updater's docs", () => {
  it("holds one entry for each of the docs' providers", () => {
    const providers = new Set(entries.map((e) => e.provider));
    expect(providers.size).toBe(entries.length);
    expect(providers.size).toBeGreaterThanOrEqual(59);
  });

  it('makes a record of every entry, refuses none, and says so', async () => {
    const refused = lines.filter((l) => l.startsWith('refused '));
    expect(refused, lines.join('\n')).toEqual([]);
    expect(code, lines.join('\n')).toBe(0);
    const text = await readFile(path.join(dir, 'settings.json'), 'utf8');
    const parsed = parseSettingsText(text, 'settings.json', {});
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const records = parsed.settings.ddns.records;
    expect(lines.at(-1)).toMatch(new RegExp(`^${records.length} record\\(s\\) made, 0 refused; imported into `));
    // Each entry made a record of its own provider (Domeneshop's two domains, two; OVH's DynHost
    // entry is a dyndns2 record, name.com's is namecom's).
    const made = new Set(records.map((r) => r.provider));
    expect(records.length).toBeGreaterThanOrEqual(entries.length + 1);
    expect(made.size).toBe(entries.length);
  });
});
