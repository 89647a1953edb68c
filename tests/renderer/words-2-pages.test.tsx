// @vitest-environment happy-dom
/**
 * The words-2 modules on the pages (issue 62): History's "found by ..." line, Activity's change,
 * DNS record, source and audit lines, and the signed-in browsers' words in Settings, in the
 * pseudo-language (each from the catalogue) and in German and Indonesian (real words).
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ApiEvent, AuditEntry } from '../../renderer/src/api/types';
import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { noBrowserSessions } from '../../shared/words/sessions';
import { pseudoTranslator, pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp, runs } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

const pseudo = pseudoTranslator();

/** A change a check you started found, a DNS record back in step and one waiting, a source set aside by a timeout. */
function emitEvents(fake: ReturnType<typeof fakeEngine>) {
  const at = Date.now();
  const ddns = {
    type: 'ddns-state',
    at,
    record: 'home',
    name: 'home.example.org',
    recordType: 'A',
    provider: 'dyndns2',
    address: '198.51.100.7',
    nextAttemptAt: null,
  } as const;
  const events: ApiEvent[] = [
    {
      type: 'change',
      at,
      family: 4,
      from: '198.51.100.1',
      to: '198.51.100.7',
      fromSince: null,
      trigger: 'manual',
      sources: [],
    },
    { ...ddns, from: 'stopped', to: 'in-step', why: null, notice: 'in-step', troubleMs: 4 * 60_000 },
    { ...ddns, from: 'updating', to: 'waiting', why: 'badauth', notice: 'waiting', troubleMs: null },
    { type: 'source-health', at, sourceId: 'http0-v4', from: 'closed', to: 'open', reason: 'network: timed out' },
  ];
  for (const e of events) fake.emit(e);
  return events.length;
}

/** Refused attempts in the audit log, worded by the method tried. */
const AUDIT: AuditEntry[] = [
  {
    id: 1,
    at: Date.UTC(2026, 0, 1),
    actor: 'grafana (viewer, token)',
    action: 'pause',
    detail: null,
    result: 'refused',
  },
  {
    id: 2,
    at: Date.UTC(2026, 0, 2),
    actor: 'grafana (viewer, token)',
    action: 'testDdnsRecord',
    detail: null,
    result: 'refused',
  },
];

const DATA = ['home.example.org', '198.51.100.1', '198.51.100.7', 'http0-v4', 'badauth', 'grafana'];

async function page(fake: ReturnType<typeof fakeEngine>, path: string, words: Words = pseudoWords()) {
  const view = renderApp(fake, `#${path}`, { words });
  const main = await screen.findByRole('main');
  await vi.waitFor(() => {
    expect(main.querySelector('.state.loading')).toBeNull();
    expect(view.queryClient.isFetching()).toBe(0);
  }, DOM_WAIT_MS);
  return main;
}

async function activityWithEvents(words: Words = pseudoWords()) {
  const fake = fakeEngine();
  fake.client.getAudit.mockImplementation(async () => ({ items: AUDIT, total: AUDIT.length }));
  const main = await page(fake, '/activity', words);
  await screen.findAllByText(/grafana/);
  const count = emitEvents(fake);
  await vi.waitFor(() => expect(main.querySelectorAll('ol.events li').length).toBeGreaterThanOrEqual(count));
  return { fake, main };
}

describe('in the pseudo-language', () => {
  it("History's runs say what found them in the catalogue's words", async () => {
    const fake = fakeEngine({ history: runs(6) });
    const main = await page(fake, '/history');
    const found = [...main.querySelectorAll('table .muted.small.block')].map((e) => e.textContent);
    expect(found.length).toBeGreaterThan(0);
    for (const line of found) expect(line).toBe(pseudo.t('trigger.interval'));
    expect(unmarkedText(readableText(main), await pageData(fake))).toEqual([]);
  });

  it("Activity's change, DNS record, source and audit lines are all the catalogue's", async () => {
    const { fake, main } = await activityWithEvents();
    const text = readableText(main);
    for (const words of [
      pseudo.t('trigger.manual'),
      pseudo.t('ddns.event.inStepAgainAfter', {
        name: 'home.example.org',
        type: 'A',
        from: pseudo.t('ddns.state.stopped'),
        duration: pseudo.t('duration.minute', { n: 4 }),
      }),
      pseudo.t('action.pause'),
      pseudo.t('action.testDdnsRecord'),
      pseudo.t('error.timeout', { known: 'no', place: '' }),
    ])
      expect(text).toContain(words);
    expect(unmarkedText(text, await pageData(fake, DATA))).toEqual([]);
  });
});

describe('in German and Indonesian', () => {
  it.each([
    ['de', de, 'Bei der planmäßigen Prüfung gefunden'],
    ['id', id, 'Ditemukan oleh pemeriksaan terjadwal'],
  ] as const)('History in %s says what found a run', async (language, messages, line) => {
    const main = await page(fakeEngine({ history: runs(6) }), '/history', { language, messages });
    await within(main).findAllByText(line);
  });

  it.each([
    [
      'de',
      de,
      [
        'bei einer von Ihnen gestarteten Prüfung gefunden',
        'home.example.org A: nach 4 Min. wieder aktuell (war abgeschaltet)',
        'home.example.org A: wartet auf neuen Versuch (badauth)',
        'Keine rechtzeitige Antwort',
        'Versuch: Überwachung pausieren',
        'Versuch: DNS-Eintrag testen',
      ],
    ],
    [
      'id',
      id,
      [
        'ditemukan oleh pemeriksaan yang Anda mulai',
        'home.example.org A: sesuai lagi setelah 4 mnt (sebelumnya dinonaktifkan)',
        'home.example.org A: menunggu untuk dicoba lagi (badauth)',
        'Tidak ada jawaban tepat waktu',
        'Mencoba menjeda pemantauan',
        'Mencoba menguji record DNS',
      ],
    ],
  ] as const)('Activity in %s', async (language, messages, lines) => {
    const { main } = await activityWithEvents({ language, messages });
    for (const line of lines) expect(main.textContent).toContain(line);
  });

  it.each([
    ['de', de, 'Betrachter sehen nicht, wer angemeldet ist: das kann nur ein Admin.'],
    ['id', id, 'Pelihat tidak dapat melihat siapa yang masuk: hanya admin yang bisa.'],
  ] as const)('a viewer in Settings reads why no sign-ins are listed, in %s', async (language, messages, line) => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/api', {
      web: true,
      who: { name: 'vic', role: 'viewer', via: 'session' },
      words: { language, messages },
    });
    expect(await screen.findByText(line)).toBeTruthy();
  });

  it("the app's own window says in German that no browser signs in to it (the engine's English read back)", async () => {
    const fake = fakeEngine();
    fake.client.listSessions.mockResolvedValue({ sessions: [], unavailable: noBrowserSessions(english) });
    renderApp(fake, '#/settings/api', { words: { language: 'de', messages: de } });
    expect(await screen.findByText(/^In der Desktop-App kann sich kein Browser anmelden/)).toBeTruthy();
    expect(screen.queryByText(noBrowserSessions(english))).toBeNull();
  });

  it('an answer the page does not know is shown as the engine gave it', async () => {
    const fake = fakeEngine();
    fake.client.listSessions.mockResolvedValue({ sessions: [], unavailable: 'a newer reason' });
    renderApp(fake, '#/settings/api', { words: { language: 'de', messages: de } });
    expect(await screen.findByText('a newer reason')).toBeTruthy();
  });
});
