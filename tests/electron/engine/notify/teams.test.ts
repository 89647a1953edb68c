/**
 * The Microsoft Teams channel against a stand-in for a Workflows webhook (tests/fakes/teams.ts):
 * the Adaptive Card it posts, throttling, a deleted flow, a wrong or cut URL, and its secret.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { resultFor } from '../../../../electron/engine/notify/answers';
import { teamsAnswer } from '../../../../electron/engine/notify/channels/teams';
import { SIG, startTeamsFake, type TeamsFake } from '../../../fakes/teams';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let teams: TeamsFake;
let h: Harness;

beforeEach(async () => {
  teams = await startTeamsFake();
});
afterEach(async () => {
  await h.close();
  await teams.close();
});

/** The first delivery of a file also loads undici (lazily): a loaded machine takes a while. */
const start = async (url = teams.url) => (h = await startHarness({ id: 'teams', type: 'teams', url }));

// A loaded machine (eight suites on two cores) can take seconds to start a notifier and its store.
describe('teams', { timeout: 60_000 }, () => {
  it('posts one Adaptive Card in a message, which the workflow accepts (202) and the run posts', async () => {
    await start();
    await h.notify();
    await until(() => h.store.counts('teams').sent === 1, { what: 'the card sent', timeoutMs: 50_000 });
    expect(teams.requests[0]).toMatchObject({ status: 202, contentType: 'application/json' });
    const body = JSON.parse(teams.requests[0]!.body) as { type: string; attachments: unknown[] };
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    const card = teams.cards[0] as { version: string; body: { type: string; text?: string; facts?: unknown[] }[] };
    expect(card.version).toBe('1.4');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Public IPv4 address changed', color: 'Default' });
    expect(card.body[1]!.text).toBe('IPv4 203.0.113.7 → 198.51.100.1');
    const facts = card.body.find((b) => b.type === 'FactSet')!.facts as { title: string; value: string }[];
    expect(facts.map((f) => f.title)).toContain('New address');
    expect(h.status().state).toBe('ok');
  });

  it('waits out throttling for the seconds Retry-After says, then delivers', async () => {
    await start();
    teams.throttleNext(30);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the throttled attempt' });
    expect(h.status().nextAttemptAt! - h.clock.now()).toBe(30_000);
    await h.clock.advance(30_000);
    await until(() => h.store.counts('teams').sent === 1, { what: 'delivery after the wait' });
    expect(teams.requests.map((r) => r.status)).toEqual([429, 202]);
  });

  it('pauses on a deleted flow, keeps the queue and does not try again by itself', async () => {
    await start();
    teams.deleteFlow();
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/HTTP 404.*WorkflowNotFound.*does not know this URL/);
    await h.notify();
    await h.clock.advance(6 * 3_600_000);
    expect(teams.requests).toHaveLength(1);
    expect(h.store.counts('teams').pending).toBe(2);
  });

  it('pauses on a wrong signature and never shows the sig, in logs, status or the outbox', async () => {
    await start(teams.url.replace(SIG, 'Wr0ngSignatureWr0ngSignatureWr0ngSignature0'));
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/401.*DirectApiInvalidAuthorizationSignature.*credentials/);
    expect(h.readable()).not.toContain('Wr0ngSignatureWr0ngSignature');
  });

  it('does not show the right sig either once a send failed with the URL in hand', async () => {
    await start();
    teams.throttleNext(5);
    await h.notify();
    await until(() => h.status().failures === 1, { what: 'the throttled attempt' });
    expect(h.readable()).not.toContain(SIG);
  });

  it('takes a URL without its api-version as a setting to fix, not a refused notice', async () => {
    await start(teams.url.replace('api-version=2016-06-01&', ''));
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/MissingApiVersionParameter.*copy the workflow URL again/);
    expect(h.store.counts('teams')).toMatchObject({ rejected: 0, pending: 1 });
  });

  it('refuses a URL copied from a web page with &amp; before sending anything', async () => {
    await start(teams.url.replace(/&/g, '&amp;'));
    await h.notify();
    expect(h.status().state).toBe('invalid');
    expect(h.status().reason).toMatch(/&amp;.*write & instead/);
    expect(teams.requests).toHaveLength(0);
  });
});

describe('teamsAnswer, then the common table', () => {
  const kind = (status: number, code: string) => {
    const body = JSON.stringify({ error: { code, message: '…' } });
    const a = { status, body, headers: {}, error: `HTTP ${status}: ${body}` };
    return (teamsAnswer(a) ?? resultFor(status, a.error)) as { ok: boolean; kind?: string };
  };
  it.each([
    [202, '', undefined],
    [400, 'InvalidRequestContent', 'rejected'],
    [400, 'MissingApiVersionParameter', 'misconfigured'],
    [400, 'DirectApiRequestHasMoreThanOneAuthorization', 'misconfigured'],
    [401, 'DirectApiAuthorizationRequired', 'misconfigured'],
    [404, 'WorkflowNotFound', 'misconfigured'],
    [429, 'WorkflowRequestsThrottled', 'transient'],
    [502, 'BadGateway', 'transient'],
  ])('HTTP %d %s: %s', (status, code, want) => {
    expect(kind(status, code).kind).toBe(want);
  });
});
