/**
 * The badge and the forecast through the real headless runner on 127.0.0.1 watching local
 * sources: while `api.badge` is off the badge is an API route like the others (token needed);
 * on, it answers without the token and from other sites, the address only with
 * `api.badgeAddress`. GET /forecast answers per family, and finds a daily reconnect in an
 * imported history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { forecastAnswerSchema } from '../../../../shared/contract/forecast';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';
import { readSvg } from './svg-check';

const ADDRESS = '81.2.69.142';
const noAuth = { headers: { authorization: '' } };
const H = 3_600_000;
const D = 24 * H;

let world: World;
let closed: ApiRunner;
let open: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
  // One after the other: two runners starting at once on a busy machine miss their deadlines.
  closed = await startApiRunner({ world });
  open = await startApiRunner({ world, settings: { api: { badge: true, badgeAddress: true } } });
}, 120_000);

afterAll(async () => {
  await Promise.all([closed?.stop(), open?.stop()]);
  await world?.close();
});

async function svgOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('cache-control')).toMatch(/^(public|private), max-age=60$/);
  const read = readSvg(await res.text());
  expect(read.unsafe).toEqual([]);
  return read;
}

describe('the badge while it is off', () => {
  it('refuses a request without the token', async () => {
    const res = await closed.fetch('/api/v1/badge.svg', noAuth);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers the owner (token) without the address, privately cached', async () => {
    const res = await closed.fetch('/api/v1/badge.svg?which=held-for&family=4');
    expect(res.headers.get('cache-control')).toBe('private, max-age=60');
    const read = await svgOf(res);
    expect(read.texts[1]).toBe('IPv4 held for');
    expect(read.texts[2]).toMatch(/^\d+(s|min)/);
    expect(read.texts.join(' ')).not.toContain(ADDRESS);
  });
});

describe('the badge while it is on', () => {
  it('answers without the token, and to another site, with the address when asked', async () => {
    const res = await open.fetch('/api/v1/badge.svg', {
      headers: { authorization: '', 'sec-fetch-site': 'cross-site', origin: 'https://blog.example' },
    });
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const read = await svgOf(res);
    expect(read.texts[2]).toMatch(new RegExp(`^${ADDRESS.replace(/\./g, '\\.')} · \\d+(s|min)`));
  });

  it('says the uptime over the window asked for', async () => {
    const read = await svgOf(await open.fetch('/api/v1/badge.svg?which=uptime&window=24h', noAuth));
    expect(read.texts[1]).toBe('uptime 24 h');
    expect(read.texts[2]).toMatch(/^(\d+(\.\d+)?%|no data)$/);
  });

  it('refuses a bad query with a clear error, and opens no other route', async () => {
    const bad = await open.fetch('/api/v1/badge.svg?which=address', noAuth);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/which/);
    expect((await open.fetch('/api/v1/status', noAuth)).status).toBe(401);
    expect((await open.fetch('/api/v1/forecast', noAuth)).status).toBe(401);
  });
});

/** An IPWatch history file: an address a day, each taken at 04:00 UTC, for `days` days before `end`. */
function dailyHistory(days: number, end: number) {
  const first = Math.floor((end - days * D) / D) * D + 4 * H;
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

describe('the forecast', () => {
  it('answers per family; one address seen is too short a history', async () => {
    const res = await closed.fetch('/api/v1/forecast?family=6&tz=UTC');
    expect(res.status).toBe(200);
    const answer = forecastAnswerSchema.parse(await res.json());
    expect(answer.timeZone).toBe('UTC');
    expect(answer.families.map((f) => [f.family, f.verdict, f.next])).toEqual([[6, 'too-short', null]]);
    expect(answer.families[0]!.current?.heldMs).toBeGreaterThanOrEqual(0);
    const bad = await closed.fetch('/api/v1/forecast?tz=Mars/Olympus');
    expect(bad.status).toBe(400);
  });

  it('finds a daily reconnect at 04:00 in an imported history', async () => {
    const now = Date.now();
    const file = dailyHistory(30, now - 2 * D);
    const imported = await closed.fetch('/api/v1/import', {
      method: 'POST',
      json: { name: 'daily.json', content: JSON.stringify(file), format: 'ipwatch' },
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const answer = forecastAnswerSchema.parse(await (await closed.fetch('/api/v1/forecast?family=4&tz=UTC')).json());
    const v4 = answer.families[0]!;
    expect(v4.verdict).toBe('forecast');
    expect(v4.period?.ms).toBe(D - 0);
    expect(v4.usualHour).toEqual({ hour: 4, share: 1 });
    // The change to the runner's own address came after a gap in the history: it has no exact time.
    expect(v4.untimed).toBe(1);
    expect(v4.next?.confidence).toBe(1);
  });
});
