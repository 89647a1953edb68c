/**
 * /map through a real discord.js Client against the Discord stand-in, the real runtime and an
 * in-memory history stamped by the real lookup over the shipped databases: three addresses in a
 * week, imported as an IPWatch history file, give the time held per country named in the
 * member's language, the moves, and a PNG of the map (drawn with d3-geo, rasterised by resvg).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createIdentityLookup } from '../../../../electron/engine/identity';
import { english } from '../../../../shared/i18n/translators';
import { countryName } from '../../../../shared/map/country-name';
import { alice, answered, type BotHarness, connected, startBot } from './helpers';

const D = 86_400_000;
const lookup = createIdentityLookup();
const ADDRESSES = ['79.192.1.1', '8.8.8.8', '79.192.1.2'];
let h: BotHarness;
let dir: string;

beforeAll(async () => {
  h = await startBot({ identify: (ip) => lookup.lookup(ip) });
  await connected(h);
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-map-'));
  const first = Date.now() - 9 * D;
  const runs = ADDRESSES.map((ip, i) => ({
    family: 4 as const,
    ip,
    firstSeen: first + i * 2 * D,
    lastSeen: first + (i + 1) * 2 * D - 60_000,
    checks: 100,
    sources: ['ipify'],
  }));
  const changes = runs.slice(1).map((r, i) => ({
    family: 4 as const,
    from: runs[i]!.ip,
    to: r.ip,
    at: r.firstSeen,
    sources: ['ipify'],
    trigger: 'interval' as const,
  }));
  const file = path.join(dir, 'week.json');
  writeFileSync(file, JSON.stringify({ format: 'ipwatch-history', version: 1, runs, changes, outages: [] }));
  await h.runtime.services.history.importFile(file, 'ipwatch');
}, 60_000);

afterAll(async () => {
  await h?.close();
  lookup.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('/map', () => {
  it('posts the time held per country, the moves and a PNG of the map', async () => {
    const [de, us] = ['79.192.1.1', '8.8.8.8'].map((ip) => countryName(lookup.lookup(ip)?.country ?? null, english));
    expect(de).toBe('Germany');
    expect(us).toBe('United States');
    const log = h.discord.command('map', { period: '30d' }, alice);
    await answered(log, true);
    const [embed] = (log.edits[0] as { embeds: { title: string; fields: { name: string; value: string }[] }[] }).embeds;
    expect(embed!.title).toBe('Where the addresses were, last 30 d');
    const held = embed!.fields.find((f) => f.name === 'Time held per country')!.value.split('\n');
    // Germany twice two days less a minute, the United States once; the runner's own address may add to either.
    expect(held[0]).toMatch(/^Germany: \d+ d( \d+ h)?$/);
    expect(held).toContainEqual(expect.stringMatching(/^United States: /));
    expect(embed!.fields.find((f) => f.name === 'Moves')!.value).toMatch(/^\d+ moves between countries$/);
    const png = log.files.find((f) => f.name === 'map.png');
    expect(png?.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png!.data.length).toBeGreaterThan(10_000);
  }, 30_000);

  it('refuses a period it cannot read, in words', async () => {
    const log = h.discord.command('map', { period: 'soon' }, alice);
    // Refused before any work: answered at once, not deferred.
    await answered(log);
    expect(JSON.stringify(log.callbacks)).toContain(english.t('bot.invalid.periodShape'));
  }, 30_000);
});
