/**
 * The Apprise channel against a stand-in for the Apprise API (tests/fakes/apprise.ts): a saved
 * configuration with tags, stateless URLs, "nothing to notify" (204), a service down (424: set
 * aside, never resent in a loop), its own errors, and the Apprise URLs kept secret.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

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
    await until(() => h.store.counts('ap').rejected === 1, { what: 'the partly failed notice' });
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

  it('sets a notice aside when a service is down (424) and never resends it by itself; the next one goes', async () => {
    await start({ configKey: 'home' });
    ap.failing.add(MAIL);
    await h.notify();
    await until(() => h.store.counts('ap').rejected === 1, { what: 'the notice set aside' });
    expect(h.store.list({ channel: 'ap', status: 'rejected' })[0]?.lastError).toMatch(
      /HTTP 424.*could not reach one or more services/,
    );
    await h.clock.advance(6 * 3_600_000);
    expect(ap.requests).toHaveLength(1);
    // The phone got the first notice once, not once per retry.
    expect(ap.sent.get(TG)).toHaveLength(1);
    ap.failing.clear();
    await h.notify();
    await until(() => h.store.counts('ap').sent === 1, { what: 'the next notice sent' });
    expect(h.status().state).toBe('ok');
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
