/**
 * Slack incoming webhook: Block Kit (header, summary, fields, time) with `text` as the
 * fallback for notifications. Options: `url` (the incoming-webhook URL).
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { postHttp } from '../http';
import type { Message } from '../types';
import { defineChannel } from './define';

/** Slack's mrkdwn needs &, < and > escaped. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slackPayload(m: Message): Record<string, unknown> {
  const fields = m.fields.filter((f) => f.name !== 'Time');
  return {
    text: `${m.title}: ${m.summary}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.title.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: esc(m.summary) } },
      ...(fields.length
        ? [
            {
              type: 'section',
              fields: fields.slice(0, 10).map((f) => ({ type: 'mrkdwn', text: `*${esc(f.name)}*\n${esc(f.value)}` })),
            },
          ]
        : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: esc(m.time) }] },
    ],
  };
}

export const slack = defineChannel({
  type: 'slack',
  label: 'Slack',
  options: CHANNEL_OPTIONS.slack,
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: o.url,
        body: JSON.stringify(slackPayload(d.message)),
        headers: { 'idempotency-key': d.idempotencyKey },
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
      }),
    close: async () => {},
  }),
});
