/**
 * ntfy: JSON publish to the server root (UTF-8 safe, unlike header titles). Options:
 * `server` (default https://ntfy.sh), `topic`, optional `token` (access token, sent as
 * Bearer), `priority` 1..5 (default: 4 for bad news, 3 otherwise).
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { postHttp } from '../http';
import type { Message } from '../types';
import { defineChannel } from './define';

const TAGS: Record<Message['tone'], string> = {
  good: 'white_check_mark',
  info: 'globe_with_meridians',
  warn: 'warning',
  bad: 'rotating_light',
};

export const ntfy = defineChannel({
  type: 'ntfy',
  label: 'ntfy',
  options: CHANNEL_OPTIONS.ntfy,
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: o.server,
        body: JSON.stringify({
          topic: o.topic,
          title: d.message.title,
          message: d.message.text,
          tags: [TAGS[d.message.tone]],
          priority: o.priority ?? (d.message.tone === 'bad' || d.message.tone === 'warn' ? 4 : 3),
        }),
        headers: { 'idempotency-key': d.idempotencyKey, ...(o.token ? { authorization: `Bearer ${o.token}` } : {}) },
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
      }),
    close: async () => {},
  }),
});
