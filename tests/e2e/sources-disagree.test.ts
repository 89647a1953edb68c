/**
 * A disagreement between sources, end to end: the headless runner asks three IPv4 sources of
 * three providers with a quorum of three; two answer 81.2.69.142 and one 81.2.69.160, so no
 * address reaches the quorum and IPv4 is uncertain, while IPv6 (its five sources agree) is
 * confirmed. In chromium, at the same moment as GET /api/v1/status: the headline says the API's
 * health (state, label, explanation), no IPv4 address is shown as current, each IPv4 source row
 * says what its source answered in the last check and which other sources answered the same, no
 * IPv6 row speaks of a disagreement, and the long explanation is said once on the page.
 * The assertions are on facts (addresses, source names, marks, counts), not on whole sentences
 * the dashboard may reword. Screenshots: test-output/screenshots/sources-disagree-*.png.
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

const A4 = '81.2.69.142';
const B4 = '81.2.69.160';
const A6 = '2a02:1:2:3::5';
/** The world's three HTTP echoes of IPv4 (text, JSON, trace): the last one answers B4. */
const V4_IDS = ['http0-v4', 'http1-v4', 'http2-v4'];
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

let dash: ApiRunner;
let page: Page;

const status = async (): Promise<AppStatus> => (await (await dash.fetch('/api/v1/status')).json()) as AppStatus;
const sources = () => page.getByRole('region', { name: 'Sources' });

/** What a person reads of the disagreement: the headline and each source row's facts. */
interface Seen {
  badge: { state: string | null; label: string | null };
  note: string | null;
  /** Each row: its source, whether its badge says it did not agree, the addresses and sources its line names. */
  rows: { id: string; disagrees: boolean; ips: string[]; sameAs: string[] }[];
}

/** The page's facts now; `ids` are every source's id, to find which a row's answer line names. */
async function seen(ids: readonly string[]): Promise<Seen> {
  const badge = page.getByTestId('health-badge');
  // Source rows only (not a group's heading row), compared by id: the card orders them by cause (issue 75).
  const rows = await sources()
    .locator('tbody tr[data-word]')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')?.childNodes[0]?.textContent?.trim() ?? '',
        word: tr.getAttribute('data-word'),
        line: tr.querySelector('.source-answer')?.textContent ?? '',
      })),
    );
  return {
    badge: { state: await badge.getAttribute('data-state'), label: (await badge.textContent())?.trim() ?? null },
    note: await page
      .getByTestId('health-note')
      .textContent({ timeout: 1000 })
      .catch(() => null),
    rows: byId(
      rows.map((r) => ({
        id: r.name,
        disagrees: r.word === 'no agreement',
        ips: r.line.match(IPV4) ?? [],
        sameAs: ids.filter((id) => id !== r.name && r.line.includes(id)),
      })),
    ),
  };
}

