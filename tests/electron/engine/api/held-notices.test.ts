/**
 * GET /outbox/held through the real headless runner on local sources: a change the alert policy
 * holds (a flap window set) is listed with when it is sent unless it changes back, in the words
 * `notify list` prints, never with its address, and never among the outbox's channel sends;
 * when the address comes back within the window the policy drops the hold and the list empties.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import { API_BASE, api, type HeldNotice } from '../../../../shared/contract';
import { utcTime } from '../../../../shared/words/utc-time';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { type ApiRunner, openEvents, startApiRunner } from '../../../helpers/api-runner';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let runner: ApiRunner;
let hook: NotifyFake;
const FLAP_SEC = 3600;

beforeAll(async () => {
  world = await startWorld();
  hook = await startNotifyFake();
  const channels = [{ id: 'hook', type: 'webhook', url: `${hook.url}/hook`, events: ['ipv4-changed', 'flap'] }];
  runner = await startApiRunner({ world, settings: { notifications: { channels, flapWindowSec: FLAP_SEC } } });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
  await hook?.close();
});

const held = async (): Promise<HeldNotice[]> => {
  const res = await runner.fetch(`${API_BASE}/outbox/held`);
  expect(res.status).toBe(200);
  return api.getHeldNotices.output.parse(await res.json());
};

const changeTo = async (events: Awaited<ReturnType<typeof openEvents>>, ip: string) => {
  world.setIp(ip, '2a02:1:2:3::5');
  expect((await runner.fetch(`${API_BASE}/check`, { method: 'POST' })).status).toBe(200);
  return (await events.next((e) => e.type === 'change' && e.data.to === ip, 30_000)).data.at as number;
};

it('lists a held change in words, due after the flap window, apart from the sends; drops it when the address comes back', async () => {
  expect(await held()).toEqual([]);
  const events = await openEvents(runner);
  try {
    const at = await changeTo(events, '81.2.69.160');
    let list: HeldNotice[] = [];
    await until(async () => (list = await held()).length > 0, { what: 'the held change listed', everyMs: 100 });
    const due = at + FLAP_SEC * 1000;
    expect(list).toEqual([
      {
        kind: 'address-change',
        family: 4,
        site: null,
        heldAt: expect.any(Number),
        dueAt: due,
        words: `IPv4 address change, sent at ${utcTime(due)} unless it changes back`,
        why: 'a change back within the hold is one flap notice, not two: "Hold changes for" is 1 h',
        reason: { code: 'reason.held.addressChange', values: { durationMs: FLAP_SEC * 1000 } },
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('81.2.69');
    // Not a channel's send: the outbox lists none of the policy's journals.
    const outbox = (await (await runner.fetch(`${API_BASE}/outbox?limit=100`)).json()) as { channel: string }[];
    expect(outbox.filter((i) => i.channel.startsWith('~'))).toEqual([]);

    // Back within the window: one flap notice, nothing held any more.
    await changeTo(events, '81.2.69.142');
    await until(async () => (await held()).length === 0, { what: 'the hold dropped', everyMs: 100 });
  } finally {
    events.close();
  }
}, 90_000);

it('is in the OpenAPI document: a read for admin or viewer, answering the contract’s held notices', async () => {
  type Op = {
    operationId: string;
    description: string;
    responses: Record<string, { content: Record<string, { schema: { items?: { properties?: object } } }> }>;
  };
  const doc = (await (await runner.fetch(`${API_BASE}/openapi.json`)).json()) as {
    paths: Record<string, { get?: Op }>;
  };
  const op = doc.paths[`${API_BASE}/outbox/held`]?.get;
  expect(op?.operationId).toBe('getHeldNotices');
  expect(op?.description).toBe('Role: admin or viewer (reads or changes nothing).');
  const item = op?.responses['200']?.content['application/json']?.schema.items;
  expect(Object.keys(item?.properties ?? {})).toEqual([
    'kind',
    'family',
    'site',
    'heldAt',
    'dueAt',
    'words',
    'why',
    'reason',
  ]);
});
