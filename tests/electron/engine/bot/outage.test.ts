/** A Discord outage: one request per delivery attempt (our outbox retries, not discord.js), then the post. */
import { afterEach, describe, expect, it } from 'vitest';

import { until } from '../../../helpers/until';
import { type BotHarness, connected, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('during a Discord outage', () => {
  it.each(['bad-gateway', 'reset'] as const)(
    'each delivery attempt is one request, and the post goes out once Discord is back (%s)',
    async (how) => {
      // Quick retries, so a few attempts are made within the test.
      h = await startBot({ notifications: { retry: { initialSec: 0.3, maxSec: 0.6 } } });
      await connected(h);
      const x = h;
      const since = x.discord.requests.length;
      const channelRequests = () => x.discord.requests.slice(since).filter((r) => r.path.startsWith('/channels/'));
      const ch = () => x.runtime.status().notifications.find((c) => c.id === 'discord-bot')!;
      x.discord.setDown(true, how);
      x.world.setIp('81.2.69.200', '2a02:1:2:3::5');
      await x.runtime.engine.checkNow('manual');
      // Counted while the queue waits between attempts (none in flight), in one synchronous look.
      let seen: { attempts: number; requests: number } | null = null;
      await until(
        () => {
          const c = ch();
          if (c.failures < 3 || c.nextAttemptAt === null || c.nextAttemptAt <= Date.now()) return false;
          seen = { attempts: c.failures, requests: channelRequests().length };
          return true;
        },
        { what: 'three failed attempts', timeoutMs: 15_000 },
      );
      expect(seen!.requests).toBe(seen!.attempts);
      x.discord.setDown(false);
      await until(() => x.discord.posted.length === 1, { what: 'the post after the outage', timeoutMs: 15_000 });
      await until(() => ch().sent === 1, { what: 'the post counted as sent' });
      expect(x.discord.posted).toHaveLength(1);
    },
    40_000,
  );
});
