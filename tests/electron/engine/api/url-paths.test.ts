/**
 * A sending URL whose path is its secret (issue 58), through the real API server: a viewer's
 * token reads the settings and sees only the host of a Home Assistant webhook URL (and of the
 * other channels' URLs with a path), an admin sees it whole, and a webhook marked as carrying
 * no secret (urlIsPublic) shows whole to the viewer too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiServer, startApiServer } from '../../../helpers/api-server';

const HA_ID = 'ipwatch-kitchen-Zq81xVb3Lw9pTe6R';
const HA = `http://ha.example:8123/api/webhook/${HA_ID}`;
const N8N = 'https://n8n.example/webhook/0b7c8f39-4d21-4aa7-9d0e-5d9f3c1e2a77';
const PUBLIC = 'https://status.example/ipwatch/hook';
const SLACK_TRIGGER = 'https://hooks.slack.com/triggers/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';

let server: ApiServer<'admin' | 'viewer'>;

beforeAll(async () => {
  server = await startApiServer({
    name: 'url-paths',
    settings: {
      notifications: {
        channels: [
          { id: 'ha', type: 'webhook', enabled: false, url: HA },
          { id: 'n8n', type: 'webhook', enabled: false, url: N8N },
          { id: 'status', type: 'webhook', enabled: false, url: PUBLIC, urlIsPublic: true },
          { id: 'slack', type: 'slack', enabled: false, url: SLACK_TRIGGER },
          { id: 'ntfy', type: 'ntfy', enabled: false, topic: 'ipwatch-home', server: 'https://ntfy.sh' },
        ],
      },
    },
    tokens: [
      ['admin', 'admin', 'ops'],
      ['viewer', 'viewer'],
    ],
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

type Channel = Record<string, unknown>;
async function channels(token: string): Promise<{ text: string; byId: Record<string, Channel> }> {
  const res = await server.call('/settings', token);
  expect(res.status).toBe(200);
  const text = await res.text();
  const view = JSON.parse(text) as { settings: { notifications: { channels: Channel[] } } };
  return { text, byId: Object.fromEntries(view.settings.notifications.channels.map((c) => [c.id, c])) };
}

describe('a viewer reading the settings', () => {
  it("sees only the host of a Home Assistant webhook URL, and of the others' paths", async () => {
    const { text, byId } = await channels(server.tokens.viewer);
    expect(byId.ha!.url).toBe('http://ha.example:8123/…');
    expect(byId.n8n!.url).toBe('https://n8n.example/…');
    expect(byId.slack!.url).toBe('https://hooks.slack.com/…');
    expect(byId.ntfy!.server).toBe('https://ntfy.sh');
    for (const secret of [HA_ID, '/api/webhook/', '0b7c8f39-4d21', '0a1b2c3d4e5f']) expect(text).not.toContain(secret);
  });

  it('sees a webhook marked as carrying no secret whole', async () => {
    const { byId } = await channels(server.tokens.viewer);
    expect(byId.status!.url).toBe(PUBLIC);
    expect(byId.status!.urlIsPublic).toBe(true);
  });
});

describe('an admin reading the settings', () => {
  it('sees every URL whole, to edit it', async () => {
    const { byId } = await channels(server.tokens.admin);
    expect(byId.ha!.url).toBe(HA);
    expect(byId.n8n!.url).toBe(N8N);
    expect(byId.slack!.url).toBe(SLACK_TRIGGER);
  });
});
