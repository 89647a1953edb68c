/**
 * An outage with every source down, end to end: a headless runner whose sources all answered
 * (HTTP, DNS and STUN stand-ins of both families) loses every one of them (their servers close,
 * so each request is refused or gets no answer, as when the line is down). The API then says
 * `online: false`, and in chromium the Sources table says what the headline says: no row reads
 * "answering", each reads "not answering", and the explanation (the network) is said once, in the
 * one line that stands for the folded table: the verdict's cause, in the verdict's words. Screenshots: test-output/screenshots/sources-outage-*.png.
 */
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppStatus } from '../../shared/contract';
import type { ApiRunner } from '../helpers/api-runner';
import { seriousAxeFindings } from '../helpers/dashboard';
import { browserPeer, closeDashboard, openDashboard, SHOTS, type SignedIn } from '../helpers/e2e-dashboard';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

let world: World;
let worldClosed: Promise<void> | null = null;
let dash: ApiRunner;
let page: Page;

const status = async (): Promise<AppStatus> => (await (await dash.fetch('/api/v1/status')).json()) as AppStatus;
const badge = () => page.getByTestId('health-badge');
const sources = () => page.getByRole('region', { name: 'Sources' });

describe.skipIf(browserPeer.skip)('an outage with every source down, in chromium', () => {
  const opened: Partial<SignedIn> = {};
  beforeAll(async () => {
    ({ world, dash, page } = await openDashboard(
      {
        world: () => startWorld(),
        // A short deadline: a stand-in whose port is closed may answer nothing rather than refuse.
        runner: (w) => ({ settings: { monitor: { ...w.settings().monitor, timeoutMs: 1500 } } }),
        viewport: { width: 1280, height: 900 },
      },
      opened,
    ));
  }, 180_000);
  afterAll(() => closeDashboard(opened, async () => worldClosed ?? opened.world?.close()));

  it('before the outage the sources asked answer', async () => {
    await until(async () => (await status()).online === true, { what: 'the first checks to agree', everyMs: 200 });
    await page.goto(`${dash.url}/`);
    // Sources asked so far say answering (the others: not asked yet); none says not answering.
    await sources().locator('tbody tr[data-word="answering"]').first().waitFor({ state: 'attached' });
    expect(await sources().locator('tbody tr[data-word="not answering"]').count()).toBe(0);
    await sources().screenshot({ path: path.join(SHOTS, 'sources-before-outage.png') });
  }, 60_000);

  it('with every source down: the API says offline, and no source row says answering', async () => {
    worldClosed = world.close();
    await worldClosed;
    expect((await dash.fetch('/api/v1/check', { method: 'POST', json: {} })).ok).toBe(true);
    await until(async () => (await status()).online === false, {
      timeoutMs: 30_000,
      what: 'the engine to see the outage',
    });
    const s = await status();
    expect([s.families.v4.lastCheck?.result, s.families.v6.lastCheck?.result]).toEqual(['unavailable', 'unavailable']);
    // The status says what each source asked met, in the check's own attempts.
    expect(s.families.v4.lastCheck?.attempts?.length).toBeGreaterThan(0);
    expect(s.families.v4.lastCheck?.attempts?.every((a) => !a.ok && a.error)).toBe(true);

    await until(async () => (await badge().getAttribute('data-state')) === 'no-internet', {
      timeoutMs: 15_000,
      what: 'the no-internet badge',
      everyMs: 100,
    });
    const rows = sources().locator('tbody tr');
    await until(
      async () =>
        (await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-word')))).every((w) => w === 'not answering'),
      {
        timeoutMs: 15_000,
        what: 'every source row to say not answering',
        everyMs: 100,
      },
    );
    const words = await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-word')));
    expect(words).toHaveLength(world.sources.length);
    const badges = await sources().locator('.badge').allTextContents();
    expect(badges.length).toBe(world.sources.length);
    expect(badges.filter((b) => b !== 'not answering')).toEqual([]);
    // Said once, in one line above the folded table (issue 75), in the verdict's words: the check's
    // one cause as the API's health says it, a sentence of its own; no row repeats it, nor says why.
    const { reason } = (await status()).health;
    expect(reason).toBe('no source could be reached: the network is down or has no way out');
    expect(await sources().getByTestId('sources-glance').textContent()).toBe(
      `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
    );
    expect(await sources().getByTestId('sources-note').count()).toBe(0);
    expect(
      await sources()
        .getByTestId('sources-fold')
        .evaluate((d) => d.hasAttribute('open')),
    ).toBe(false);
    expect(await sources().locator('.source-answer').count()).toBe(0);
    expect(await sources().locator('details.source-reason').count()).toBe(0);
    expect(await sources().textContent()).not.toMatch(/counted as failing|ECONNREFUSED|UND_ERR|ETIMEDOUT/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await sources().screenshot({ path: path.join(SHOTS, `sources-outage-${scheme}.png`) });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.screenshot({ path: path.join(SHOTS, 'sources-outage-page.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await sources().screenshot({ path: path.join(SHOTS, 'sources-outage-360.png') });
  }, 90_000);
});
