/**
 * Every page of the built dashboard, served by the built headless runner, in the pseudo-language,
 * German and Indonesian (issue 75): the data folder holds one of every list (a source of the
 * user's own, a channel, a DNS record, a service monitor, a fleet site, a hand-written settings
 * file so the upgrade's row appears, audit rows of many kinds, history with changes and an
 * outage), and each page and each Settings section is read as a person reads it. A text not from
 * the catalogue (pseudo), an English sentence (German, Indonesian) or a raw id or code fails the
 * test, naming the page and the text (tests/helpers/words-crawl.ts). The pseudo-language is the
 * English chunk of the built dashboard with each message made pseudo as it is fetched. One
 * runner, one browser, one page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { WELL_KNOWN_NAME } from '../../shared/nat64';
import { DDNS_PROVIDER_NAMES } from '../../shared/settings/ddns-providers/names';
import { type FleetBroker, fleetBrokerPeer, startFleetBroker } from '../fleet-lab/broker';
import { type LabSite, startLabSite } from '../fleet-lab/site';
import { createTokens } from '../helpers/api-runner';
import { browserPeer, closeDashboard, openDashboard, type SignedIn } from '../helpers/e2e-dashboard';
import { runHeadless } from '../helpers/headless';
import { pseudoMessage } from '../helpers/pseudo-language';
import { until } from '../helpers/until';
import { findings, READ_RUNS } from '../helpers/words-crawl';
import { startWorld, type World } from '../helpers/world';

const SEED = Date.now();
console.log(`words crawl seed ${SEED}`);
const pass = (name: string) => `${name}-pass-${SEED.toString(36)}`;

/** A settings file as a person writes one: no version (0), so the runner upgrades it and audits that. */
function handWritten(world: World, brokerUrl: string): Record<string, unknown> {
  const { version: _v, sources, ...rest } = world.settings() as Record<string, unknown> & { sources: object };
  // IPv6 from the HTTP echoes alone, so making them fail is an IPv6 outage.
  const custom = world.sources.filter((s) => s.family === 4 || s.kind === 'http');
  return {
    ...rest,
    sources: { ...sources, custom },
    api: { port: 0 },
    notifications: { channels: [{ id: 'alerts', type: 'webhook', url: 'http://127.0.0.1:9/hook' }] },
    ddns: {
      records: [
        { id: 'duck', provider: 'duckdns', domain: 'myhome', token: 'duck-token', apiBase: 'http://127.0.0.1:9' },
      ],
    },
    monitors: { items: [{ id: 'nas', name: 'NAS', type: 'tcp', host: '127.0.0.1', port: 9, family: 4 }] },
    fleet: { watch: true, brokerUrl, username: 'watcher', password: pass('watcher') },
  };
}

/** The English chunks of the built dashboard, each message made pseudo as the browser fetches it. */
async function pseudoChunks(page: Page): Promise<void> {
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    const res = await route.fetch();
    const body = await res.text();
    const m = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(body);
    const names = m?.[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)) ?? [];
    const ours = names.filter(([, as]) => as === 'enDashboard' || as === 'enSettings');
    if (!m || ours.length === 0) return route.fulfill({ response: res, body });
    const pseudo = `const __pseudo=(o)=>Object.fromEntries(Object.entries(o).map(([k,v])=>[k,(${pseudoSource})(v)]));`;
    const made = ours.map(([local, as]) => `const __${as}=__pseudo(${local});`).join('');
    const list = names.map(([local, as]) =>
      ours.some(([, o]) => o === as) ? `__${as} as ${as}` : `${local} as ${as}`,
    );
    return route.fulfill({
      response: res,
      body: `${body.slice(0, m.index)}${pseudo}${made}export{${list.join(',')}};`,
    });
  });
}
/** pseudoMessage for the browser: the English catalogue's messages are known here, so a table. */
let pseudoSource = '';

const wait = async (page: Page) => {
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await until(async () => (await page.locator('main .state.loading, .state.loading').count()) === 0, {
    what: 'the page to load',
    timeoutMs: 30_000,
  });
};

