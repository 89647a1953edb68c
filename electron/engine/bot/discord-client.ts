/**
 * The discord.js Client the bot runs (client.ts): its REST on the one parse of discord.apiBase,
 * one request per attempt, and every connection, REST and gateway, through the egress gate
 * (rest-request.ts, gateway-gate.ts; issue 63).
 */
import type { Client } from 'discord.js';

import { readUrl } from '../../../shared/settings/destination-url';
import type { EgressGate } from '../net/egress-gate';
import { gatedStrategy } from './gateway-gate';
import { requestThrough } from './rest-request';

/**
 * discord.js's REST base from the one parse of `discord.apiBase` (shared/settings/destination-url.ts):
 * the scheme, host and port the destination rule compared, and the path, never the text as typed
 * (issue 58). The settings refuse an address it cannot read, so this throws only past them.
 */
export function restBase(apiBase: string): string {
  const r = readUrl(apiBase);
  if (!r.ok) throw new Error(`discord.apiBase: ${r.problem}`);
  return `${r.url.origin}${r.url.pathname.replace(/\/+$/, '')}`;
}

/** The login's first REST request: its 429 ends the attempt, with its Retry-After (see client.ts start()). */
export const GATEWAY_ROUTE = '/gateway/bot';

/**
 * How long one REST request may wait for its answer, ms: @discordjs/rest's own default. The bound is
 * the bot's own (rest-request.ts), so a request it cuts is recorded as a time limit; discord.js's
 * timer, a bare abort the gate could only record as a cancel, is set later as a back-stop.
 */
export const REST_LIMIT_MS = 15_000;

/** A new Client of the loaded discord.js, its REST at `apiBase`, each connection asking `gate`. */
export function newClient(
  djs: typeof import('discord.js'),
  apiBase: string,
  gate: EgressGate,
  limitMs = REST_LIMIT_MS,
): Client {
  return new djs.Client({
    intents: [djs.GatewayIntentBits.Guilds],
    ws: { buildStrategy: gatedStrategy(djs, gate) },
    rest: {
      api: restBase(apiBase),
      makeRequest: requestThrough(gate, limitMs),
      timeout: limitMs + 5000,
      // One attempt is one request: @discordjs/rest would repeat a 5xx, a reset or a timeout
      // 3 more times at once (`retries`, default 3), 4 requests per attempt during an outage.
      // The outbox (posts) and retryLater (login) wait between attempts instead.
      retries: 0,
      // A 429 on a post goes back to the outbox (with its Retry-After) instead of holding the attempt.
      // The login's 429 likewise comes back to retryLater, whose wait caps Retry-After at 6 h.
      rejectOnRateLimit: (d) =>
        d.route === GATEWAY_ROUTE ||
        (d.method.toUpperCase() === 'POST' && /^\/channels\/[^/]+\/messages$/.test(d.route)),
    },
  });
}
