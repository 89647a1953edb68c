/**
 * The words-3 area in German, Indonesian and the pseudo-language (issue 62): uptime's figures and
 * tiles, a source's own reasons, a watched site and the fleet's summary, the forecast's reason and
 * the NAT verdict, each from the same figures in every language (the figures are computed once;
 * only the words change). English is pinned by each module's own tests.
 */
import { describe, expect, it } from 'vitest';

import type { FleetSite } from '../../shared/contract/fleet';
import { forecastFamily, forecastReason } from '../../shared/forecast';
import { english, translator } from '../../shared/i18n/translators';
import { sourceState } from '../../shared/source-state';
import { NAT_VERDICTS, type SourceHealth } from '../../shared/types';
import { uptimeLine, uptimeTiles } from '../../shared/uptime';
import {
  fleetEventWords,
  fleetSummaryWords,
  siteAddressWords,
  siteClockWords,
  siteHealthWords,
  siteNatWords,
  siteNoteWords,
  siteSinceWords,
  siteStateWords,
} from '../../shared/words/fleet';
import { natVerdictWords } from '../../shared/words/nat';
import { lastCheck, sourceHealth } from '../helpers/app-status';
import { fleetSite } from '../helpers/fleet-state';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

const de = translator('de');
const id = translator('id');
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;
const NOW = Date.UTC(2026, 10, 27, 12);

const source = (over: Partial<SourceHealth>): SourceHealth => sourceHealth('ipify', 4, { latencyMs: 40, ...over });

const site = (over: Partial<FleetSite> = {}): FleetSite =>
  fleetSite(
    'office',
    NOW,
    { since: NOW - 3 * H - 2 * MIN, ...over },
    { nat: { verdict: 'cgnat', label: 'Carrier-grade NAT' } },
  );

/** Holds of a day, each change at 04:00: a forecast. */
const daily = Array.from({ length: 8 }, (_, i) => ({ firstSeen: NOW - (8 - i) * D, lastSeen: NOW - (7 - i) * D - H }));

describe('uptime', () => {
  const u = { percent: 98.5, monitoredMs: 5 * MIN, offlineMs: 4500 };
  it.each([
    [de, '98,50 % in 5 Min. Überwachung · 4 Sek. offline'],
    [id, '98,50% dari 5 mnt pemantauan · terputus 4 dtk'],
  ])('%#: the line with the figure written as the language writes it', (w, want) =>
    expect(uptimeLine(u, w)).toBe(want),
  );

  it('the tiles: the windows by their length, a first check, no source', () => {
    const win = (label: string, days: number) => ({ label, days, percent: 100, monitoredMs: 2 * D, offlineMs: 0 });
    const input = { windows: [win('24 h', 1), win('30 d', 30), win('1 y', 365)], now: NOW, time: String };
    const tiles = uptimeTiles({ ...input, firstCheckAt: NOW - 2 * D, sources: 0, words: de });
    expect(tiles.map((t) => [t.value, t.window, t.covers])).toEqual([
      ['100 %', 'letzte 24 Std.', 'in 2 Tg. Überwachung · jetzt nicht überwacht: keine Quelle'],
      ['100 %', 'letzte 30 Tage', 'in 2 Tg. Überwachung · jetzt nicht überwacht: keine Quelle'],
      ['100 %', 'letzte 365 Tage', 'in 2 Tg. Überwachung · jetzt nicht überwacht: keine Quelle'],
    ]);
    const fresh = uptimeTiles({ ...input, firstCheckAt: null, sources: 2, words: id });
    expect(fresh.map((t) => [t.window, t.covers])).toEqual([['belum dipantau', 'belum ada cek']]);
  });
});

describe("a source's own reasons", () => {
  it.each([
    [de, 'Übliche Antwortzeit 1,5 s', 'Bei der letzten Prüfung nicht gefragt.'],
    [id, 'Waktu jawab biasanya 1,5 dtk', 'Tidak ditanya pada cek terakhir.'],
  ])('%#', (w, slow, notAsked) => {
    expect(sourceState(source({ latencyMs: 1500 }), undefined, w)).toMatchObject({ word: 'slow', reason: slow });
    const outage = lastCheck({ result: 'unavailable' });
    expect(sourceState(source({}), outage, w).reason).toBe(notAsked);
    // The engine's own error is shown as it came.
    const failing = source({ consecutiveFailures: 2, lastError: 'HTTP 500' });
    expect(sourceState(failing, undefined, w).reason).toBe('HTTP 500');
  });
});

