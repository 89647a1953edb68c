/**
 * Apprise API, which relays to the many services Apprise knows: POST /notify/{KEY} for a
 * configuration saved in Apprise, or POST /notify/ with the Apprise URLs in the body (or, with
 * none, the server's APPRISE_STATELESS_URLS). Options: `url` (the Apprise API server),
 * `configKey`, `appriseUrls`, `tag`.
 *
 * Its answers (caronc/apprise-api, README "API Response Codes" and apprise_api/api/views.py):
 *   200              sent to every service
 *   204              nothing to notify: no configuration saved under the key, or no URLs;
 *                    nothing was sent, so the channel's settings need fixing
 *   400              a payload it refuses (body, type, format, tag): this notice is set aside
 *   424              "failed dependency": at least one service could not be sent the notice (the
 *                    others got it), or the tag matched none: tried again (below)
 *   401/403/405/...  credentials (a proxy in front), the recursion limit: the settings
 *   500              its own error reading the configuration: tried again later
 *
 * A 424 is tried again so nothing is lost, but Apprise's answer does not say which services
 * failed (its `details` are log lines), and a second POST reaches every service again. So:
 *   - Apprise URLs given in the settings: each URL is its own POST (Apprise sends one request per
 *     service anyway), and the URLs that answered 200 are kept per notice, so a retry goes only to
 *     the services that did not get it, on the outbox's usual backoff. Kept in memory: after a
 *     restart the whole list is sent again.
 *   - A configuration key, or the server's own URLs: the services cannot be told apart, so the
 *     whole notice is sent again, but slowly (RESEND_FIRST_MS doubling to RESEND_MAX_MS, as the
 *     service's own wait, so nothing shortens it): a service down for a day costs the others
 *     about 26 copies, and the notice reaches it within an hour of its return.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { appriseOptionsProblem } from '../../../../shared/settings/channel-options-push';
import { type HttpAnswer, postHttp } from '../http';
import type { Delivery, Message, SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

const TYPE: Record<Message['tone'], string> = { good: 'success', info: 'info', warn: 'warning', bad: 'failure' };

export const RESEND_FIRST_MS = 300_000;
export const RESEND_MAX_MS = 3_600_000;
/**
 * Notices whose progress is kept (a finished one is forgotten at once); the outbox sends one at
 * a time per channel, so a few suffice. Past it the oldest is forgotten: a retry of it goes to
 * every URL again.
 */
export const KEPT = 32;

/** Apprise's own rule for its `urls` field: separated by commas and/or spaces. */
const splitUrls = (s: string): string[] => s.split(/[\s,]+/).filter(Boolean);

/** A URL's scheme (`tgram://`) names its service without its secrets. */
const scheme = (url: string): string => /^[a-z][\w+.-]*:\/\//i.exec(url)?.[0] ?? 'a service';

interface Progress {
  /** Apprise URLs that answered 200 for this notice. */
  delivered: Set<string>;
  /** Whole resends after a 424 so far. */
  resends: number;
}

/** `resend`: the notice goes whole, so a 424 waits as the service's own wait (see above). */
function appriseAnswer(tag: string | undefined, resend: Progress | undefined) {
  return (a: HttpAnswer): SendResult | undefined => {
    if (a.status === 204)
      return {
        ok: false,
        kind: 'misconfigured',
        error: 'HTTP 204: Apprise found nothing to notify (check the configuration key, or the Apprise URLs)',
      };
    if (a.status === 424) {
      const why = tag ? 'one or more services, or the tag matches none of them' : 'one or more services';
      const error = `${a.error} (Apprise could not reach ${why})`;
      if (!resend) return { ok: false, kind: 'transient', error };
      const retryAfterMs = Math.min(RESEND_MAX_MS, RESEND_FIRST_MS * 2 ** resend.resends++);
      return { ok: false, kind: 'transient', retryAfterMs, error: `${error}; it goes again to every service` };
    }
    return undefined;
  };
}

export const apprise = defineChannel({
  type: 'apprise',
  label: 'Apprise',
  options: CHANNEL_OPTIONS.apprise,
  check: appriseOptionsProblem,
  create: (o, deps) => {
    const progress = new Map<string, Progress>();
    const keep = (key: string): Progress => {
      let p = progress.get(key);
      if (!p) {
        p = { delivered: new Set(), resends: 0 };
        progress.set(key, p);
        if (progress.size > KEPT) progress.delete(progress.keys().next().value!);
      }
      return p;
    };
    const post = (d: Delivery, urls: string | undefined, resend?: Progress) =>
      postHttp({
        url: joinUrl(o.url, o.configKey ? `notify/${o.configKey}` : 'notify/'),
        body: JSON.stringify({
          title: d.message.title,
          body: d.message.text,
          type: TYPE[d.message.tone],
          format: 'text',
          ...(urls ? { urls } : {}),
          ...(o.tag ? { tag: o.tag } : {}),
        }),
        headers: { accept: 'application/json' },
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
        refine: appriseAnswer(o.tag, resend),
      });

    /** Each URL its own POST; only those that have not had this notice yet. */
    async function eachUrl(d: Delivery, all: string[]): Promise<SendResult> {
      const p = keep(d.idempotencyKey);
      const todo = all.filter((u) => !p.delivered.has(u));
      const results = await Promise.all(todo.map((u) => post(d, u)));
      todo.forEach((u, i) => results[i]!.ok && p.delivered.add(u));
      const failed = todo.filter((_, i) => !results[i]!.ok);
      if (!failed.length) {
        progress.delete(d.idempotencyKey);
        return { ok: true };
      }
      const rank = { misconfigured: 0, rejected: 1, transient: 2 } as const;
      const worst = results
        .filter((r): r is Extract<SendResult, { ok: false }> => !r.ok)
        .sort((a, b) => rank[a.kind] - rank[b.kind])[0]!;
      if (all.length === 1) return worst;
      const names = failed.map(scheme).join(', ');
      const note = `${failed.length} of ${all.length} services not reached (${names}); the others have it`;
      return { ...worst, error: `${worst.error}; ${note}` };
    }

    /** One POST to the key or the server's URLs; a 424 is sent again whole, slowly. */
    async function whole(d: Delivery): Promise<SendResult> {
      const r = await post(d, undefined, keep(d.idempotencyKey));
      if (r.ok) progress.delete(d.idempotencyKey);
      return r;
    }

    return {
      send: (d) => (o.appriseUrls ? eachUrl(d, splitUrls(o.appriseUrls)) : whole(d)),
      close: async () => {},
    };
  },
});
