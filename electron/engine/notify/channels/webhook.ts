/**
 * Generic webhook. By default it POSTs this JSON (version 1):
 *
 *   { "version": 1, "event": "ipv4-changed", "id": "<idempotency key>",
 *     "at": "2026-11-23T00:40:06.000Z", "time": "2026-11-23 01:40:06 GMT+1",
 *     "title": "...", "summary": "...", "text": "...", "tone": "info",
 *     "data": { "kind": "ipv4-changed", "at": 1795..., "family": 4, "from": "...", "to": "...",
 *               "fromSince": 1795..., "sources": ["..."] } }
 *
 * `data` holds the notice's own fields (addresses masked as the channel says). With a
 * `template`, the body is the template with {{placeholders}} filled: event, id, at, time,
 * title, summary, text, tone, and every top-level field of `data` (family, from, to...).
 * Values are escaped for the `contentType`: JSON-escaped (without quotes) for JSON, so the
 * template stays valid JSON; URL-encoded for a form (application/x-www-form-urlencoded),
 * so an "&" or "=" in a value cannot add a field. With `secret`, each request is signed as
 * `signature` says (webhook-signing.ts): Standard Webhooks by default, or GitHub-style.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { fillTemplate, templateEncoding } from '../../../../shared/template';
import { postHttp } from '../http';
import { noticeData } from '../message';
import type { Delivery } from '../types';
import { defineChannel } from './define';
import { signatureHeaders, standardSecretProblem } from './webhook-signing';

export function webhookPayload(
  d: Pick<Delivery, 'notice' | 'message' | 'mask' | 'idempotencyKey'>,
): Record<string, unknown> {
  const m = d.message;
  return {
    version: 1,
    event: d.notice.kind,
    id: d.idempotencyKey,
    at: new Date(d.notice.at).toISOString(),
    time: m.time,
    title: m.title,
    summary: m.summary,
    text: m.text,
    tone: m.tone,
    data: noticeData(d.notice, d.mask),
  };
}

/** A template's values: the notice's own fields (`data`), and the payload's over them. */
const templateValues = (payload: Record<string, unknown>): Record<string, unknown> => ({
  ...((payload.data ?? {}) as Record<string, unknown>),
  ...payload,
});

export const webhook = defineChannel({
  type: 'webhook',
  label: 'Webhook',
  options: CHANNEL_OPTIONS.webhook,
  check: (o) => {
    const problem = o.signature === 'standard' && typeof o.secret === 'string' ? standardSecretProblem(o.secret) : null;
    return problem && `secret: ${problem}`;
  },
  create: (o, deps) => ({
    send: (d) => {
      const payload = webhookPayload(d);
      const body = o.template
        ? fillTemplate(o.template, templateValues(payload), templateEncoding(o.contentType))
        : JSON.stringify(payload);
      return postHttp({
        url: o.url,
        method: o.method,
        body,
        contentType: o.contentType,
        headers: {
          ...o.headers,
          'idempotency-key': d.idempotencyKey,
          'x-ipwatch-event': d.notice.kind,
          ...(o.secret ? signatureHeaders(o.signature, o.secret, d.idempotencyKey, deps.clock.now(), body) : {}),
        },
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
      });
    },
    close: async () => {},
  }),
});
