/**
 * A local stand-in for a Microsoft Teams Workflows webhook (the Power Automate / Logic Apps
 * request trigger behind "Send webhook alerts to a channel"), answering as it does. Built from:
 * - learn.microsoft.com, "Create incoming webhooks with Workflows for Microsoft Teams" and the
 *   Teams "Post to a channel when a webhook request is received" template: the body is
 *   `{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
 *   "content":{AdaptiveCard}}]}`; the trigger answers 202 Accepted and the run posts the card.
 * - Logic Apps error bodies `{"error":{"code","message"}}` as users report them (ericferon/
 *   glpi-webhook#51: 401 DirectApiAuthorizationRequired without the SAS `sig`; caronc/apprise
 *   #1161: 400 MissingApiVersionParameter; jzsecops/wazuh-teams-workflows#4: a URL copied with
 *   `&amp;` loses its `sig`), 400 InvalidRequestContent for a body that is not JSON, 404 for a
 *   flow that was deleted, 429 with Retry-After when throttled.
 *
 * Route: POST /workflows/<id>/triggers/manual/paths/invoke?api-version=…&sig=…. Binds 127.0.0.1.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TeamsRequest {
  path: string;
  contentType: string;
  body: string;
  status: number;
}

export interface TeamsFake {
  /** The workflow URL as Teams shows it. */
  url: string;
  requests: TeamsRequest[];
  /** The Adaptive Cards the runs posted to the channel. */
  cards: Record<string, unknown>[];
  /** The flow is deleted: its URL answers 404 from now on. */
  deleteFlow(): void;
  throttleNext(retryAfterSec: number): void;
  close(): Promise<void>;
}

export const WORKFLOW_ID = '36e0836ee6804d5fa6f5b09b67693953';
export const SIG = 'Xq2vT8pL0mWc4sRkJ9yBnF3hA6dE1uGz7iOoKe5QbVw';

const err = (code: string, message: string) => ({ error: { code, message } });

/** The card a run finds in a body, or the reason the run fails (the trigger still said 202). */
function cardOf(json: unknown): Record<string, unknown> | null {
  const a = (json as { type?: unknown; attachments?: unknown } | null) ?? {};
  if (a.type !== 'message' || !Array.isArray(a.attachments)) return null;
  const first = a.attachments[0] as { contentType?: unknown; content?: unknown } | undefined;
  if (first?.contentType !== 'application/vnd.microsoft.card.adaptive') return null;
  const card = first.content as Record<string, unknown> | undefined;
  return card?.type === 'AdaptiveCard' && Array.isArray(card.body) ? card : null;
}

export async function startTeamsFake(): Promise<TeamsFake> {
  let deleted = false;
  let throttle = 0;
  const sockets = new Set<Socket>();
  const reply = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
    return status;
  };

  function answer(rec: TeamsRequest, res: ServerResponse): number {
    const u = new URL(rec.path, 'http://x');
    const path = `/workflows/${WORKFLOW_ID}/triggers/manual/paths/invoke`;
    if (u.pathname !== path || deleted)
      return reply(res, 404, err('WorkflowNotFound', `The workflow '${WORKFLOW_ID}' could not be found.`));
    if (!u.searchParams.get('api-version'))
      return reply(res, 400, err('MissingApiVersionParameter', 'The api-version query parameter is required.'));
    const sig = u.searchParams.get('sig');
    if (!sig)
      return reply(
        res,
        401,
        err('DirectApiAuthorizationRequired', 'The request must be authenticated only by Shared Access scheme.'),
      );
    if (sig !== SIG)
      return reply(
        res,
        401,
        err('DirectApiInvalidAuthorizationSignature', 'The provided authentication token is not valid.'),
      );
    if (throttle) {
      const s = throttle;
      throttle = 0;
      return reply(res, 429, err('WorkflowRequestsThrottled', 'Rate limit exceeded.'), { 'retry-after': String(s) });
    }
    let json: unknown;
    try {
      if (!rec.contentType.startsWith('application/json')) throw new Error('not JSON');
      json = JSON.parse(rec.body);
    } catch {
      return reply(
        res,
        400,
        err('InvalidRequestContent', "The input body for trigger 'manual' of type 'Request' must be of type JSON."),
      );
    }
    const card = cardOf(json);
    if (card) fake.cards.push(card);
    return reply(res, 202);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec: TeamsRequest = {
        path: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
        status: 0,
      };
      fake.requests.push(rec);
      rec.status = req.method === 'POST' ? answer(rec, res) : reply(res, 405);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const fake: TeamsFake = {
    url:
      `http://127.0.0.1:${port}/workflows/${WORKFLOW_ID}/triggers/manual/paths/invoke` +
      `?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${SIG}`,
    requests: [],
    cards: [],
    deleteFlow: () => void (deleted = true),
    throttleNext: (s) => void (throttle = s),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}
