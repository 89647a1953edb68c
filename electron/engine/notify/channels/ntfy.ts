/**
 * ntfy: JSON publish to the server root (UTF-8 safe, unlike header titles). Options:
 * `server` (default https://ntfy.sh), `topic`, optional `token` (access token, sent as
 * Bearer), `priority` 1..5 (default: 4 for bad news, 3 otherwise).
 */
import { z } from 'zod';

import { postHttp } from '../http';
import type { Message } from '../types';
import { defineChannel, httpUrl } from './define';

const TAGS: Record<Message['tone'], string> = {
  good: 'white_check_mark',
  info: 'globe_with_meridians',
  warn: 'warning',
  bad: 'rotating_light',
};

export const ntfy = defineChannel({
  type: 'ntfy',
  label: 'ntfy',
  options: z.strictObject({
    server: httpUrl.default('https://ntfy.sh'),
    topic: z
      .string({ error: 'topic is required' })
      .regex(/^[-_A-Za-z0-9]{1,64}$/, 'letters, digits, - and _, at most 64'),
    token: z.string().min(1).optional(),
    priority: z.number().int().min(1).max(5).optional(),
  }),
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
        dispatcher: deps.dispatcher,
        now: deps.clock.now(),
      }),
    close: async () => {},
  }),
});
