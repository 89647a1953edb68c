// @vitest-environment happy-dom
/**
 * The Connections page's rows for what issue 63's lab found missing: a DDNS record's zone walk (the
 * system's DNS server asked NS of the record's name and each name above it) and the Discord bot's
 * resume hosts, a wildcard (`*.discord.gg`). Each with its port, purpose and the link to its
 * setting, in English, the pseudo-language (no unmarked word), German and Indonesian.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { declaredDestinations } from '../../electron/engine/egress/inventory';
import type { EgressReport } from '../../shared/contract/egress';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { parseSettings } from '../../shared/settings';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

function report(): EgressReport {
  const parsed = parseSettings({
    ddns: {
      records: [
        {
          id: 'home',
          provider: 'dyndns2',
          server: 'https://members.dyndns.org',
          username: 'me',
          password: 'pw',
          hostname: 'home.example.net',
        },
      ],
    },
    discord: { token: 'x'.repeat(60) },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const declared = declaredDestinations(parsed.settings, { dnsServers: ['127.0.0.53'], proxies: [] });
  const now = Date.now();
  return { at: now, since: now - 60_000, enforce: false, declared, contacted: [], lookups: [] };
}

async function opened(words?: NonNullable<Parameters<typeof renderApp>[2]>['words']) {
  const fake = fakeEngine();
  fake.setEgress(report());
  renderApp(fake, '#/connections', words ? { words } : {});
  await screen.findAllByTestId('declared-row');
  return { fake, main: screen.getByRole('main') };
}

/** A declared row's purpose is its group's summary (issue 75: grouped by purpose). */
const purposeOf = (r: HTMLElement) => r.closest('details')?.querySelector('summary')?.textContent ?? '';
const rowsWith = (text: string) =>
  screen.getAllByTestId('declared-row').filter((r) => `${purposeOf(r)} ${r.textContent}`.includes(text));

describe("the Connections page: a DDNS record's zone walk and Discord's resume hosts", () => {
  it('lists the zone walk at the system DNS server, UDP and TCP 53, linked to the record setting', async () => {
    await opened();
    const walk = rowsWith("Dynamic DNS: finds your record's zone");
    expect(walk.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      expect.stringMatching(/^127\.0\.0\.53/),
      expect.stringMatching(/^127\.0\.0\.53/),
    ]);
    expect(walk.map((r) => (r.textContent!.includes('UDP 53') ? 'udp' : 'tcp'))).toEqual(['udp', 'tcp']);
    for (const r of walk) {
      expect(r.textContent).toContain('a DNS server of the system');
      const link = within(r).getByRole('link', { name: 'DNS records › home' });
      expect(link.getAttribute('href')).toBe('#/settings/ddns');
    }
  });

  it('shows the wildcard host as written, *.discord.gg, beside gateway.discord.gg', async () => {
    await opened();
    const resume = screen
      .getAllByTestId('declared-row')
      .find((r) => within(r).getByRole('rowheader').textContent === '*.discord.gg')!;
    expect(resume.textContent).toContain('TCP 443');
    expect(purposeOf(resume)).toContain('Discord bot: slash commands and posts');
    expect(within(resume).getByRole('link', { name: 'Bot token' })).toBeTruthy();
    expect(rowsWith('gateway.discord.gg')).toHaveLength(1);
  });

  it('in the pseudo-language, every word comes from the catalogue', async () => {
    const { fake, main } = await opened(pseudoWords());
    expect(unmarkedText(readableText(main), await pageData(fake))).toEqual([]);
  });

  it.each([
    ['de', de, 'Dynamisches DNS: sucht die Zone Ihres DNS-Eintrags', 'ein DNS-Server des Systems'],
    ['id', id, 'DNS dinamis: mencari zona record DNS Anda', 'server DNS sistem'],
  ] as const)('in %s', async (language, messages, purpose, role) => {
    await opened({ language, messages });
    const walk = rowsWith(purpose);
    expect(walk).toHaveLength(2);
    for (const r of walk) expect(r.textContent).toContain(role);
  });
});
