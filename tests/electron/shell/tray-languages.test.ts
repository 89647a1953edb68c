/**
 * The tray in the app's language (TrayDeps.words): its tooltip and menu built through the electron
 * mock in the pseudo-language show no text outside the catalogue, but for the values it was given
 * (addresses, names, the engine's reasons); German and Indonesian read as written, the health,
 * service monitor, speed and certificate lines included; the shell's test notification too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Menu, type MenuItemConstructorOptions, Tray } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { setupTray, type TrayHandle } from '../../../electron/shell/tray';
import type { AppStatus } from '../../../shared/contract';
import { healthOf } from '../../../shared/health';
import { type Translator } from '../../../shared/i18n/translator';
import { english, translator } from '../../../shared/i18n/translators';
import { appStatus, NOW } from '../../helpers/app-status';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';
import { testShellApi } from './shell-api-fixture';
import { ddnsRecord, speedResult, tcpMonitor } from './tray-status-fixture';

const FP = 'AB:CD:EF:01';
const SPEED_AT = NOW - 2 * 3600_000;
/** Service monitors, a speed test, a certificate and plain HTTP on the LAN, a failing channel. */
const EXTRAS = {
  monitors: {
    items: [
      tcpMonitor('SSH', { notForwarded: true }),
      tcpMonitor('Nextcloud', { state: 'down', why: 'answered status 502', afterChange: true }),
      tcpMonitor('Backup', { state: 'unknown' }),
    ],
  },
  speedTest: {
    enabled: true,
    runningSince: null,
    nextAt: null,
    skipped: null,
    metered: null,
    last: speedResult(SPEED_AT),
  },
  api: { tls: { fingerprint: FP, generated: true, notAfter: 1 }, plainHttpOnLan: true },
  notifications: [{ ...appStatus().notifications[0]!, id: 'alerts', state: 'failing' as const }],
} satisfies Partial<AppStatus>;

const checked = (f: 'v4' | 'v6') => ({ lastCheck: { ...appStatus().families[f].lastCheck!, at: NOW - 3 * 60_000 } });
const threeMinutesAgo = { v4: checked('v4'), v6: checked('v6') };
/** Addresses, a NAT verdict, the last check 3 minutes ago: a tooltip within Windows' 127 characters. */
const PLAIN: AppStatus = appStatus({}, threeMinutesAgo);
/** And a DNS record in step and one switched off. */
const STATUS: AppStatus = appStatus(
  { ddns: { records: [ddnsRecord('home.example.org', 'in-step'), ddnsRecord('nas.example.org', 'stopped')] } },
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
    ['with monitors, a speed test, a certificate and a failing channel', appStatus(EXTRAS, threeMinutesAgo)],
    ['no internet', appStatus({ online: false }, threeMinutesAgo)],
    ['paused', appStatus({ pausedSince: NOW - 60_000 })],
    ['never checked', appStatus({}, { v4: { ip: null, lastCheck: null }, v6: { enabled: false } })],
  ])('%s: no text outside the catalogue', (_, status) => {
    const { tooltip, labels, tips } = shown(pseudoTranslator(), status);
    const data = [
      ...Object.values(status.families).flatMap((f) => (f.ip ? [f.ip] : [])),
      'home.example.org',
      'nas.example.org',
      '1.2.3',
      'SSH',
      'Nextcloud',
      'Backup',
      'answered status 502',
      FP,
      'alerts',
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

describe("the tray's monitor, speed, certificate and health lines in German and Indonesian", () => {
  const status = appStatus(EXTRAS, threeMinutesAgo);
  it.each([
    [
      'de',
      'IPWatch: Beeinträchtigt',
      'Grund: Benachrichtigungen scheitern: alerts',
      [
        'SSH: erreichbar, aber der Router leitet nichts an seinen Port weiter',
        'Nextcloud: ausgefallen seit der Adressänderung (answered status 502)',
        'Backup: noch unbekannt',
        'Geschwindigkeit: Download 512 Mbit/s, Upload 48,2, 12 ms (vor 2 Std.)',
        `Zertifikat (von IPWatch erstellt) SHA-256: ${FP}`,
        'Unverschlüsseltes HTTP ist im Netz erlaubt: Token und Dashboard werden lesbar übertragen',
      ],
    ],
    [
      'id',
      'IPWatch: Terganggu',
      'Sebab: notifikasi gagal: alerts',
      [
        'SSH: aktif, tetapi router tidak meneruskan apa pun ke port-nya',
        'Nextcloud: mati sejak alamat berubah (answered status 502)',
        'Backup: belum diketahui',
        'Kecepatan: unduh 512 Mbps, unggah 48,2, 12 ms (2 jam yang lalu)',
        `Sertifikat (dibuat oleh IPWatch) SHA-256: ${FP}`,
        'HTTP tanpa enkripsi diizinkan di jaringan: token dan dasbor terkirim dalam bentuk terbaca',
      ],
    ],
  ] as const)('%s', (language, head, why, lines) => {
    const s = shown(translator(language), status, null);
    const tooltip = s.tooltip.split('\n');
    expect(tooltip[0]).toBe(head);
    expect(tooltip.at(-1)).toBe(why);
    for (const line of lines) expect(s.labels).toContain(line);
  });
});

describe("the shell's test notification in the app's language", () => {
  it.each([
    ['en', 'Test notification: desktop notifications work.'],
    ['de', 'Testbenachrichtigung: Desktop-Benachrichtigungen funktionieren.'],
    ['id', 'Notifikasi uji: notifikasi desktop berfungsi.'],
  ] as const)('%s', async (language, body) => {
    const sent: string[] = [];
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-shell-words-'));
    const api = testShellApi(dir, {
      desktop: { notify: async (title, text) => void sent.push(`${title}: ${text}`) },
      words: () => translator(language),
    });
    expect(await api.testDesktopNotification(undefined)).toEqual({ ok: true });
    expect(sent).toEqual([`IPWatch: ${body}`]);
  });

  it('says in the language when the system has none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-shell-words-'));
    const api = testShellApi(dir, {
      desktop: { unavailable: 'none here', notify: async () => undefined },
      words: () => translator('de'),
    });
    expect(await api.testDesktopNotification(undefined)).toEqual({
      ok: false,
      error: 'Desktop-Benachrichtigungen werden auf diesem System nicht unterstützt',
    });
  });
});