const byId = <R extends { id: string }>(rows: R[]): R[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The same facts as the API gives them: a row's answer is its source's attempt in its family's last check. */
function expected(s: AppStatus): Seen {
  return {
    badge: { state: s.health.state, label: s.health.label },
    note: s.health.detail,
    rows: byId(
      s.sources.map((src) => {
        const check = s.families[`v${src.family}`].lastCheck;
        const mine = check?.attempts?.find((a) => a.sourceId === src.id);
        const uncertain = check?.result === 'uncertain';
        const ip = uncertain && mine?.ok ? mine.ip : undefined;
        const same = ip ? (check?.attempts ?? []).filter((a) => a.ok && a.ip === ip && a.sourceId !== src.id) : [];
        return {
          id: src.id,
          disagrees: ip !== undefined,
          ips: ip ? [ip] : [],
          sameAs: same.map((a) => a.sourceId),
        };
      }),
    ),
  };
}

/**
 * The page and the API at the same moment: the page follows the status through server-sent
 * events, so both are read until they agree (or the wait ends), and the last pair is returned.
 */
async function sameMoment(): Promise<{ s: AppStatus; page: Seen; want: Seen }> {
  let last: { s: AppStatus; page: Seen; want: Seen } | null = null;
  await until(
    async () => {
      const s = await status();
      const now = await seen(s.sources.map((x) => x.id));
      const after = await status();
      last = { s, page: now, want: expected(s) };
      // A check that ended between the two reads leaves nothing to compare with: read again.
      const steady = JSON.stringify(after.families) === JSON.stringify(s.families);
      return steady && JSON.stringify(now) === JSON.stringify(last.want);
    },
    { timeoutMs: 20_000, what: 'the page to say what the API says', everyMs: 250 },
  ).catch(() => undefined);
  return last!;
}

describe.skipIf(browserPeer.skip)('sources that disagree, in chromium', () => {
  const opened: Partial<SignedIn> = {};
  beforeAll(async () => {
    const started = async () => {
      const world = await startWorld(A4, A6);
      world.v4.http[2]!.setIp(B4);
      return world;
    };
    // Only the three HTTP echoes for IPv4 (three providers), all five for IPv6, and a quorum of
    // three: two IPv4 answers alike are one short, while IPv6's five agree.
    const runner = (world: World) => {
      const custom = world.sources.filter((x) => x.family === 6 || V4_IDS.includes(x.id));
      return { settings: { monitor: { ...world.settings().monitor, quorum: 3 }, sources: { builtIn: false, custom } } };
    };
    ({ dash, page } = await openDashboard({ world: started, runner, viewport: { width: 1280, height: 900 } }, opened));
  }, 180_000);
  afterAll(() => closeDashboard(opened));

  it('the API says IPv4 is uncertain: two sources answered one address, one another', async () => {
    const s = await status();
    expect(s.families.v4.lastCheck?.result).toBe('uncertain');
    expect(s.families.v4.ip).toBeNull();
    expect(s.families.v6.ip).toBe(A6);
    const said = Object.fromEntries((s.families.v4.lastCheck?.attempts ?? []).map((a) => [a.sourceId, a.ip]));
    expect(said).toEqual({ 'http0-v4': A4, 'http1-v4': A4, 'http2-v4': B4 });
    expect(s.health.state).toBe('degraded');
    expect(s.health.label).toMatch(/IPv4/);
  });

  it('the page says what the API says: the headline, and what each source answered and which agreed', async () => {
    await page.goto(`${dash.url}/`);
    await sources().locator('tbody tr[data-word="no agreement"]').first().waitFor({ timeout: 30_000 });
    const { s, page: onPage, want } = await sameMoment();
    expect(onPage).toEqual(want);

    // The facts behind that comparison, said plainly.
    const row = (id: string) => onPage.rows.find((r) => r.id === id)!;
    expect(row('http0-v4')).toEqual({ id: 'http0-v4', disagrees: true, ips: [A4], sameAs: ['http1-v4'] });
    expect(row('http1-v4')).toEqual({ id: 'http1-v4', disagrees: true, ips: [A4], sameAs: ['http0-v4'] });
    expect(row('http2-v4')).toEqual({ id: 'http2-v4', disagrees: true, ips: [B4], sameAs: [] });
    expect(onPage.rows.filter((r) => r.id.endsWith('-v6') && r.disagrees)).toEqual([]);
    expect(onPage.rows.filter((r) => r.ips.length > 0).map((r) => r.id)).toEqual(V4_IDS);
    expect(onPage.badge.state).toBe('degraded');

    // No IPv4 address is shown as current while the sources disagree; IPv6's is.
    expect(await page.getByTestId('ip-v4').count()).toBe(0);
    expect(await page.getByTestId('ip-v6').textContent()).toBe(s.families.v6.ip);
    // The IPv4 card names the last check's result as the API does.
    const v4card = page.getByRole('region', { name: 'IPv4', exact: true });
    expect(await v4card.textContent()).toContain(`: ${s.families.v4.lastCheck!.result},`);
  }, 90_000);

  it('the long explanation is said once, and the table says once what the disagreement means', async () => {
    const s = await status();
    const body = await page.locator('main').innerText();
    const count = (text: string) => body.split(text).length - 1;
    expect(s.health.detail.length).toBeGreaterThan(40);
    expect(count(s.health.detail), `"${s.health.detail}" on the page`).toBe(1);
    const notes = await sources().getByTestId('sources-note').allTextContents();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/IPv4/);
    expect(notes[0]).not.toMatch(/IPv6/);
    // Each note on the page once (the table's is not repeated under each row).
    expect(count(notes[0]!)).toBe(1);
  }, 30_000);

  it('screenshots, light and dark, 1280 and 360 wide, without serious accessibility findings', async () => {
    await page.screenshot({ path: path.join(SHOTS, 'sources-disagree-top.png') });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await sources().screenshot({ path: path.join(SHOTS, `sources-disagree-${scheme}.png`) });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: path.join(SHOTS, 'sources-disagree-page.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SHOTS, 'sources-disagree-top-360.png') });
    await sources().screenshot({ path: path.join(SHOTS, 'sources-disagree-360.png') });
    // Narrow, each IPv4 row still shows its answer.
    const lines = await sources().locator('.source-answer').allInnerTexts();
    expect(lines.map((l) => (l.match(IPV4) ?? []).join())).toEqual([A4, A4, B4]);
  }, 60_000);
});
