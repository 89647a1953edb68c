/**
 * Microsoft Teams through a Workflows (Power Automate) webhook: "Send webhook alerts to a
 * channel" posts the Adaptive Card of a `{"type":"message","attachments":[...]}` body.
 * Options: `url` (the workflow URL; its `sig` parameter is the secret).
 *
 * Its answers (learn.microsoft.com, "Create incoming webhooks with Workflows for Microsoft
 * Teams"; Azure Logic Apps' request trigger): 202 Accepted once the run is queued (the card is
 * posted by the run, later); 400 `InvalidRequestContent` for a body the trigger refuses (this
 * notice); 401 `DirectApiAuthorizationRequired` / `DirectApiInvalidAuthorizationSignature` for a
 * missing or wrong `sig`, 404 for a deleted or switched-off flow (the settings); 429 with
 * Retry-After when throttled. A 400 about the URL itself (`MissingApiVersionParameter`, a
 * DirectApi* code) is a setting to fix, not a refused notice.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { Message, SendResult } from '../types';
import { defineChannel } from './define';

const COLOR: Record<Message['tone'], string> = { good: 'Good', info: 'Default', warn: 'Warning', bad: 'Attention' };

/**
 * The Workflows body: one Adaptive Card (schema 1.4, which Teams renders) with the notice's
 * facts. TextBlocks read a Markdown subset; IPWatch's titles, addresses and times hold none of it.
 */
export function teamsPayload(m: Message): Record<string, unknown> {
  const facts = m.fields.filter((f) => f.name !== 'Time').map((f) => ({ title: f.name, value: f.value }));
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body: [
            {
              type: 'TextBlock',
              text: m.title,
              style: 'heading',
              weight: 'Bolder',
              size: 'Medium',
              color: COLOR[m.tone],
              wrap: true,
            },
            { type: 'TextBlock', text: m.summary, wrap: true },
            ...(facts.length ? [{ type: 'FactSet', facts }] : []),
            { type: 'TextBlock', text: m.time, isSubtle: true, size: 'Small', wrap: true },
          ],
        },
      },
    ],
  };
}

/** The `error.code` of a Logic Apps error body, if it has one. */
export function logicAppsCode(body: string): string | undefined {
  try {
    const code: unknown = (JSON.parse(body) as { error?: { code?: unknown } } | null)?.error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Teams' own reading of an answer; undefined leaves it to answers.ts. */
export function teamsAnswer(a: HttpAnswer): SendResult | undefined {
  const code = logicAppsCode(a.body);
  if (a.status === 400 && code && (code === 'MissingApiVersionParameter' || code.startsWith('DirectApi')))
    return { ok: false, kind: 'misconfigured', error: `${a.error} (copy the workflow URL again, whole)` };
  return undefined;
}

export const teams = defineChannel({
  type: 'teams',
  label: 'Microsoft Teams',
  options: CHANNEL_OPTIONS.teams,
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: o.url,
        body: JSON.stringify(teamsPayload(d.message)),
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
        refine: teamsAnswer,
      }),
    close: async () => {},
  }),
});