describe('a watched site and the fleet', () => {
  const offline = site({ online: false, since: NOW - 40 * S, offlineReason: 'connection lost', clockOffMs: D });
  it.each([
    [
      de,
      {
        state: 'offline',
        since: 'offline seit 40 Sek. (Verbindung verloren)',
        online: 'online seit 3 Std. 2 Min.',
        addresses: ['IPv4 203.0.113.7, zuletzt bekannt'],
        health: 'Online, beim letzten Kontakt',
        clock:
          'seine Uhr geht 1 Tg. vor (gegenüber dieser Instanz): seine Zeiten werden nach der Uhr dieser Instanz gelesen',
        summary: '3 Standorte: 2 online, 1 offline; 1 mit neuer Adresse in den letzten 24 Std.',
        event: 'ging offline (Verbindung verloren) [während diese Instanz nicht verbunden war]',
      },
    ],
    [
      id,
      {
        state: 'terputus',
        since: 'terputus selama 40 dtk (koneksi terputus)',
        online: 'online selama 3 jam 2 mnt',
        addresses: ['IPv4 203.0.113.7, terakhir diketahui'],
        health: 'Online, saat terakhir terdengar',
        clock: 'jamnya selisih 1 hr (lebih cepat dari runner ini): waktunya dibaca menurut jam runner ini',
        summary: '3 lokasi: 2 online, 1 terputus; 1 lokasi dengan alamat baru dalam 24 jam terakhir.',
        event: 'terputus (koneksi terputus) [saat runner ini tidak terhubung]',
      },
    ],
  ])('%#', (w, want) => {
    expect(siteStateWords(offline, w).label).toBe(want.state);
    expect(siteSinceWords(offline, NOW, w)).toBe(want.since);
    expect(siteSinceWords(site(), NOW, w)).toBe(want.online);
    expect(siteAddressWords(offline, w)).toEqual(want.addresses);
    expect(siteHealthWords(offline, w)).toBe(want.health);
    expect(siteClockWords(offline, w)).toBe(want.clock);
    expect(siteNatWords(site().state!.nat, w)).toBe(natVerdictWords('cgnat', w).label);
    expect(fleetSummaryWords({ sites: 3, online: 2, offline: 1, unknown: 0, changedRecently: 1 }, w)).toBe(
      want.summary,
    );
    const event = { id: 1, site: 'office', at: NOW, kind: 'offline' as const, changes: [], whileAway: true };
    expect(fleetEventWords({ ...event, detail: 'connection lost' }, w)).toBe(want.event);
  });

  it("a NAT verdict this version does not know is the site's own label, quoted as the site's", () => {
    expect(siteNatWords({ verdict: 'public', label: 'Public address' }, de)).toBe('„Public address“ (so der Standort)');
    expect(siteNatWords(null, de)).toBe('unbekannt');
  });
});

describe("the forecast's reason", () => {
  const f = forecastFamily(4, daily, NOW, 'UTC', english);
  const short = forecastFamily(4, daily.slice(0, 3), NOW, 'UTC', english);
  it('the API says it in English; every reader words the same figures', () => {
    expect(f.verdict).toBe('forecast');
    expect(f.reason).toBe(forecastReason(f, english));
    expect(f.reason).toMatch(/^100% of 6 holds lasted within ±2h 24min of the usual 1d$/);
  });
  it.each([
    [de, '100 % von 6 Haltedauern lagen bei der üblichen Dauer von 1 Tg. (±2 Std. 24 Min.)', 'zu kurzer Verlauf: 1'],
    [id, '100% dari 6 masa pakai lamanya sekitar 1 hr yang biasa (±2 jam 24 mnt)', 'riwayat terlalu pendek: 1'],
  ])('%#', (w, pattern, tooShort) => {
    expect(forecastReason(f, w)).toBe(pattern);
    expect(forecastReason(short, w)).toMatch(new RegExp(`^${tooShort}`));
    expect(forecastReason({ ...f, verdict: 'no-pattern', patternShare: 0.234 }, w)).toMatch(/23\s?%/);
  });
});

describe('the pseudo-language: nothing of these words outside the catalogue', () => {
  const p = pseudoTranslator();
  const data = ['203.0.113.7', 'office', 'HTTP 500'];
  it('every module', () => {
    const offline = site({
      online: false,
      since: NOW - 40 * S,
      offlineReason: 'connection lost',
      clockOffMs: -D,
      thisMachine: true,
      nameMismatch: 'home',
      twoRunnersAt: NOW,
    });
    const f = forecastFamily(4, daily, NOW, 'UTC', p);
    const texts = [
      uptimeLine({ percent: 99.5, monitoredMs: 2 * D, offlineMs: 30 * S }, p),
      uptimeLine({ percent: null, monitoredMs: 0, offlineMs: 0 }, p),
      ...uptimeTiles({ windows: [], firstCheckAt: null, now: NOW, sources: 0, time: String, words: p }).flatMap((t) => [
        t.window,
        t.covers,
      ]),
      sourceState(source({ latencyMs: 1500 }), undefined, p).reason!,
      siteSinceWords(offline, NOW, p),
      ...siteAddressWords(offline, p),
      siteHealthWords(offline, p),
      ...siteNoteWords(offline, p),
      fleetSummaryWords({ sites: 3, online: 1, offline: 1, unknown: 1, changedRecently: 2 }, p),
      fleetSummaryWords({ sites: 0, online: 0, offline: 0, unknown: 0, changedRecently: 0 }, p),
      forecastReason(f, p),
      forecastReason({ ...f, verdict: 'no-pattern', next: null }, p),
      forecastReason({ ...f, next: { ...f.next!, overdue: true } }, p),
      ...NAT_VERDICTS.flatMap((v) => Object.values(natVerdictWords(v, p))),
    ];
    expect(texts.flatMap((t) => unmarkedText(t, data))).toEqual([]);
  });
});
