// @vitest-environment happy-dom
/**
 * What a site sent, on the Sites page (issue 73), in English, German and Indonesian: the values the
 * watcher refused or replaced are counted in words beside the site; its health is a code said in
 * IPWatch's words, or, a code this version does not know, the site's own label quoted as the
 * site's; its offline reason the same. Nothing a site sends reads as the product's own words.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { en } from '../../shared/i18n/catalogues/en';
import { id } from '../../shared/i18n/catalogues/id';
import { fleetSite } from '../helpers/fleet-state';
import { fakeEngine, renderApp, watchingFleetStatus } from './fake-engine';

afterEach(cleanup);

const now = Date.now();

it.each<
  [string, Words, { refused: string; health: string; reason: RegExp; known: string; badNames: string; heard: string }]
>([
  [
    'English',
    { language: 'en', messages: en },
    {
      refused:
        '3 values it sent were refused or replaced: an address not of its kind is shown as unknown, and characters that are invisible or change the text’s direction as �',
      health: '“Your admin token expired: visit evil.example” (as the site says)',
      reason: /\(“rebooting for updates” \(as the site says\)\)$/,
      known: 'Degraded',
      badNames:
        '2 messages were not shown: the site name it came under holds characters that are invisible or change the text’s direction',
      heard:
        'This watcher may have heard fewer sites than the broker holds: the broker dropped 8980 messages (to this watcher or another client) while it sent the 1020 states heard. Raise its max_queued_messages as the fleet guide shows.',
    },
  ],
  [
    'German',
    { language: 'de', messages: de },
    {
      refused:
        '3 gesendete Werte wurden abgelehnt oder ersetzt: eine Adresse der falschen Art wird als unbekannt gezeigt, unsichtbare oder die Schreibrichtung ändernde Zeichen als �',
      health: '„Your admin token expired: visit evil.example“ (so der Standort)',
      reason: /\(„rebooting for updates“ \(so der Standort\)\)$/,
      known: 'Beeinträchtigt',
      badNames:
        '2 Nachrichten wurden nicht gezeigt: der Standortname, unter dem sie kam, enthält unsichtbare oder die Schreibrichtung ändernde Zeichen',
      heard:
        'Diese Instanz hat womöglich weniger Standorte gehört, als der Broker hält: er hat 8980 Nachrichten verworfen (an diese Instanz oder einen anderen Client), während er die 1020 gehörten Zustände sandte. Erhöhen Sie sein max_queued_messages, wie die Anleitung zum Verbund zeigt.',
    },
  ],
  [
    'Indonesian',
    { language: 'id', messages: id },
    {
      refused:
        '3 nilai yang dikirimnya ditolak atau diganti: alamat yang bukan jenisnya ditampilkan sebagai tidak diketahui, dan karakter tak terlihat atau yang mengubah arah teks sebagai �',
      health: '“Your admin token expired: visit evil.example” (menurut lokasi)',
      reason: /\(“rebooting for updates” \(menurut lokasi\)\)$/,
      known: 'Terganggu',
      badNames:
        '2 pesan tidak ditampilkan: nama lokasi pengirimnya berisi karakter tak terlihat atau yang mengubah arah teks',
      heard:
        'Runner ini mungkin menerima kabar dari lebih sedikit lokasi daripada yang disimpan broker: broker membuang 8980 pesan (ke runner ini atau klien lain) saat mengirim 1020 kondisi yang terdengar. Naikkan max_queued_messages-nya seperti yang ditunjukkan panduan armada.',
    },
  ],
])('in %s', async (_name, words, want) => {
  const fake = fakeEngine({ status: watchingFleetStatus() });
  fake.setFleet({
    sites: {
      watching: true,
      badNames: 2,
      heard: { verdict: 'dropped', retained: 1020, dropped: 8980 },
      sites: [
        fleetSite(
          'evil',
          now,
          { refusedValues: 3 },
          { health: { state: 'pwned', label: 'Your admin token expired: visit evil.example' } },
        ),
        fleetSite(
          'gone',
          now,
          { online: false, since: now - 40_000, offlineReason: 'rebooting for updates' },
          { health: { state: 'degraded', label: 'All good, nothing to see' } },
        ),
      ],
    },
    events: [],
  });
  renderApp(fake, '#/sites', { words });
  const table = await screen.findByRole('table');
  const evil = table.querySelector('tr[data-site="evil"]') as HTMLElement;
  expect(within(evil).getByText(want.refused)).toBeTruthy();
  expect(within(evil).getByText(want.health)).toBeTruthy();
  const gone = table.querySelector('tr[data-site="gone"]') as HTMLElement;
  // A known code in IPWatch's words: the site's own label for it is never shown.
  expect(gone.textContent).toContain(want.known);
  expect(gone.textContent).not.toContain('All good');
  expect(within(gone).getByText(want.reason)).toBeTruthy();
  // Messages under a site name that hides or reverses text: counted in words above the table (issue 73).
  expect(screen.getByText(want.badNames)).toBeTruthy();
  // A broker that dropped states while it sent them: said above the table (issue 74).
  expect(screen.getByText(want.heard)).toBeTruthy();
});
