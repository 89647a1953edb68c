/**
 * The wall clock set back a day, then an address change, through the real API server over HTTP
 * on a real runtime and store watching local sources (tests/helpers/world.ts): the history, the
 * recent events (Activity) and the status put the new address first and current, though its
 * stamp is a day before the old one's (store/sequence.ts, issue 74). Only `Date` moves (vitest's
 * fake Date, advancing with real time); timers and the monotonic clock stay real.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AppStatus, HistoryPage } from '../../../../shared/contract';
import type { RecentEvents } from '../../../../shared/contract/events';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { until } from '../../../helpers/until';

const DAY = 86_400_000;
let server: ApiServer<'admin'>;

beforeAll(async () => {
  server = await startApiServer({ name: 'history-order', tokens: [['admin', 'admin', 'ops']] });
}, 60_000);

afterAll(async () => {
  vi.useRealTimers();
  await server?.close();
});

const read = async <T>(p: string): Promise<T> => {
  const res = await server.call(p, server.tokens.admin);
  expect(res.status, p).toBe(200);
  return (await res.json()) as T;
};
const history = () => read<HistoryPage>('/history?family=4');

describe('a wall clock set back a day, then a change', () => {
  it('keeps the new address first in the history, on Activity and current in the status', async () => {
    await until(async () => (await history()).items.length === 1, { what: 'the first address in the history' });
    const [old] = (await history()).items;
    expect(old?.ip).toBe('81.2.69.142');

    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() - DAY });
    server.world.setIp('81.2.69.160', '2a02:1:2:4::5');
    expect((await server.call('/check', server.tokens.admin, { method: 'POST' })).status).toBe(200);
    await until(async () => (await history()).items.length === 2, { what: 'the change in the history' });

    const page = await history();
    expect(page.items.map((r) => r.ip)).toEqual(['81.2.69.160', '81.2.69.142']);
    // Its stamp is the wall clock's, a day before the old address was first seen.
    expect(page.items[0]!.firstSeen).toBeLessThan(old!.firstSeen);
    const recent = await read<RecentEvents>('/recent-events?limit=50');
    const changes = recent.items.flatMap((e) => (e.type === 'change' ? [e.to] : []));
    expect(changes).toEqual(['81.2.69.160', '81.2.69.142']);
    const status = await read<AppStatus>('/status');
    expect(status.families.v4.ip).toBe('81.2.69.160');
  }, 60_000);
});
