// @vitest-environment happy-dom
/**
 * The Sites page with sites to show, in the pseudo-language and in German and Indonesian (issue
 * 62): each site's state, since when, addresses, health and notes, the fleet's summary and an
 * opened site's events are the catalogue's words (shared/words/fleet.ts with the page's
 * Translator). What stays unmarked is data: names, addresses, the watcher's reasons and the
 * site's own health label.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import type { FleetSite } from '../../shared/contract/fleet';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { fleetSite, officeEvents } from '../helpers/fleet-state';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp, watchingFleetStatus } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

const now = Date.now();
const site = (name: string, over: Partial<FleetSite> = {}): FleetSite => fleetSite(name, now, over);

const events = officeEvents(now);

function watchingFleet() {
  const fake = fakeEngine({ status: watchingFleetStatus() });
  fake.setFleet({
    sites: {
      watching: true,
      sites: [
        site('home', { thisMachine: true, clockOffMs: 86_400_000 }),
        site('office', {
          online: false,
          since: now - 40_000,
          offlineReason: 'connection lost',
          addressChangedAt: now - 600_000,
        }),
        site('parents', { nameMismatch: 'home', lastSeenAt: null }),
      ],
    },
    events,
  });
  return fake;
}

/** The page with `office` opened into its events. */
async function sitesPage(words: Words) {
  const fake = watchingFleet();
  const view = renderApp(fake, '#/sites', { words });
  const main = await screen.findByRole('main');
  const table = await within(main).findByRole('table');
  const office = table.querySelector('tr[data-site="office"]') as HTMLElement;
  await userEvent.setup().click(within(office).getByRole('button', { name: 'office' }));
  await vi.waitFor(() => {
    expect(main.querySelectorAll('table')).toHaveLength(2);
    expect(view.queryClient.isFetching()).toBe(0);
  }, DOM_WAIT_MS);
  return { main, fake };
}

describe('the Sites page with sites', () => {
  it('in the pseudo-language: every word is the catalogue', async () => {
    const { main, fake } = await sitesPage(pseudoWords());
    const data = ['home', 'office', 'parents', 'IPv4 address', '198.51.100.2', '203.0.113.9'];
    expect(unmarkedText(readableText(main), await pageData(fake, [...data, '203.0.113.7', '1.2.3']))).toEqual([]);
  });

  it.each<[string, Words, string[]]>([
    [
      'German',
      { language: 'de', messages: de },
      [
        '3 Standorte: 2 online, 1 offline; 1 mit neuer Adresse in den letzten 24 Std.',
        'dieser Rechner',
        'IPv4 203.0.113.7, zuletzt bekannt',
        'Online, beim letzten Kontakt',
        'von dieser Instanz nie gehört',
        'ging offline (Verbindung verloren)',
        '[während diese Instanz nicht verbunden war]',
      ],
    ],
    [
      'Indonesian',
      { language: 'id', messages: id },
      [
        '3 lokasi: 2 online, 1 terputus; 1 lokasi dengan alamat baru dalam 24 jam terakhir.',
        'komputer ini',
        'IPv4 203.0.113.7, terakhir diketahui',
        'Online, saat terakhir terdengar',
        'belum pernah terdengar oleh runner ini',
        'terputus (koneksi terputus)',
      ],
    ],
  ])('in %s', async (_name, words, say) => {
    const { main } = await sitesPage(words);
    const text = readableText(main);
    for (const s of say) expect(text).toContain(s);
    expect(text).toMatch(/offline seit 4\d Sek\. \(Verbindung verloren\)|terputus selama 4\d dtk \(koneksi terputus\)/);
  });
});
