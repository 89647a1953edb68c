/**
 * The dashboard "usable after a cold load": a new browser context (empty cache), already signed
 * in, opens `/` on the real headless runner; the figure is the page's own performance mark for
 * the first render with the engine's answer (renderer/src/usable-mark.ts), from navigation start.
 * Beside it, with no target, "drawn": when the dashboard's last card (the notifications) is in the
 * page, seen by a MutationObserver the bench adds before the page's scripts run. Since issue 75 the
 * cards below the first screen are a chunk of their own, so "usable" no longer includes them;
 * "drawn" shows what they cost after it.
 */
import type { Browser } from 'playwright-core';

import { signInContext } from '../../tests/helpers/dashboard';

const USABLE_MARK = 'ipwatch:dashboard-usable';
const DRAWN_MARK = 'bench:dashboard-drawn';
/** The heading of the dashboard's last card (renderer/src/pages/dashboard-more.tsx). */
const LAST_CARD = 'channels-h';

export interface ColdLoadFigures {
  medianMs: number;
  runsMs: number[];
  /** The last card in the page, from navigation start. */
  drawnMedianMs: number;
  drawnRunsMs: number[];
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One cold load in a new context (empty HTTP and code caches): its usable and drawn times, in ms. */
export async function coldLoadOnce(
  browser: Browser,
  url: string,
  token: string,
): Promise<{ usableMs: number; drawnMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await signInContext(context, url, token);
    // As text: it runs in the page (this file is typed for node, without the DOM's names).
    await context.addInitScript({
      content: `new MutationObserver((_, seen) => {
        if (!document.getElementById(${JSON.stringify(LAST_CARD)})) return;
        performance.mark(${JSON.stringify(DRAWN_MARK)});
        seen.disconnect();
      }).observe(document, { subtree: true, childList: true });`,
    });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const read = async (mark: string) => {
      const handle = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, {
        timeout: 15_000,
      });
      return Math.round(((await handle.jsonValue()) as number) * 10) / 10;
    };
    return { usableMs: await read(USABLE_MARK), drawnMs: await read(DRAWN_MARK) };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold loads after one discarded warm-up (the browser process's own first-use costs are
 * not the page's).
 */
export async function measureColdLoad(
  browser: Browser,
  url: string,
  token: string,
  runs = 5,
): Promise<ColdLoadFigures> {
  const runsMs: number[] = [];
  const drawnRunsMs: number[] = [];
  for (let i = -1; i < runs; i++) {
    const { usableMs, drawnMs } = await coldLoadOnce(browser, url, token);
    if (i < 0) continue;
    runsMs.push(usableMs);
    drawnRunsMs.push(drawnMs);
  }
  return { medianMs: median(runsMs), runsMs, drawnMedianMs: median(drawnRunsMs), drawnRunsMs };
}
