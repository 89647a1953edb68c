/**
 * The Settings page's Dynamic DNS section in a real browser (Debian's chromium), over the
 * headless runner with two records switched off (so nothing is sent anywhere): one line per
 * record with its state from the status, Edit opening that record's form alone with its
 * provider's fields, the TSIG Generate showing the key lines, and axe finding nothing serious,
 * light and dark, at 1280 and 360 px with no sideways scrolling. Screenshots go to
 * test-output/screenshots/ (settings-ddns*.png).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../helpers/api-runner';
import { buildRenderer, CHROMIUM, launchChromium, seriousAxeFindings, signInContext } from '../helpers/dashboard';
import { peer } from '../helpers/peers';
import { startWorld, type World } from '../helpers/world';

const browserPeer = peer('chromium', { packages: ['chromium'], files: [CHROMIUM] });
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 740 };

/** Switched off: the engine leaves them alone, so the test needs no provider and sends nothing. */
const RECORDS = [
  {
    id: 'home-knot',
    provider: 'rfc2136',
    enabled: false,
    server: '127.0.0.1',
    port: 5353,
    zone: 'example.org',
    name: 'home.example.org',
    keyName: 'home-key',
    secret: 'c2VjcmV0LWtleS1mb3ItdGhlLXRlc3Q=',
  },
  {
    id: 'duck',
    provider: 'duckdns',
    enabled: false,
    type: 'AAAA',
    domain: 'myhome',
    token: 'duck-token',
    apiBase: 'http://127.0.0.1:9',
  },
];

let browser: Browser;
let world: World;
let dash: ApiRunner;
let context: BrowserContext;
let page: Page;

describe.skipIf(browserPeer.skip)('the Dynamic DNS section, in chromium', () => {
  beforeAll(async () => {
    await buildRenderer();
    await mkdir(SHOTS, { recursive: true });
    browser = await launchChromium();
    world = await startWorld();
    dash = await startApiRunner({ world, settings: { ddns: { records: RECORDS } } });
    context = await browser.newContext({ viewport: WIDE });
    await signInContext(context, dash.url, dash.token);
    page = await context.newPage();
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await dash?.stop();
    await world?.close();
    await browser?.close();
  });

  it('shows one line per record, opens one form at a time, and is clean for axe at 1280 and 360, light and dark', async () => {
    await page.goto(`${dash.url}/#/settings?section=ddns`);
    const list = page.getByRole('list', { name: 'DNS records' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);
    const knot = list.getByRole('listitem', { name: 'home.example.org' });
    await knot.getByText('RFC 2136 (your own server) · A').waitFor();
    await knot.getByText('off', { exact: true }).waitFor({ timeout: 15_000 });
    await list.getByRole('listitem', { name: 'myhome.duckdns.org' }).getByText('DuckDNS · AAAA').waitFor();
    // The stored secrets never reach the page.
    expect(await page.content()).not.toContain('duck-token');
    expect(await page.content()).not.toContain('c2VjcmV0LWtleS1mb3ItdGhlLXRlc3Q=');

    await list.getByRole('button', { name: 'Edit home.example.org' }).click();
    const form = page.getByRole('group', { name: 'DNS record home-knot' });
    await form.waitFor();
    expect(await form.getByLabel('DuckDNS sub-domain').count()).toBe(0);
    await form.getByRole('button', { name: 'Generate a TSIG secret' }).click();
    await form.getByLabel('Knot key configuration', { exact: true }).waitFor();
    expect(await form.getByLabel('BIND key statement', { exact: true }).textContent()).toMatch(/^key "home-key" \{/);
    await list.getByRole('button', { name: 'Edit myhome.duckdns.org' }).click();
    await page.getByRole('group', { name: 'DNS record duck' }).waitFor();
    expect(await page.locator('.item-form').count()).toBe(1);

    await list.getByRole('button', { name: 'Edit home.example.org' }).click();
    await form.getByRole('button', { name: 'Generate a TSIG secret' }).click();
    await form.getByLabel('Knot key configuration', { exact: true }).waitFor();
    for (const view of [WIDE, NARROW]) {
      await page.setViewportSize(view);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const suffix = `${view === WIDE ? '' : '-360'}-${scheme}`;
        await page.locator('#set-ddns').screenshot({ path: path.join(SHOTS, `settings-ddns${suffix}.png`) });
        expect(await seriousAxeFindings(page), `${scheme} at ${view.width} px`).toEqual([]);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, `${scheme} at ${view.width} px`).toBeLessThanOrEqual(0);
      }
    }
    await page.setViewportSize(WIDE);
  }, 120_000);

  it('finds a provider by a piece of its name and links to the page of its key, at 360 px', async () => {
    await page.setViewportSize(NARROW);
    await page.goto(`${dash.url}/#/settings?section=ddns`);
    const section = page.locator('#set-ddns');
    const find = section.getByLabel('Find a provider').last();
    await find.fill('hetzner');
    await section.getByText('2 providers found').waitFor();
    const adder = section.getByLabel('Provider of the new record');
    expect(await adder.locator('option').allTextContents()).toEqual(['Hetzner Cloud DNS', 'Hetzner DNS Console']);
    await find.fill('porkb');
    expect(await adder.inputValue()).toBe('porkbun');
    await section.getByRole('button', { name: 'Add a record' }).click();
    const link = section.getByRole('link', { name: 'Get the key or password at porkbun.com' });
    expect(await link.getAttribute('href')).toBe('https://porkbun.com/account/api');
    // With the record added, the list's search starts again: every provider is offered.
    expect(await find.inputValue()).toBe('');
    expect(await adder.locator('option').count()).toBeGreaterThan(30);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await section.screenshot({ path: path.join(SHOTS, `settings-ddns-find-360-${scheme}.png`) });
      expect(await seriousAxeFindings(page), scheme).toEqual([]);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, scheme).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(WIDE);
  }, 60_000);
});
