/**
 * The Sites page with the watcher's sites in chromium: a new signed-in context opens `/#/sites`;
 * the figure is the page's own clock (performance.now(), from navigation start) at the first
 * animation frame with `rows` rows (`tr[data-site]`) drawn, or, with `rows` 0 (the floor: the
 * same page with no site), the first frame with the fleet's summary line drawn. One discarded
 * warm-up, then `runs` loads; the median is the figure. Each load is broken down (issue 51), all
 * from navigation start, from the page's own Performance entries: DOMContentLoaded, the first
 * contentful paint, the app's first frame (the page's header drawn), the JavaScript loaded, and
 * the `GET /api/v1/sites` request (start, end, duration, bytes on the wire and decoded).
 *
 * The frames are watched from the navigation's commit, not from its load event (page.goto's
 * default): a watch started after `load` and playwright's round trips saw its first frame at
 * about 505 ms whatever the page did (issue 61: the same 505 to 507 ms with 0 sites and 1,000),
 * so both the first frame and "drawn" were the watch's start, not the page's.
 */
import type { Browser } from 'playwright-core';

import { signInContext } from '../../tests/helpers/dashboard';

export interface PageLoad {
  doneMs: number;
  domContentLoadedMs: number;
  firstContentfulPaintMs: number | null;
  appFirstFrameMs: number | null;
  scriptsEndMs: number;
  sitesRequest: { startMs: number; endMs: number; durationMs: number; transferBytes: number; bodyBytes: number } | null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The Performance entries of the loaded page (a string would break the page's CSP: a function). */
function readLoad(): Omit<PageLoad, 'doneMs' | 'appFirstFrameMs'> {
  type Entry = {
    name: string;
    startTime: number;
    duration: number;
    responseEnd: number;
    initiatorType?: string;
    domContentLoadedEventEnd?: number;
    transferSize?: number;
    decodedBodySize?: number;
  };
  // The page's own Performance (the bench's tsconfig has node's types, not the DOM's).
  const perf = performance as unknown as {
    getEntriesByType(t: string): unknown[];
    getEntriesByName(n: string): unknown[];
  };
  const nav = perf.getEntriesByType('navigation')[0] as unknown as Entry;
  const fcp = perf.getEntriesByName('first-contentful-paint')[0] as unknown as Entry | undefined;
  const res = perf.getEntriesByType('resource') as unknown as Entry[];
  const scripts = res.filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
  const sites = res.find((e) => new URL(e.name).pathname === '/api/v1/sites');
  return {
    domContentLoadedMs: nav.domContentLoadedEventEnd ?? 0,
    firstContentfulPaintMs: fcp ? fcp.startTime : null,
    scriptsEndMs: Math.max(0, ...scripts.map((e) => e.responseEnd)),
    sitesRequest: sites
      ? {
          startMs: sites.startTime,
          endMs: sites.responseEnd,
          durationMs: sites.duration,
          transferBytes: sites.transferSize ?? 0,
          bodyBytes: sites.decodedBodySize ?? 0,
        }
      : null,
  };
}

async function loadOnce(browser: Browser, url: string, token: string, rows: number): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await signInContext(context, url, token);
    const page = await context.newPage();
    await page.goto(`${url}/#/sites`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (want) => {
        // The page's own document (no DOM types in the bench's tsconfig).
        const g = globalThis as unknown as {
          document: { querySelector(s: string): unknown; querySelectorAll(s: string): { length: number } };
          __benchAppFirstFrame?: number;
        };
        const now = performance.now();
        if (g.__benchAppFirstFrame === undefined && g.document.querySelector('header.page-head'))
          g.__benchAppFirstFrame = now;
        const done =
          want > 0
            ? g.document.querySelectorAll('tr[data-site]').length >= want
            : g.document.querySelector('section[aria-labelledby="sites-h"] p.small') !== null;
        return done ? [now, g.__benchAppFirstFrame ?? null] : null;
      },
      rows,
      { polling: 'raf', timeout: 30_000 },
    );
    const [doneMs, appFirstFrameMs] = (await handle.jsonValue()) as [number, number | null];
    const load = await page.evaluate(readLoad);
    const s = load.sitesRequest;
    return {
      doneMs: r1(doneMs),
      domContentLoadedMs: r1(load.domContentLoadedMs),
      firstContentfulPaintMs: load.firstContentfulPaintMs === null ? null : r1(load.firstContentfulPaintMs),
      appFirstFrameMs: appFirstFrameMs === null ? null : r1(appFirstFrameMs),
      scriptsEndMs: r1(load.scriptsEndMs),
      sitesRequest: s && {
        startMs: r1(s.startMs),
        endMs: r1(s.endMs),
        durationMs: r1(s.durationMs),
        transferBytes: s.transferBytes,
        bodyBytes: s.bodyBytes,
      },
    };
  } finally {
    await context.close();
  }
}

/** Medians over the runs of each step of the breakdown (null where a run had none). */
function medianBreakdown(loads: PageLoad[]) {
  const m = (f: (l: PageLoad) => number | null | undefined) => {
    const xs = loads.map(f).filter((x): x is number => typeof x === 'number');
    return xs.length ? median(xs) : null;
  };
  return {
    domContentLoadedMs: m((l) => l.domContentLoadedMs),
    firstContentfulPaintMs: m((l) => l.firstContentfulPaintMs),
    appFirstFrameMs: m((l) => l.appFirstFrameMs),
    scriptsEndMs: m((l) => l.scriptsEndMs),
    sitesStartMs: m((l) => l.sitesRequest?.startMs),
    sitesEndMs: m((l) => l.sitesRequest?.endMs),
    sitesDurationMs: m((l) => l.sitesRequest?.durationMs),
    sitesTransferBytes: m((l) => l.sitesRequest?.transferBytes),
    sitesBodyBytes: m((l) => l.sitesRequest?.bodyBytes),
    doneMs: m((l) => l.doneMs),
  };
}

export type PageBreakdown = ReturnType<typeof medianBreakdown>;

export function breakdownWords(b: PageBreakdown): string {
  const kb = (n: number | null) => (n === null ? 'unknown' : `${r1(n / 1024)} KB`);
  return (
    `DOMContentLoaded ${b.domContentLoadedMs} ms, JS loaded ${b.scriptsEndMs} ms, first paint ${b.firstContentfulPaintMs} ms, ` +
    `app's first frame ${b.appFirstFrameMs} ms, /api/v1/sites ${b.sitesStartMs}→${b.sitesEndMs} ms ` +
    `(${b.sitesDurationMs} ms, ${kb(b.sitesTransferBytes)} on the wire, ${kb(b.sitesBodyBytes)} decoded), drawn ${b.doneMs} ms`
  );
}

export async function measureSitesPage(browser: Browser, url: string, token: string, runs = 5, rows = 100) {
  const loads: PageLoad[] = [];
  for (let i = -1; i < runs; i++) {
    const load = await loadOnce(browser, url, token, rows);
    if (i >= 0) loads.push(load);
  }
  const runsMs = loads.map((l) => l.doneMs);
  return { medianMs: median(runsMs), runsMs, breakdown: medianBreakdown(loads), loads };
}
