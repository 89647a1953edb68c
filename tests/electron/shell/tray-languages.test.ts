/**
 * The tray in the app's language (TrayDeps.words): its tooltip and menu built through the electron
 * mock in the pseudo-language show no text outside the catalogue, but for the values it was given
 * and the words still English-only (the health label: docs/i18n.md); German and Indonesian read
 * as written.
 */
import { Menu, type MenuItemConstructorOptions, Tray } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { setupTray, type TrayHandle } from '../../../electron/shell/tray';
import type { AppStatus } from '../../../shared/contract';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { healthOf } from '../../../shared/health';
import { type Translator } from '../../../shared/i18n/translator';
import { english, translator } from '../../../shared/i18n/translators';
import { appStatus, NOW } from '../../helpers/app-status';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const record = (name: string, state: DdnsRecordStatus['state']): DdnsRecordStatus => ({
  id: name,
  provider: 'dyndns2',
  name,
  type: 'A',
  state,
  why: null,
  address: null,
  holds: null,
  waitingFor: [],
  notAsked: [],
  nextAttemptAt: null,
  lastUpdateAt: null,
  lastPropagationMs: null,
  lastLookAt: null,
});

const checked = (f: 'v4' | 'v6') => ({ lastCheck: { ...appStatus().families[f].lastCheck!, at: NOW - 3 * 60_000 } });
const threeMinutesAgo = { v4: checked('v4'), v6: checked('v6') };
/** Addresses, a NAT verdict, the last check 3 minutes ago: a tooltip within Windows' 127 characters. */
const PLAIN: AppStatus = appStatus({}, threeMinutesAgo);
/** And a DNS record in step and one switched off. */
const STATUS: AppStatus = appStatus(
  { ddns: { records: [record('home.example.org', 'in-step'), record('nas.example.org', 'stopped')] } },
  threeMinutesAgo,
);

let handle: TrayHandle | null = null;
beforeEach(() => vi.clearAllMocks());
afterEach(() => handle?.dispose());

/** The tray built for a status in a language: its tooltip and every label and tooltip of its menu. */
function shown(words: Translator, status: AppStatus, update: string | null = '1.2.3') {
  handle = setupTray({
    status: () => status,
    onEvent: () => () => undefined,
    checkNow: async () => undefined,
    pause: async () => undefined,
    resume: async () => undefined,
    open: () => undefined,
    startAtLogin: { get: () => false, set: () => undefined },
    updateReady: () => update,
    restartToUpdate: () => undefined,
    quit: () => undefined,
    iconPath: (state) => `/icons/${state}.png`,
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
    now: () => NOW,
    words: () => words,
  });
  const tray = vi.mocked(Tray).mock.results.at(-1)!.value as InstanceType<typeof Tray>;
  const tooltip = vi.mocked(tray.setToolTip).mock.calls.at(-1)![0];
  const items = (vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)![0] as MenuItemConstructorOptions[]).filter(
    (i) => i.type !== 'separator',
  );
  return {
    tooltip,
    labels: items.map((i) => i.label ?? ''),
    tips: items.flatMap((i) => (i.toolTip ? [i.toolTip] : [])),
  };
}

describe('the tray in the pseudo-language', () => {
  it.each([
    ['running', STATUS],
    ['paused', appStatus({ pausedSince: NOW - 60_000 })],
    ['never checked', appStatus({}, { v4: { ip: null, lastCheck: null }, v6: { enabled: false } })],
  ])('%s: no text outside the catalogue', (_, status) => {
    const { tooltip, labels, tips } = shown(pseudoTranslator(), status);
    const data = [
      ...Object.values(status.families).flatMap((f) => (f.ip ? [f.ip] : [])),
      'home.example.org',
      'nas.example.org',
      '1.2.3',
      // Still English: the health words (shared/health.ts), the next vertical's.
      healthOf(status, english).label,
    ];
    expect([tooltip, ...labels, ...tips].flatMap((text) => unmarkedText(text, data))).toEqual([]);
  });
});

describe('the tray in German and Indonesian', () => {
  it.each([
    [
      'de',
      [
        `IPWatch: ${healthOf(PLAIN, english).label}`,
        'IPv4: 81.2.69.142',
        'IPv6: 2a02:1:2:3::5',
        'NAT: Ports am Router freigeben',
        'Letzte Prüfung: vor 3 Min.',
      ],
      [
        'IPv4: 81.2.69.142',
        'IPv6: 2a02:1:2:3::5',
        'home.example.org A: aktuell',
        'nas.example.org A: abgeschaltet',
        'Jetzt prüfen',
        'Überwachung pausieren',
        'Dashboard öffnen',
        'Verlauf',
        'Einstellungen…',
        'Bei der Anmeldung starten',
        'Neu starten für Update (1.2.3)',
        'IPWatch beenden',
      ],
      'Zum Kopieren klicken',
    ],
    [
      'id',
      [
        `IPWatch: ${healthOf(PLAIN, english).label}`,
        'IPv4: 81.2.69.142',
        'IPv6: 2a02:1:2:3::5',
        'NAT: atur port forwarding di router Anda',
        'Cek terakhir: 3 mnt yang lalu',
      ],
      [
        'IPv4: 81.2.69.142',
        'IPv6: 2a02:1:2:3::5',
        'home.example.org A: sesuai',
        'nas.example.org A: dinonaktifkan',
        'Periksa sekarang',
        'Jeda pemantauan',
        'Buka dasbor',
        'Riwayat',
        'Pengaturan…',
        'Jalankan saat masuk',
        'Mulai ulang untuk memperbarui (1.2.3)',
        'Keluar dari IPWatch',
      ],
      'Klik untuk menyalin',
    ],
  ] as const)('%s', (language, tooltip, labels, tip) => {
    expect(shown(translator(language), PLAIN, null).tooltip.split('\n')).toEqual(tooltip);
    handle?.dispose();
    const s = shown(translator(language), STATUS);
    expect(s.labels).toEqual(labels);
    expect(s.tips).toEqual([tip, tip]);
  });
});
