/**
 * The start of an e2e test of the dashboard (tests/e2e): the renderer built, Debian's chromium
 * launched, the local world of sources, the real headless runner on it with the API, and a page
 * in a context signed in to it; and the end, everything closed. One copy of what each e2e file
 * repeated; each test keeps its own world, settings and assertions.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { type ApiRunner, type ApiRunnerOptions, startApiRunner } from './api-runner';
import { buildRenderer, CHROMIUM, launchChromium, signInContext } from './dashboard';
import { peer } from './peers';
import type { World } from './world';

/** chromium, or the test skips naming its Debian package. */
export const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
/** Where e2e tests write their screenshots (gitignored). */
export const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');

export interface SignedIn {
  browser: Browser;
  world: World;
  dash: ApiRunner;
  context: BrowserContext;
  page: Page;
}

export interface DashboardOptions {
  /** Starts the test's world of local sources (and sets any fault it starts with). */
  world: () => Promise<World>;
  /** The runner's options besides its world, given the world (settings, as the test needs). */
  runner?: (world: World) => Promise<Omit<ApiRunnerOptions, 'world'>> | Omit<ApiRunnerOptions, 'world'>;
  viewport: { width: number; height: number };
}

/**
 * Builds the renderer, launches chromium, starts the world and the runner, signs a new page in.
 * Each part goes into `into` as soon as it is up, so closeDashboard(into) closes what
 * was opened even when a later part failed.
 */
export async function openDashboard(o: DashboardOptions, into: Partial<SignedIn> = {}): Promise<SignedIn> {
  await buildRenderer();
  const browser = (into.browser = await launchChromium());
  await mkdir(SHOTS, { recursive: true });
  const world = (into.world = await o.world());
  const dash = (into.dash = await startApiRunner({ ...(await o.runner?.(world)), world }));
  const context = (into.context = await browser.newContext({ viewport: o.viewport }));
  await signInContext(context, dash.url, dash.token);
  const page = (into.page = await context.newPage());
  return { browser, world, dash, context, page };
}

/** Closes what openDashboard opened (any part of it, if it failed halfway); `closeWorld` when the test closes its world itself. */
export async function closeDashboard(
  d: Partial<SignedIn>,
  closeWorld: () => Promise<void> = async () => d.world?.close(),
): Promise<void> {
  await d.context?.close();
  await d.dash?.stop();
  await closeWorld();
  await d.browser?.close();
}
