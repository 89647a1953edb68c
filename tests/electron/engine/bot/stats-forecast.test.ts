/**
 * The forecast lines of /stats, through a real discord.js Client against the Discord stand-in,
 * the real runtime and an in-memory history: a year of a daily reconnect at 04:00 UTC, imported
 * as an IPWatch history file, gives the next change with its confidence; IPv6, seen once, says
 * why there is none.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { forecastLine } from '../../../../electron/engine/bot/forecast-words';
import { forecastFamily } from '../../../../shared/forecast';
import { english } from '../../../../shared/i18n/translators';
import { alice, answered, type BotHarness, connected, startBot } from './helpers';

const H = 3_600_000;
const D = 24 * H;

let h: BotHarness;
let dir: string;

/** An address a day, each taken at 04:00 UTC, the last one ending two days ago. */
function dailyHistory(days: number) {
  const first = Math.floor(Date.now() / D) * D - (days + 2) * D + 4 * H;
  const runs = Array.from({ length: days }, (_, i) => ({
    family: 4 as const,
    ip: `198.51.100.${i + 1}`,
    firstSeen: first + i * D,
    lastSeen: first + (i + 1) * D - 60_000,
    checks: 1440,
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
  return { format: 'ipwatch-history', version: 1, runs, changes, outages: [] };
}

beforeAll(async () => {
  h = await startBot({ notifications: { timezone: 'UTC' } });
  await connected(h);
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-forecast-'));
  const file = path.join(dir, 'daily.json');
  writeFileSync(file, JSON.stringify(dailyHistory(40)));
  await h.runtime.services.history.importFile(file, 'ipwatch');
}, 60_000);

afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('/stats', () => {
  it('ends with the forecast: the next change, its confidence and the usual hour, or why there is none', async () => {
    const log = h.discord.command('stats', { period: '30d' }, alice);
    await answered(log, true);
    const fields = (log.edits[0] as { embeds: { fields: { name: string; value: string }[] }[] }).embeds[0]!.fields;
    const forecast = fields.find((f) => f.name === 'Forecast (hours in UTC)');
    expect(forecast, JSON.stringify(fields)).toBeDefined();
    const [v4, v6] = forecast!.value.split('\n');
    expect(v4).toMatch(
      /^IPv4: next change <t:\d+:f> \(<t:\d+:R>\), confidence 100%; usually around 04:00; held 1 d \(median; spread 0 s\)$/,
    );
    // The runner's own IPv6 address is its only one: no change, so no line; or too short a history.
    expect(v6 === undefined || /^IPv6: no forecast \(too short a history/.test(v6)).toBe(true);
  }, 30_000);
});

describe('the forecast line', () => {
  it('says why there is no forecast', () => {
    const f = forecastFamily(
      6,
      [
        { firstSeen: 0, lastSeen: D },
        { firstSeen: D, lastSeen: 2 * D },
      ],
      3 * D,
      'UTC',
      english,
    );
    expect(forecastLine(f)).toBe(
      'IPv6: no forecast (too short a history: 0 address holds measured, 3 needed for a forecast)',
    );
  });
});
