/**
 * The Apprise channel against a stand-in for the Apprise API (tests/fakes/apprise.ts): a saved
 * configuration with tags, stateless URLs, "nothing to notify" (204), a service down (424, then
 * 200: the notice reaches it, and the services that had it get no copy where Apprise lets us
 * tell them apart), its own errors, and the Apprise URLs kept secret.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RESEND_FIRST_MS } from '../../../../electron/engine/notify/channels/apprise';
import { startAppriseFake, type AppriseFake } from '../../../fakes/apprise';
import { until } from '../../../helpers/until';
import { startHarness, type Harness } from './push-harness';

let ap: AppriseFake;
let h: Harness;
const TG = 'tgram://123456789:AAHsEcReTbOtToKeN42/12345';
const MAIL = 'mailtos://me:S3cretMailPass@mail.example.org';

beforeEach(async () => {
  ap = await startAppriseFake();
  ap.addConfig('home', [
    { url: TG, tags: ['phone'] },
    { url: MAIL, tags: ['mail'] },
  ]);
});
afterEach(async () => {
  await h.close();
  await ap.close();
});

const start = async (extra: Record<string, unknown>) =>
  (h = await startHarness({ id: 'ap', type: 'apprise', url: ap.url, ...extra }));

// A loaded machine (eight suites on two cores) can take seconds to start a notifier and its store.
describe('apprise', { timeout: 60_000 }, () => {
  it('notifies a saved configuration under its key, only the tagged services, as JSON', async () => {
    await start({ configKey: 'home', tag: 'phone' });
    await h.notify();
    await until(() => h.store.counts('ap').sent === 1, { what: 'the notice sent', timeoutMs: 50_000 });
    expect(ap.requests[0]!.path).toBe('/notify/home');
    expect(ap.requests[0]!.body).toMatchObject({
      title: 'Public IPv4 address changed',
      type: 'info',
      format: 'text',
      tag: 'phone',
    });
    expect(ap.requests[0]!.body.body).toContain('198.51.100.1');
    expect([...ap.sent.keys()]).toEqual([TG]);
  });

  it('sends stateless to the Apprise URLs given, and keeps them out of everything the user reads', async () => {
    await start({ appriseUrls: `${TG}, ${MAIL}` });
    await h.notify();
    await until(() => h.store.counts('ap').sent === 1, { what: 'the notice sent' });
    expect(ap.requests[0]!.path).toBe('/notify/');
    expect([...ap.sent.keys()].sort()).toEqual([MAIL, TG].sort());
    ap.failing.add(MAIL);
    await h.notify();
    await until(() => h.store.list({ channel: 'ap' }).some((i) => i.lastError?.includes('424')), {
      what: 'the partly failed notice',
    });
    const text = h.readable();
    expect(text).not.toContain('AAHsEcReTbOtToKeN42');
    expect(text).not.toContain('S3cretMailPass');
  });

  it("uses the server's own stateless URLs when none are given", async () => {
    ap.statelessUrls = TG;
    await start({});
    await h.notify();
    await until(() => h.store.counts('ap').sent === 1, { what: 'the notice sent' });
    expect(ap.sent.get(TG)).toHaveLength(1);
  });

  it('retries a 424 under a key until Apprise answers 200, slowly, since every service gets it again', async () => {
    await start({ configKey: 'home' });
    ap.failing.add(MAIL);
    await h.notify();
    const item = () => h.store.list({ channel: 'ap' })[0]!;
    // The answer is read and the retry stored (the queue's timer is set in the same turn).
    await until(() => item().attempts === 1, { what: 'the 424 answered' });
    expect(ap.requests.map((r) => r.status)).toEqual([424]);
    expect(item()).toMatchObject({ status: 'pending' });
    expect(item().lastError).toMatch(/HTTP 424.*could not reach one or more services.*again to every service/);
    // Nothing sooner than Apprise's resend wait, though the channel's own backoff is shorter.
    await h.clock.advance(RESEND_FIRST_MS - 1_000);
    expect(ap.requests).toHaveLength(1);
    await h.clock.advance(1_000);
    await until(() => item().attempts === 2, { what: 'the first resend answered' });
    // The second wait doubles.
    await h.clock.advance(2 * RESEND_FIRST_MS - 1_000);
    expect(ap.requests).toHaveLength(2);
    ap.failing.clear();
    await h.clock.advance(1_000);
    await until(() => h.store.counts('ap').sent === 1, { what: 'the notice sent once Apprise answers 200' });
    expect(ap.requests.map((r) => r.status)).toEqual([424, 424, 200]);
    expect(ap.sent.get(MAIL)).toHaveLength(1);
    expect(ap.sent.get(TG)).toHaveLength(3);
    expect(h.status().state).toBe('ok');
  });

  it('retries a 424 for Apprise URLs only to the service that did not get it', async () => {
    await start({ appriseUrls: `${TG}, ${MAIL}` });
    ap.failing.add(MAIL);
    await h.notify();
    await until(() => h.store.list({ channel: 'ap' })[0]?.attempts === 1, { what: 'one POST per URL answered' });
    expect(ap.requests.map((r) => r.body.urls).sort()).toEqual([MAIL, TG].sort());
    const item = h.store.list({ channel: 'ap' })[0]!;
    expect(item.status).toBe('pending');
    expect(item.lastError).toMatch(/HTTP 424.*1 of 2 services not reached \(mailtos:\/\/\); the others have it/);
    ap.failing.clear();
    await h.clock.advance(3_600_000);
    await until(() => h.store.counts('ap').sent === 1, { what: 'the notice sent once Apprise answers 200' });
    expect(ap.requests.slice(2).map((r) => [r.body.urls, r.status])).toEqual([[MAIL, 200]]);
    expect(ap.sent.get(TG)).toHaveLength(1);
    expect(ap.sent.get(MAIL)).toHaveLength(1);
    // The next notice goes to both again.
    await h.notify();
    await until(() => h.store.counts('ap').sent === 2, { what: 'the next notice sent' });
    expect(ap.sent.get(TG)).toHaveLength(2);
  });

  it('pauses when Apprise has nothing to notify (204): no configuration under the key', async () => {
    await start({ configKey: 'cabin' });
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.status().reason).toMatch(/204.*nothing to notify.*configuration key/);
    expect(h.store.counts('ap')).toMatchObject({ sent: 0, pending: 1 });
  });

  it('pauses when a stateless call has no URLs at all (204)', async () => {
    await start({});
    await h.notify();
    await until(() => h.status().state === 'paused', { what: 'the channel paused' });
    expect(h.store.counts('ap').sent).toBe(0);
  });

  it('refuses a key with URLs, or a tag without a key, before sending', async () => {
    await start({ configKey: 'home', appriseUrls: TG });
    await h.notify();
    expect(h.status()).toMatchObject({
      state: 'invalid',
      reason: 'give a configuration key or Apprise URLs, not both',
    });
    await h.close();
    await start({ tag: 'phone' });
    await h.notify();
    expect(h.status().reason).toMatch(/tag .* needs a configuration key/);
    expect(ap.requests).toHaveLength(0);
  });
});
