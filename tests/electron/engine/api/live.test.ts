/**
 * The running instance through the API of the real headless runner on local sources: a
 * change reaches an SSE client, pause and resume, /metrics as Prometheus text, history
 * pages, source tests, export, backup, and an import while monitoring that keeps every row.
 */
import { existsSync, readFileSync } from 'node:fs';

import parsePrometheus from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  API_BASE,
  type ApiMethod,
  type AppStatus,
  type HistoryPage,
  type ImportResult,
  api,
} from '../../../../shared/contract';
import { historyPageSchema, importResultSchema } from '../../../../shared/contract/history';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { type ApiRunner, openEvents, startApiRunner } from '../../../helpers/api-runner';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let runner: ApiRunner;
let hook: NotifyFake;

beforeAll(async () => {
  world = await startWorld();
  hook = await startNotifyFake();
  const channels = [{ id: 'hook', type: 'webhook', url: `${hook.url}/hook`, events: ['ipv4-changed'] }];
  runner = await startApiRunner({ world, settings: { notifications: { channels } } });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
  await hook?.close();
});

const json = async <T>(res: Response | Promise<Response>): Promise<T> => {
  const r = await res;
  expect(r.status, r.url).toBe(200);
  return (await r.json()) as T;
};
const post = (p: string, body?: unknown) =>
  runner.fetch(`/api/v1${p}`, { method: 'POST', ...(body === undefined ? {} : { json: body }) });

describe('live events', () => {
  it('deliver a change to an SSE client without asking', async () => {
    const events = await openEvents(runner);
    expect(events.contentType).toMatch(/^text\/event-stream/);
    world.setIp('81.2.69.160', '2a02:1:2:4::5');
    await post('/check');
    // Under load the start-up check may still be reporting its first sighting: wait for this one.
    const change = await events.next((e) => e.type === 'change' && e.data.to === '81.2.69.160');
    // Whichever check sees it first (ours, or a scheduled one under way) reports it.
    expect(change.data).toMatchObject({ from: '81.2.69.142', to: '81.2.69.160' });
    await events.next((e) => e.type === 'check');
    // The webhook gets the change; the stream says so.
    const sent = await events.next(
      (e) =>
        e.type === 'deliveries' &&
        (e.data.channels as { id: string; sent: number }[]).some((c) => c.id === 'hook' && c.sent > 0),
    );
    expect(sent.data.channels).toEqual([expect.objectContaining({ id: 'hook', state: 'ok', pending: 0 })]);
    expect(hook.delivered().some((r) => r.body.includes('81.2.69.160'))).toBe(true);
    events.close();
  });

  it('say when monitoring is paused and resumed; the status follows', async () => {
    const events = await openEvents(runner);
    const paused = await json<AppStatus>(post('/pause'));
    expect(paused.pausedSince).toEqual(expect.any(Number));
    expect(paused.nextCheckAt).toBeNull();
    expect((await events.next((e) => e.type === 'monitoring')).data.paused).toBe(true);
    const resumed = await json<AppStatus>(post('/resume'));
    expect(resumed.pausedSince).toBeNull();
    expect(resumed.nextCheckAt).toBeGreaterThan(Date.now());
    expect((await events.next((e) => e.type === 'monitoring')).data.paused).toBe(false);
    const audit = await json<{ items: { actor: string; action: string }[] }>(runner.fetch('/api/v1/audit'));
    expect(audit.items.slice(0, 2).map((e) => `${e.actor} ${e.action}`)).toEqual([
      'admin (admin, token) monitor.resume',
      'admin (admin, token) monitor.pause',
    ]);
    events.close();
  });
});

