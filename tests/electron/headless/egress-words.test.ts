/**
 * `ipwatch egress` in words (headless/egress-words.ts): every word from the catalogue (the
 * pseudo-language leaves only hosts, ports, protocols and settings' names unmarked), and German
 * and Indonesian as people write them.
 */
import { describe, expect, it } from 'vitest';

import { egressLines, type EgressView } from '../../../electron/headless/egress-words';
import type { DeclaredDestination, EgressContact } from '../../../shared/contract/egress';
import { translator } from '../../../shared/i18n/translators';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const declared: DeclaredDestination[] = [
  {
    id: 'source:ipify-v4',
    role: 'host',
    host: 'api.ipify.org',
    port: 443,
    protocol: 'tcp',
    purpose: 'echo',
    setting: 'egress.echo',
    everySec: 60,
  },
  {
    id: 'router:nat-pmp',
    role: 'gateway',
    host: null,
    port: 5351,
    protocol: 'udp',
    purpose: 'routerPortMapping',
    setting: 'router.enabled',
    everySec: 300,
  },
  {
    id: 'router:upnp',
    role: 'local-router',
    host: null,
    port: null,
    protocol: 'tcp',
    purpose: 'routerUpnp',
    setting: 'router.enabled',
    everySec: 300,
  },
  {
    id: 'heartbeat:heartbeat',
    role: 'entered',
    host: null,
    port: null,
    protocol: 'tcp',
    purpose: 'heartbeat',
    setting: 'heartbeat.enabled',
    everySec: null,
  },
];
const contacted: EgressContact[] = [
  {
    host: 'api.ipify.org',
    port: 443,
    protocol: 'tcp',
    declared: ['source:ipify-v4'],
    purposes: ['echo'],
    count: 3,
    lastAt: 1_764_000_000_000,
    lastResult: 'ok',
    lookup: 'system',
  },
  {
    host: '203.0.113.9',
    port: 25,
    protocol: 'tcp',
    declared: [],
    purposes: [],
    count: 1,
    lastAt: 1_764_000_060_000,
    lastResult: 'refused',
    lastError: 'EEGRESSREFUSED',
    lookup: 'none',
  },
];
const view: EgressView = { enforce: true, declared, contacted: { since: 1_763_999_000_000, list: contacted } };

const text = (language: 'en' | 'de' | 'id') => egressLines(view, translator(language), language, 'UTC').join('\n');

describe('ipwatch egress in words', () => {
  it('says every word from the catalogue', () => {
    const lines = egressLines(view, pseudoTranslator(), 'en', 'UTC').join('\n');
    const data = [
      'api.ipify.org',
      '203.0.113.9',
      'tcp',
      'udp',
      'egress.echo',
      'router.enabled',
      'heartbeat.enabled',
      'EEGRESSREFUSED',
    ];
    expect(unmarkedText(lines, data)).toEqual([]);
  });

  it('reads in English', () => {
    expect(text('en').split('\n')).toEqual([
      'Undeclared connections: refused',
      'May contact (4 destinations):',
      '  api.ipify.org  tcp/443  Built-in web source: tells IPWatch your public address  [egress.echo]  at most every 1 min',
      '  the gateway  udp/5351  The router watch: asks the router for its external address (NAT-PMP, PCP)  [router.enabled]  at most every 5 min',
      '  the router that answered on the local network  tcp  The router watch: asks the UPnP router for its external address  [router.enabled]  at most every 5 min',
      '  the host you entered  tcp  Heartbeat: tells the service that IPWatch still runs  [heartbeat.enabled]  on demand or on an event',
      'Contacted since 2025-11-24 15:43:20 UTC (2 destinations):',
      '  api.ipify.org  tcp/443  3 times, last 2025-11-24 16:00:00 UTC: ok',
      '  203.0.113.9  tcp/25  1 time, last 2025-11-24 16:01:00 UTC: refused (EEGRESSREFUSED)  (undeclared)',
    ]);
  });

  it('reads in German', () => {
    const de = text('de');
    expect(de).toContain('Nicht aufgeführte Verbindungen: werden abgelehnt');
    expect(de).toContain('Darf kontaktieren (4 Ziele):');
    expect(de).toContain('das Gateway  udp/5351  Router-Abfrage: fragt den Router nach seiner externen Adresse');
    expect(de).toContain('höchstens alle 5 Min.');
    expect(de).toContain('3 Mal, zuletzt');
    expect(de).toContain('abgelehnt (EEGRESSREFUSED)  (nicht aufgeführt)');
  });

  it('reads in Indonesian', () => {
    const id = text('id');
    expect(id).toContain('Koneksi yang tidak terdaftar: ditolak');
    expect(id).toContain('Boleh dihubungi (4 tujuan):');
    expect(id).toContain('gateway  udp/5351  Pemantauan router: menanyakan alamat eksternal router');
    expect(id).toContain('host yang Anda masukkan  tcp  Heartbeat: memberi tahu layanan bahwa IPWatch masih berjalan');
    expect(id).toContain('3 kali, terakhir');
    expect(id).toContain('(tidak terdaftar)');
  });

  it('says why the runner was not asked', () => {
    const lines = egressLines({ ...view, contacted: { notAsked: 'no runner' } }, translator('en'), 'en', 'UTC');
    expect(lines.at(-1)).toBe('What was contacted is known only to the running runner: no runner');
  });
});
