/**
 * Apprise API, which relays to the many services Apprise knows: POST /notify/{KEY} for a
 * configuration saved in Apprise, or POST /notify/ with the Apprise URLs in the body (or, with
 * none, the server's APPRISE_STATELESS_URLS). Options: `url` (the Apprise API server),
 * `configKey`, `appriseUrls`, `tag`.
 *
 * Its answers (caronc/apprise-api, README "API Details" and apprise_api/api/views.py):
 *   200              sent to every service
 *   204              nothing to notify: no configuration saved under the key, or no URLs;
 *                    nothing was sent, so the channel's settings need fixing
 *   400              a payload it refuses (body, type, format, tag): this notice is set aside
 *   424              one or more services failed (the others got it): set aside, never resent in
 *                    a loop to the services that already have it; `notify resend` sends it again
 *   401/403/405/...  credentials (a proxy in front), the recursion limit: the settings
 *   500              its own error reading the configuration: tried again later
 */
import { CHANNEL_OPTIONS } from '../../../../shared/channel-options';
import { appriseOptionsProblem } from '../../../../shared/channel-options-push';
import { type HttpAnswer, postHttp } from '../http';
import type { Message, SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

const TYPE: Record<Message['tone'], string> = { good: 'success', info: 'info', warn: 'warning', bad: 'failure' };

function appriseAnswer(a: HttpAnswer): SendResult | undefined {
  if (a.status === 204)
    return {
      ok: false,
      kind: 'misconfigured',
      error: 'HTTP 204: Apprise found nothing to notify (check the configuration key, or the Apprise URLs)',
    };
  if (a.status === 424)
    return { ok: false, kind: 'rejected', error: `${a.error} (Apprise could not reach one or more services)` };
  return undefined;
}

export const apprise = defineChannel({
  type: 'apprise',
  label: 'Apprise',
  options: CHANNEL_OPTIONS.apprise,
  check: appriseOptionsProblem,
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: joinUrl(o.url, o.configKey ? `notify/${o.configKey}` : 'notify/'),
        body: JSON.stringify({
          title: d.message.title,
          body: d.message.text,
          type: TYPE[d.message.tone],
          format: 'text',
          ...(o.appriseUrls ? { urls: o.appriseUrls } : {}),
          ...(o.tag ? { tag: o.tag } : {}),
        }),
        headers: { accept: 'application/json' },
        signal: d.signal,
        dispatcher: deps.dispatcher,
        now: deps.clock.now(),
        refine: appriseAnswer,
      }),
    close: async () => {},
  }),
});
