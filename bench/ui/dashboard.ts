/**
 * The dashboard "usable after a cold load": a new browser context (empty cache), already signed
 * in, opens `/` on the real headless runner; the figure is the page's own performance mark for
 * the first render with the engine's answer (renderer/src/usable-mark.ts), from navigation start.
 */
import type { Browser } from 'playwright-core';

import { signInContext } from '../../tests/helpers/dashboard';

const USABLE_MARK = 'ipwatch:dashboard-usable';

export interface ColdLoadFigures {
  medianMs: number;
  runsMs: number[];
}

/**
 * `runs` cold loads after one discarded warm-up (the browser process's own first-use costs are
 * not the page's); each in a new context, so its HTTP and code caches start empty.
 */
export async function measureColdLoad(
  browser: Browser,
  url: string,
  token: string,
  runs = 5,
): Promise<ColdLoadFigures> {
  const runsMs: number[] = [];
  for (let i = -1; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, url, token);
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, USABLE_MARK, {
      timeout: 15_000,
    });
    const ms = Math.round(((await handle.jsonValue()) as number) * 10) / 10;
    if (i >= 0) runsMs.push(ms);
    await context.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs };
}