describe('/metrics', () => {
  it('parses as Prometheus text with the changes, sources, online state, outbox and bot', async () => {
    const res = await runner.fetch('/metrics');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const families = parsePrometheus(text);
    const byName = new Map(families.map((f) => [f.name, f]));
    for (const f of families) {
      expect(f.type, f.name).not.toBe('UNTYPED');
      for (const m of f.metrics) if (m.value !== undefined) expect(Number.isNaN(Number(m.value)), f.name).toBe(false);
    }
    const value = (name: string, labels: Record<string, string> = {}) =>
      Number(
        byName.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value,
      );
    expect(value('ipwatch_changes_total', { family: '4' })).toBeGreaterThanOrEqual(1);
    expect(value('ipwatch_online')).toBe(1);
    expect(byName.get('ipwatch_source_up')?.metrics).toHaveLength(world.sources.length);
    expect(value('ipwatch_source_breaker_state', { source: 'dns-v4' })).toBe(0);
    expect(byName.get('ipwatch_check_duration_seconds')?.type).toBe('HISTOGRAM');
    // Each check so far is counted, per family and result (the parser drops a histogram's labels).
    expect(text).toMatch(/^ipwatch_check_duration_seconds_count\{family="4",result="\w+"\} [1-9]/m);
    expect(byName.has('ipwatch_outbox_pending')).toBe(true);
    expect(value('ipwatch_outbox_expired', { channel: 'hook' })).toBe(0);
    expect(value('ipwatch_outbox_pending', { channel: 'hook' })).toBe(0);
    expect(value('ipwatch_bot_connected')).toBe(0);
  });
});

describe('recent events', () => {
  it('answers the checks, the first sighting and the notices the history keeps, newest first', async () => {
    type Recent = { at: number; items: { type: string; at: number; from?: string | null; channel?: string }[] };
    const read = () => json<Recent>(runner.fetch(`${API_BASE}/recent-events?limit=200`));
    // The webhook's notice of the change above is kept in the outbox once queued.
    await until(async () => (await read()).items.some((e) => e.type === 'notice' && e.channel === 'hook'), {
      what: 'the change notice among the recent events',
    });
    const { items } = await read();
    expect(items.some((e) => e.type === 'check')).toBe(true);
    expect(items.some((e) => e.type === 'change' && e.from === null)).toBe(true);
    expect(items.map((e) => e.at)).toEqual(items.map((e) => e.at).sort((a, b) => b - a));
    expect((await json<Recent>(runner.fetch(`${API_BASE}/recent-events?limit=2`))).items).toHaveLength(2);
    expect((await runner.fetch(`${API_BASE}/recent-events?limit=0`)).status).toBe(400);
  });
});

describe('every reading route', () => {
  it('answers what its contract output schema says', async () => {
    const reads: [ApiMethod, string][] = [
      ['getStatus', ''],
      ['getHistory', '?limit=3'],
      ['getStats', '?days=3&hourly=true'],
      ['getInsight', '?checks=5&outages=3'],
      ['getRecentEvents', '?limit=20'],
      ['getSettings', ''],
      ['getChannels', ''],
      ['getOutbox', '?limit=5'],
      ['getAudit', '?limit=5'],
    ];
    for (const [name, query] of reads) {
      const body = await json<unknown>(runner.fetch(`${API_BASE}${api[name].http.path}${query}`));
      const parsed = api[name].output.safeParse(body);
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
    }
  });
});

describe('the Grafana dashboard', () => {
  it('asks only for metrics the runner serves', async () => {
    const dashboard = readFileSync(new URL('../../../../grafana/ipwatch-dashboard.json', import.meta.url), 'utf8');
    const panels = (JSON.parse(dashboard) as { panels: { targets: { expr: string }[] }[] }).panels;
    const asked = new Set(
      panels
        .flatMap((p) => p.targets.flatMap((t) => t.expr.match(/ipwatch_[a-z_]+/g) ?? []))
        .map((n) => n.replace(/_bucket$/, '')),
    );
    expect(asked.size).toBeGreaterThanOrEqual(9);
    const served = new Set(parsePrometheus(await (await runner.fetch('/metrics')).text()).map((f) => f.name));
    expect([...asked].filter((n) => !served.has(n))).toEqual([]);
  });
});

