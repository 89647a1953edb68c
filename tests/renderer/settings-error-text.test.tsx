// @vitest-environment happy-dom
/**
 * The Settings lists of items (channels, DNS records, service monitors, sources) say an error in
 * words with the shared ErrorText: the sentence first, the engine's own text (its code) folded
 * under Details, both for a row's state in its open form and for a Test's answer.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ChannelsEditor } from '../../renderer/src/settings/ChannelsEditor';
import { DiscordPanel } from '../../renderer/src/settings/discord/DiscordPanel';
import { MonitorsEditor } from '../../renderer/src/settings/monitors/MonitorsEditor';
import { SourcesEditor } from '../../renderer/src/settings/SourcesEditor';
import { botOff } from '../../shared/bot-types';
import type { ChannelStatus } from '../../shared/notify-types';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const SOCKET = 'other side closed (UND_ERR_SOCKET)';
const REFUSED = 'connect ECONNREFUSED 127.0.0.1:9';

/** The words, and the code only under a closed Details. */
function expectInWords(el: Element, words: RegExp, code: string) {
  expect(el.querySelector('.error-words')!.textContent).toMatch(words);
  expect(el.querySelector('.error-words')!.textContent).not.toContain(code);
  const details = el.querySelector('details.error-details') as HTMLDetailsElement;
  expect(details.open).toBe(false);
  expect(details.querySelector('code')!.textContent).toContain(code);
}

const channelStatus = (over: Partial<ChannelStatus>): ChannelStatus => ({
  id: 'hook',
  type: 'webhook',
  state: 'ok',
  reason: null,
  lastError: null,
  lastErrorAt: null,
  lastSentAt: null,
  failures: 0,
  nextAttemptAt: null,
  pending: 0,
  expired: 0,
  sent: 0,
  rejected: 0,
  note: null,
  recentExpired: [],
  ...over,
});

describe('errors in the Settings item forms', () => {
  it("a channel: its failing state's error and a refused test, in words with the code under Details", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({
      status: status({ notifications: [channelStatus({ state: 'failing', failures: 3, lastError: SOCKET })] }),
    });
    fake.client.testChannel.mockResolvedValueOnce({ ok: false, error: REFUSED, ms: 2 } as never);
    const channels = [{ id: 'hook', type: 'webhook', url: 'http://127.0.0.1:9/h' }];
    const saved = storedView((s) => ({ ...s, notifications: { ...(s.notifications as object), channels } }));
    renderPanel(fake, saved, (ctx) => <ChannelsEditor ctx={ctx} savedIds={new Set(['hook'])} />);
    const list = within(screen.getByRole('list', { name: 'Notification channels' }));
    const row = list.getByRole('listitem', { name: 'hook' });
    await within(row).findByText('failing');
    await user.click(within(row).getByRole('button', { name: 'Test hook' }));
    const said = within(row).getByRole('status');
    await vi.waitFor(() => expect(said.textContent).toMatch(/^Not sent: /));
    expectInWords(said, /^Nothing answered at 127\.0\.0\.1:9: is the service running\?$/, 'ECONNREFUSED');
    await user.click(within(row).getByRole('button', { name: 'Edit hook' }));
    const detail = row.querySelector('.item-detail')!;
    expect(detail.textContent).toMatch(/^failing: The connection was closed before an answer/);
    expectInWords(detail, /^The connection was closed before an answer/, 'UND_ERR_SOCKET');
  });

  it("a service monitor: down's why and a failed test, in the same words", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({
      status: status({
        monitors: {
          items: [
            {
              id: 'ssh',
              name: 'SSH',
              type: 'tcp',
              target: '127.0.0.1:9',
              state: 'down',
              why: `the check failed: Error: ${REFUSED}`,
              latencyMs: null,
              checkedAt: Date.now() - 5000,
              since: Date.now() - 60_000,
              afterChange: false,
            },
          ],
        },
      }),
    });
    fake.client.testMonitor.mockResolvedValueOnce({ ok: false, detail: `the check failed: Error: ${REFUSED}`, ms: 3 });
    const items = [{ id: 'ssh', name: 'SSH', type: 'tcp', host: '127.0.0.1', port: 9 }];
    renderPanel(
      fake,
      storedView((s) => ({ ...s, monitors: { items } })),
      (ctx) => <MonitorsEditor ctx={ctx} />,
    );
    const row = within(screen.getByRole('list', { name: 'Monitors' })).getByRole('listitem', { name: 'SSH' });
    await within(row).findByText('down');
    await user.click(within(row).getByRole('button', { name: 'Edit SSH' }));
    const detail = row.querySelector('.item-detail')!;
    expect(detail.textContent).toMatch(/^down: Down: Nothing answered at 127\.0\.0\.1:9/);
    expectInWords(detail, /^Nothing answered at 127\.0\.0\.1:9/, 'ECONNREFUSED');
    await user.click(within(row).getByRole('button', { name: 'Test this monitor' }));
    const said = await within(row).findByText(/^Down \(3 ms\):/);
    expectInWords(said, /^Nothing answered at 127\.0\.0\.1:9/, 'ECONNREFUSED');
  });

  it("a source: a failed test's words, its code under Details", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.testSource.mockResolvedValueOnce({ ok: false, error: `network: ${REFUSED}`, ms: 1 } as never);
    const custom = [{ id: 'echo', kind: 'http', family: 4, url: 'http://127.0.0.1:9/ip', format: 'text' }];
    renderPanel(
      fake,
      storedView((s) => ({ ...s, sources: { ...(s.sources as object), custom } })),
      (ctx) => <SourcesEditor ctx={ctx} />,
    );
    const row = within(screen.getByRole('list', { name: 'Your own sources' })).getByRole('listitem', { name: 'echo' });
    await user.click(within(row).getByRole('button', { name: 'Test echo' }));
    const said = within(row).getByRole('status');
    await vi.waitFor(() => expect(said.textContent).toMatch(/^Failed: /));
    expectInWords(said, /^Nothing answered at 127\.0\.0\.1:9/, 'ECONNREFUSED');
  });

  it("the Discord bot's last error, in words with the code under Details", async () => {
    const fake = fakeEngine({
      status: status({
        bot: { ...botOff(), state: 'reconnecting', lastError: { message: 'getaddrinfo ENOTFOUND discord.com', at: 1 } },
      }),
    });
    renderPanel(
      fake,
      storedView((s) => ({ ...s, discord: { ...(s.discord as object), token: { set: true } } })),
      (ctx) => <DiscordPanel ctx={ctx} />,
    );
    const line = await screen.findByText(/^The bot:/, { selector: '[role="status"]' });
    await vi.waitFor(() => expect(line.querySelector('.error-words')).not.toBeNull());
    expectInWords(line, /discord\.com/, 'ENOTFOUND');
  });
});
