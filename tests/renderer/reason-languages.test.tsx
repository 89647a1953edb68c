// @vitest-environment happy-dom
/**
 * The engine's reasons on the Dashboard in the page's language (issue 62): a monitor down, a
 * speed test left out on a metered connection, a metering the system cannot tell and a notice
 * the policy holds, each sent as the API sends it (the English field and its reason code,
 * shared/contract/reason.ts), read in German, in Indonesian and in the pseudo-language; and an
 * engine of another version, whose code the page does not know, read by its English field.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import type { HeldNotice } from '../../shared/contract/held';
import type { MonitorStatus } from '../../shared/contract/monitors';
import type { SpeedStatus } from '../../shared/contract/speed';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { heldReason } from '../../shared/words/held';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const now = Date.now();
const down = reason('reason.monitor.statusNotExpected', { status: 502, expected: 'any' });
const metered = reason(
  'reason.speed.metered',
  {},
  reason('reason.metered.nm', { device: 'wwan0', state: 'metered', guessed: 'no' }),
);
const unknown = reason('reason.metered.nmMissing');
const held = heldReason('address-change', { flapWindowMs: 120_000, offlineAfterMs: 90_000 });

function engine(code = (r: Reason) => r) {
  /** A reason as the API sends it: the English field beside the code. */
  const sent = (r: Reason) => ({ why: reasonWords(r, english), reason: code(r) });
  const monitor: MonitorStatus = {
    id: 'web',
    name: 'Nextcloud',
    type: 'http',
    target: 'https://cloud.example.org',
    state: 'down',
    ...sent(down),
    latencyMs: null,
    checkedAt: now - 30_000,
    since: now - 60_000,
    afterChange: false,
  };
  const speedTest: SpeedStatus = {
    enabled: true,
    runningSince: null,
    last: null,
    nextAt: null,
    skipped: { at: now - 60_000, ...sent(metered) },
    metered: { state: 'unknown', detail: reasonWords(unknown, english), reason: code(unknown) },
  };
  const fake = fakeEngine({ status: status({ monitors: { items: [monitor] }, speedTest }) });
  const notice: HeldNotice = {
    kind: 'address-change',
    family: 4,
    site: null,
    heldAt: now - 10_000,
    dueAt: now + 110_000,
    words: 'IPv4 address change, sent at 2026-11-20 10:06:30 UTC unless it changes back',
    ...sent(held),
  };
  fake.client.getHeldNotices = vi.fn(async () => [notice]);
  return fake;
}

async function dashboard(words: Words | undefined, code?: (r: Reason) => Reason) {
  renderApp(engine(code), '#/', words ? { words } : {});
  const web = await screen.findByTestId('monitor-web');
  const speed = await screen.findByTestId('speed-card');
  const heldList = await vi.waitFor(() => {
    const found = document.querySelector<HTMLElement>('.held-notices');
    if (!found) throw new Error('no held notices yet');
    return found;
  });
  return { web: web.textContent!, speed: speed.textContent!, held: heldList.textContent! };
}

describe("the engine's reasons on the Dashboard", () => {
  it('in German', async () => {
    const shown = await dashboard({ language: 'de', messages: de });
    expect(shown.web).toContain('antwortete mit Status 502, erwartet: eine 2xx- oder 3xx-Antwort');
    expect(shown.speed).toContain('Nicht getestet: Die Verbindung ist getaktet (NetworkManager (wwan0): getaktet).');
    expect(shown.speed).toContain('NetworkManager (nmcli) ist nicht installiert');
    expect(shown.held).toContain('„Änderungen zurückhalten“ ist 2 Min.');
  });

  it('in Indonesian', async () => {
    const shown = await dashboard({ language: 'id', messages: id });
    expect(shown.web).toContain('menjawab dengan status 502, yang diharapkan jawaban 2xx atau 3xx');
    expect(shown.speed).toContain('Tidak dites: koneksi ini terukur (NetworkManager (wwan0): terukur).');
    expect(shown.speed).toContain('NetworkManager (nmcli) tidak terpasang');
    expect(shown.held).toContain('"Tahan perubahan selama" adalah 2 mnt');
  });

  it('in the pseudo-language: every reason from the catalogue', async () => {
    const shown = await dashboard(pseudoWords());
    const pseudo = pseudoTranslator();
    expect(shown.web).toContain(reasonWords(down, pseudo));
    expect(shown.speed).toContain(reasonWords(metered, pseudo));
    expect(shown.speed).toContain(reasonWords(unknown, pseudo));
    expect(shown.held).toContain(reasonWords(held, pseudo));
    for (const r of [down, metered, unknown, held])
      expect(Object.values(shown).join(' ')).not.toContain(reasonWords(r, english));
  });

  it('from an engine of another version: a code the page does not know, its English field', async () => {
    const shown = await dashboard({ language: 'de', messages: de }, (r) => ({ ...r, code: 'reason.newer' as never }));
    expect(shown.web).toContain('answered status 502, expected a 2xx or 3xx answer');
    expect(shown.speed).toContain('Not tested: the connection is metered (NetworkManager (wwan0): metered).');
    expect(shown.held).toContain('"Hold changes for" is 2 min');
  });
});
