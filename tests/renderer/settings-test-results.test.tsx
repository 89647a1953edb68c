// @vitest-environment happy-dom
/**
 * The Settings page's Tests in the reader's language (issue 62): the fleet's steps, the hook's
 * run and the heartbeat's ping, and a heartbeat ping's failure from the status, said from the
 * engine's reason codes in German, Indonesian and the pseudo-language; the English field when a
 * code is one this page does not know (an engine of another version).
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, type Mock } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { FleetSection } from '../../renderer/src/settings/fleet/FleetSection';
import { HeartbeatSection, HookSection } from '../../renderer/src/settings/watcher/WatcherSections';
import type { FleetTestResult } from '../../shared/contract/fleet';
import type { WireReason } from '../../shared/contract/reason';
import type { WatcherStatus, WatcherTestResult } from '../../shared/contract/watcher';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const GERMAN: Words = { language: 'de', messages: de };
const INDONESIAN: Words = { language: 'id', messages: id };

/** The fleet Test's answer as the engine builds it (fleet/probe.ts): each step's English from its code. */
function fleetAnswer(ok: boolean, reasons: WireReason[]): FleetTestResult {
  const words = reasons.map((r) => reasonWords(r as Reason, english)).join('; ');
  const step = (r: WireReason | undefined) =>
    r ? { ok: true, detail: reasonWords(r as Reason, english), reason: r } : null;
  return ok
    ? { ok: true, detail: words, reasons, ms: 12, publish: step(reasons[1]), read: step(reasons[2]) }
    : { ok: false, error: words, reasons, ms: 12, publish: null, read: null };
}

const TESTED = [
  reason('reason.fleet.signedIn', { broker: 'mqtt://b:1883' }),
  reason('reason.fleet.canPublish', { prefix: 'ipwatch/home/' }),
  reason('reason.fleet.reads', { count: 2, prefix: 'ipwatch' }),
];
const REFUSED = [reason('reason.fleet.broker', { meaning: 'credentials', said: 'Connection refused: Not authorized' })];

/** Renders the fleet section in `words`, answers its Test with `answer`, and gives the Test's line. */
async function fleetTest(words: Words, answer: FleetTestResult): Promise<string> {
  const user = userEvent.setup();
  const fake = fakeEngine({ status: status() });
  (fake.client.testFleet as Mock<() => Promise<FleetTestResult>>).mockResolvedValueOnce(answer);
  renderPanel(
    fake,
    storedView((s) => s),
    (ctx) => <FleetSection ctx={ctx} />,
    words,
  );
  await user.click(screen.getByRole('button', { name: words.messages['settings.fleet.test'] }));
  const line = () =>
    screen
      .getAllByRole('status')
      .map((s) => s.textContent ?? '')
      .find((t) => t !== '') ?? '';
  await waitFor(() => expect(line()).not.toBe(''));
  return line();
}

describe("the fleet's Test", () => {
  it('says each step in German', async () => {
    expect(await fleetTest(GERMAN, fleetAnswer(true, TESTED))).toBe(
      'Hat funktioniert: bei mqtt://b:1883 angemeldet; darf unter ipwatch/home/ veröffentlichen; liest 2 Standorte, die der Broker unter ipwatch/ vorhält (12 ms).',
    );
  });

  it("says the broker's refusal in Indonesian, the library's words after it", async () => {
    const text = await fleetTest(INDONESIAN, fleetAnswer(false, REFUSED));
    expect(text).toContain('broker menolak nama pengguna atau kata sandi (Connection refused: Not authorized)');
  });

  it('leaves no unmarked text in the pseudo-language', async () => {
    const text = await fleetTest(pseudoWords(), fleetAnswer(true, TESTED));
    expect(unmarkedText(text, ['mqtt://b:1883', 'ipwatch/home/', 'ipwatch/', '12'])).toEqual([]);
    // Each step is a message of its own inside "Worked: …": marked, not the engine's English.
    expect(text.match(/⟦/g)?.length).toBeGreaterThanOrEqual(1 + TESTED.length);
    expect(text).not.toContain('signed in');
  });

  it("says the engine's English when a step's code is one this page does not know", async () => {
    const answer = fleetAnswer(true, TESTED);
    const future = { ...answer, reasons: [...TESTED, { code: 'reason.fleet.fromTheFuture', values: {} }] };
    const text = await fleetTest(GERMAN, future as FleetTestResult);
    expect(text).toContain('signed in to mqtt://b:1883; can publish under ipwatch/home/');
  });
});

const failingPing = (r: Reason): WatcherStatus['heartbeat'] => ({
  state: 'failing',
  provider: 'uptime-kuma',
  lastPing: { at: Date.now() - 60_000, signal: 'up', ok: false, detail: reasonWords(r, english), reason: r, ms: 12 },
  lastOkAt: null,
  failures: 1,
});
const hook: WatcherStatus['hook'] = { enabled: true, running: false, queued: 0, dropped: 0, lastRun: null };

describe("the heartbeat's and the hook's Tests", () => {
  it("say a ping's failure and a Test's refusal in German", async () => {
    const user = userEvent.setup();
    const kuma = reason('reason.heartbeat.kumaNoMonitor');
    const fake = fakeEngine({ status: status({ watcher: { hook, heartbeat: failingPing(kuma) } }) });
    const noUrl = reason('reason.heartbeat.noUrl');
    (fake.client.testHeartbeat as Mock<() => Promise<WatcherTestResult>>).mockResolvedValueOnce({
      ok: false,
      error: reasonWords(noUrl, english),
      reason: noUrl,
      ms: 0,
    });
    renderPanel(
      fake,
      storedView((s) => s),
      (ctx) => <HeartbeatSection ctx={ctx} />,
      GERMAN,
    );
    expect(await screen.findByText(/Uptime Kuma kennt keinen aktiven Push-Monitor mit diesem Token/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: GERMAN.messages['settings.watcher.ping'] }));
    expect(await screen.findByText(/keine Ping-URL eingetragen/)).toBeTruthy();
  });

  it("say the hook's run in Indonesian and in the pseudo-language", async () => {
    for (const [words, button, want] of [
      [INDONESIAN, INDONESIAN.messages['settings.watcher.runHook'], /program selesai dengan kode keluar 0 dalam 41 ms/],
      [pseudoWords(), pseudoWords().messages['settings.watcher.runHook'], /⟦/],
    ] as const) {
      const user = userEvent.setup();
      const fake = fakeEngine({
        status: status({ watcher: { hook, heartbeat: failingPing(reason('reason.heartbeat.noUrl')) } }),
      });
      const exited = reason('reason.hook.exited', { ms: 41 });
      (fake.client.testHook as Mock<() => Promise<WatcherTestResult>>).mockResolvedValueOnce({
        ok: true,
        detail: reasonWords(exited, english),
        reason: exited,
        ms: 41,
      });
      renderPanel(
        fake,
        storedView((s) => s),
        (ctx) => <HookSection ctx={ctx} />,
        words,
      );
      await user.click(screen.getByRole('button', { name: button }));
      const said = await screen.findByText(want, { selector: '[role="status"]' });
      if (words !== INDONESIAN) {
        expect(unmarkedText(said.textContent ?? '', ['41'])).toEqual([]);
        expect(said.textContent).not.toContain('the program exited');
        expect(said.textContent?.match(/⟦/g)?.length).toBeGreaterThanOrEqual(2);
      }
      cleanup();
    }
  });
});