describe.skipIf(browserPeer.skip || fleetBrokerPeer.skip)('every page in three languages, on the real runner', () => {
  const opened: Partial<SignedIn> = {};
  let broker: FleetBroker;
  let site: LabSite;
  let data: string[] = [];
  beforeAll(async () => {
    const { en } = await import('../../shared/i18n/catalogues/en');
    const table = Object.fromEntries(Object.values(en).map((m) => [m, pseudoMessage(m)]));
    pseudoSource = `(v)=>(${JSON.stringify(table)})[v]??v`;
    broker = await startFleetBroker({ watcher: pass('watcher'), home: pass('home') });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ipwatch-crawl-'));
    const d = await openDashboard(
      {
        world: () => startWorld(),
        runner: (world) => {
          writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(handWritten(world, broker.url), null, 2), {
            mode: 0o600,
          });
          return { dataDir };
        },
        viewport: { width: 1280, height: 900 },
      },
      opened,
    );
    site = await startLabSite(broker, 'home', pass('home'), '203.0.113.7');
    await seed(d, broker.url);
    data = await dataOf(d);
  }, 240_000);
  afterAll(async () => {
    await site?.end();
    await closeDashboard(opened);
    await broker?.stop();
  });

  for (const language of ['pseudo', 'de', 'id'] as const)
    it(`every page and Settings section in ${language}`, async () => {
      const page = opened.page!;
      if (language === 'pseudo') await pseudoChunks(page);
      else await page.unroute(/\/assets\/[^/]+\.js$/);
      const choice = language === 'pseudo' ? 'en' : language;
      await page.goto(`${opened.dash!.url}/`);
      await page.evaluate(`localStorage.setItem('ipwatch.appearance', JSON.stringify({ language: '${choice}' }))`);
      const found: string[] = [];
      await page.reload();
      for (const hash of await pagesOf(page, opened.dash!.url)) {
        await page.goto(`${opened.dash!.url}/${hash}`);
        await wait(page);
        for (const f of findings(await page.evaluate<string[]>(READ_RUNS), language, data)) found.push(`${hash}: ${f}`);
      }
      expect(found).toEqual([]);
    }, 240_000);
});

/** The pages' addresses: each menu page, and each Settings section by its link. */
async function pagesOf(page: Page, url: string): Promise<string[]> {
  await page.goto(`${url}/#/settings`);
  await wait(page);
  const sections = await page.evaluate<string[]>(
    `[...document.querySelectorAll('a[href^="#/settings/"]')].map((a) => a.getAttribute('href'))`,
  );
  const pages = ['#/', '#/history', '#/charts', '#/sites', '#/discord', '#/activity', '#/connections'];
  return [...pages, ...new Set(sections)];
}

/** History, audit rows and states: changes, an IPv6 outage and its end, refusals, a backup, tokens. */
async function seed(d: SignedIn, brokerUrl: string): Promise<void> {
  const { dash, world } = d;
  const post = (p: string, json: unknown = {}, headers: Record<string, string> = {}) =>
    dash.fetch(`/api/v1/${p}`, { method: 'POST', json, headers });
  world.setIp('81.2.69.160', '2a02:1:2:3::6');
  expect((await post('check')).status).toBe(200);
  for (const h of world.v6.http) h.setFault('status500');
  expect((await post('check')).status).toBe(200);
  for (const h of world.v6.http) h.setFault('none');
  expect((await post('check')).status).toBe(200);
  expect((await post('pause')).status).toBe(200);
  expect((await post('resume')).status).toBe(200);
  expect((await post('backup')).status).toBe(200);
  expect((await post('first-run', { outcome: 'done' })).status).toBe(200);
  await post('ddns/retry', { id: 'duck' });
  const [viewer] = await createTokens(dash.dataDir, [['grafana', 'viewer']]);
  expect((await post('pause', {}, { authorization: `Bearer ${viewer}` })).status).toBe(403);
  const wrong = await fetch(`${dash.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: 'ipw_wrong' }),
  });
  expect(wrong.status).toBe(401);
  const made = await runHeadless(['--data-dir', dash.dataDir, 'token', 'create', '--name', 'ci', '--role', 'viewer']);
  expect(made.code, made.stderr).toBe(0);
  // The file as written, one interval longer: the runner applies it and audits that.
  const written = handWritten(world, brokerUrl);
  const put = await dash.fetch('/api/v1/settings', {
    method: 'PUT',
    json: { settings: { ...written, monitor: { ...(written.monitor as object), intervalSec: 120 } } },
  });
  expect(put.status, await put.text()).toBe(200);
  await until(async () => JSON.stringify(await (await dash.fetch('/api/v1/sites')).json()).includes('home'), {
    what: 'the fleet site heard',
  });
}

/** The test's own values: names, addresses, paths, as the runner reports them. */
async function dataOf(d: SignedIn): Promise<string[]> {
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  const settings = await (await d.dash.fetch('/api/v1/settings')).json();
  const names = ['IPWatch', 'home', 'grafana', 'ci', 'admin', 'myhome.duckdns.org', 'Europe/Berlin', 'ddns-updater'];
  // The addresses the world answered, the IPv6 prefix a chart names, and the identity the
  // bundled database gives them (@ip-location-db).
  const addresses = ['81.2.69.142', '81.2.69.160', '2a02:1:2:3::5', '2a02:1:2:3::6', '2a02:1:2:3::/64', '2a02:1:2:3::'];
  // The DNS providers' names, the same in every language (the provider list offers them all).
  const providers = Object.values(DDNS_PROVIDER_NAMES);
  // The name the Dashboard's IPv6 transition card asks the system's resolver for (RFC 7050), which
  // Connections then lists among the names looked up.
  const asked = [WELL_KNOWN_NAME];
  return [
    ...asked,
    ...strings(settings),
    ...names,
    ...providers,
    ...addresses,
    'AS20712 Andrews & Arnold Ltd, GB',
    d.dash.dataDir,
    d.dash.url,
  ];
}
