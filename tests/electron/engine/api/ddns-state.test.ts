/**
 * A DNS record's state through the real headless runner and its API: the dyndns2 stand-in
 * (tests/fakes/dyndns2.ts) refuses the credentials, so the record stops; the runner prints a
 * `ddns-state` line, /metrics shows the record's state set and the stopped attempt, and a record
 * switched off through the settings API reaches an SSE client as the next `ddns-state` event.
 * The record never reaches a look at the authoritative servers (that would ask the system's
 * resolver): it stops at its first attempt.
 */
import parsePrometheus from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SettingsView } from '../../../../shared/contract';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { type ApiRunner, openEvents, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';

const HOST = 'home.example.org';
let world: World;
let dyn: Dyndns2StandIn;
let runner: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
  dyn = await startDyndns2('user', 'right-password-1234', [HOST]);
  const record = {
    id: 'home',
    provider: 'dyndns2',
    server: dyn.url,
    username: 'user',
    password: 'wrong-password-99',
    hostname: HOST,
  };
  runner = await startApiRunner({ world, settings: { monitor: { ipv6: false }, ddns: { records: [record] } } });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await Promise.all([world?.close(), dyn?.close()]);
});

describe('a record that stops, through the runner and its API', () => {
  it('is a ddns-state line, and /metrics shows its state and the stopped attempt', async () => {
    const line = await runner.lines.until((l) => l.type === 'ddns-state' && l.to === 'stopped');
    expect(line).toMatchObject({ record: 'home', name: HOST, recordType: 'A', from: 'updating', notice: 'stopped' });
    expect(JSON.stringify(line)).not.toContain('wrong-password-99');

    const text = await (await runner.fetch('/metrics')).text();
    const families = new Map(parsePrometheus(text).map((f) => [f.name, f]));
    const value = (name: string, labels: Record<string, string>) =>
      families.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value;
    expect(families.get('ipwatch_ddns_record_state')?.type).toBe('GAUGE');
    expect(value('ipwatch_ddns_record_state', { record: 'home', name: HOST, type: 'A', state: 'stopped' })).toBe('1');
    expect(value('ipwatch_ddns_record_state', { record: 'home', state: 'in-step' })).toBe('0');
    expect(families.get('ipwatch_ddns_updates_total')?.type).toBe('COUNTER');
    expect(value('ipwatch_ddns_updates_total', { result: 'stopped' })).toBe('1');
    expect(value('ipwatch_ddns_updates_total', { result: 'retry' })).toBe('0');
  });

  it('switched off through the settings: the change reaches an SSE client', async () => {
    const events = await openEvents(runner);
    const view = (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
    const ddns = view.settings.ddns as { records: Record<string, unknown>[] };
    const settings = { ...view.settings, ddns: { records: ddns.records.map((r) => ({ ...r, enabled: false })) } };
    const res = await runner.fetch('/api/v1/settings', { method: 'PUT', json: { settings } });
    expect(res.status).toBe(200);
    const off = await events.next((e) => e.type === 'ddns-state' && e.data.to === 'off');
    expect(off.data).toMatchObject({ record: 'home', from: 'stopped', to: 'off', notice: null });
    events.close();
  });
});