describe('history', () => {
  it('pages by the contract, and refuses a page size beyond 1000 naming the field', async () => {
    const page = await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1000&family=4'));
    expect(historyPageSchema.safeParse(page).success).toBe(true);
    expect(page.items.every((r) => r.family === 4)).toBe(true);
    const bad = await runner.fetch('/api/v1/history?limit=5000');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe('limit');
  });

  it('imports a file while monitoring runs, and keeps every row, after a restart too', async () => {
    const before = (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;
    const rows = Array.from({ length: 300 }, (_, i) => ({
      ip: `81.3.${Math.floor(i / 200)}.${(i % 200) + 1}`,
      timestamp: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 19),
    }));
    const content = JSON.stringify(rows);
    // Checks keep running beside the import: each one writes to the same store.
    const checks = Array.from({ length: 5 }, () => post('/check'));
    const res = await post('/import', { content, name: 'ip_history.json', tz: 'UTC' });
    const result = await json<ImportResult>(res);
    await Promise.all(checks);
    expect(importResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({ format: 'seed', runs: { added: 300 } });
    const after = (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;
    expect(after).toBe(before + 300);

    // A browser with the dashboard open (its event stream) does not hold the stop up.
    const events = await openEvents(runner);
    const dataDir = runner.dataDir;
    expect(await runner.stop(true)).toBe(0);
    await events.ended;
    runner = await startApiRunner({ world, dataDir });
    const reopened = (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;
    expect(reopened).toBeGreaterThanOrEqual(after);
    const old = await json<HistoryPage>(runner.fetch(`/api/v1/history?ip=81.3.&limit=1000`));
    expect(old.total).toBe(300);
  }, 60_000);

  it('refuses a file that is not history, with the reason, and changes nothing', async () => {
    const before = (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;
    const res = await post('/import', { content: '{"hello": 1}', name: 'x.json' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/x\.json/);
    expect((await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total).toBe(before);
  });

  it('exports as a download for a browser, and as the contract JSON when asked', async () => {
    const file = await runner.fetch('/api/v1/export?format=csv', { headers: { accept: 'text/html' } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="ipwatch-history-.*\.csv"$/);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await file.text()).toContain('81.2.69.160');
    const asJson = await json<{ filename: string; mime: string; body: string }>(
      runner.fetch('/api/v1/export?format=json', { headers: { accept: 'application/json' } }),
    );
    expect(asJson.filename).toMatch(/\.json$/);
    expect(JSON.parse(asJson.body)).toBeTypeOf('object');
  });

  it('backs up into the data folder, and restores that backup while monitoring runs', async () => {
    const r = await json<{ path: string; bytes: number }>(post('/backup'));
    expect(r.path.startsWith(runner.dataDir)).toBe(true);
    expect(existsSync(r.path)).toBe(true);
    expect(r.bytes).toBeGreaterThan(0);
    const total = (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;

    const content = readFileSync(r.path).toString('base64');
    const restored = await json<{ keptAs: string | null }>(post('/restore', { content, name: 'backup.sqlite' }));
    expect(restored.keptAs).toEqual(expect.any(String));
    expect(existsSync(restored.keptAs!)).toBe(true);
    expect((await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total).toBe(total);
    expect((await json<AppStatus>(runner.fetch('/api/v1/status'))).running).toBe(true);
  });

  it('refuses to restore a file that is not a backup, and changes nothing', async () => {
    const total = (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;
    const res = await post('/restore', { content: Buffer.from('not a database').toString('base64'), name: 'x.sqlite' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/x\.sqlite/);
    expect((await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total).toBe(total);
  });
});

describe('testing a channel', () => {
  it('sends a test notification through a channel at once', async () => {
    const r = await json<{ ok: boolean; error?: string }>(post('/channels/test', { channelId: 'hook' }));
    expect(r.ok).toBe(true);
    expect(hook.delivered().some((req) => req.path === '/hook' && req.body.includes('test'))).toBe(true);
  });
});

describe('testing a source', () => {
  it('asks a source being set up and says what it answered', async () => {
    const source = world.sources.find((s) => s.kind === 'dns' && s.family === 4)!;
    await until(async () => {
      const r = await json<{ ok: boolean; ip?: string }>(post('/sources/test', { source }));
      return r.ok && r.ip === '81.2.69.160';
    });
    const bad = await json<{ ok: boolean; error?: string }>(
      post('/sources/test', { source: { id: 'x', kind: 'http', url: 'http://127.0.0.1:9/', family: 4 } }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.error).toBeTruthy();
  });

  it('answers 404 for an unknown source id', async () => {
    expect((await post('/sources/test', { sourceId: 'nope' })).status).toBe(404);
  });
});
