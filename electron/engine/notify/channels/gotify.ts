/**
 * Gotify: POST /message with an application token. Options: `url` (the server), `token`
 * (an application token), `priority` (default 5).
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { postHttp } from '../http';
import { defineChannel, joinUrl } from './define';

export const gotify = defineChannel({
  type: 'gotify',
  label: 'Gotify',
  options: CHANNEL_OPTIONS.gotify,
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: joinUrl(o.url, 'message'),
        body: JSON.stringify({
          title: d.message.title,
          message: d.message.text,
          priority: o.priority,
          extras: { 'client::display': { contentType: 'text/plain' } },
        }),
        headers: { 'x-gotify-key': o.token, 'idempotency-key': d.idempotencyKey },
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
      }),
    close: async () => {},
  }),
});
