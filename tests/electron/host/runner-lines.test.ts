/**
 * How the headless runner prints (electron/host/runner-lines.ts): readable lines carry the
 * essential facts; --json writes one parseable object per line.
 */
import { describe, expect, it } from 'vitest';

import { createRedactor } from '../../../electron/engine/secrets/redact';
import { createPrinter } from '../../../electron/host/readable-log';
import { formatReadable, type RunnerLine } from '../../../electron/host/runner-lines';
import { english } from '../../../shared/i18n/translators';
import { plainHttpWords } from '../../../shared/words/serving';

const AT = Date.UTC(2026, 0, 2, 3, 4, 5);
const TIME = '2026-01-02T03:04:05.000Z';

const LINES: [label: string, line: RunnerLine, facts: string[]][] = [
  [
    'check, unchanged',
    {
      type: 'check',
      at: AT,
      family: 4,
      trigger: 'interval',
      result: 'unchanged',
      ip: '81.2.69.1',
      requests: 1,
      durationMs: 42,
      attempts: [
        { sourceId: 'cf-dns-v4', provider: 'cloudflare', kind: 'dns', ok: true, ip: '81.2.69.1', latencyMs: 42 },
      ],
    },
    ['check', 'IPv4', '81.2.69.1', 'unchanged', '(interval, 42 ms): 1 source asked'],
  ],
  [
    'check the router vouched for',
    {
      type: 'check',
      at: AT,
      family: 4,
      trigger: 'interval',
      result: 'unchanged',
      ip: '81.2.69.1',
      requests: 0,
      durationMs: 3,
      attempts: [],
      witness: 'router NAT-PMP',
    },
    ['check', 'IPv4', '81.2.69.1', 'unchanged', 'interval', 'vouched by router NAT-PMP', '3 ms'],
  ],
  [
    'check with failures',
    {
      type: 'check',
      at: AT,
      family: 6,
      trigger: 'network',
      result: 'confirmed',
      ip: '2a02:1::3',
      requests: 3,
      durationMs: 850,
      attempts: [
        {
          sourceId: 'ipify-v6',
          provider: 'ipify',
          kind: 'http',
          ok: false,
          error: 'timeout after 4000 ms',
          latencyMs: 4000,
        },
        { sourceId: 'cf-dns-v6', provider: 'cloudflare', kind: 'dns', ok: true, ip: '2a02:1::3', latencyMs: 30 },
        { sourceId: 'g-stun-v6', provider: 'google', kind: 'stun', ok: true, ip: '2a02:1::3', latencyMs: 25 },
      ],
    },
    ['IPv6', '2a02:1::3', 'confirmed', 'network', '3 sources asked; 1 failed: ipify-v6: No answer in time'],
  ],
  [
    'check, family unavailable, an event without a cause (an engine before issue 75)',
    {
      type: 'check',
      at: AT,
      family: 6,
      trigger: 'start',
      result: 'unavailable',
      ip: null,
      requests: 2,
      durationMs: 4001,
      attempts: [],
    },
    ['check IPv6 unavailable (start'],
  ],
  [
    'check, no source set up (no request sent)',
    {
      type: 'check',
      at: AT,
      family: 4,
      trigger: 'interval',
      result: 'unavailable',
      ip: null,
      requests: 0,
      durationMs: 1,
      attempts: [],
    },
    ['check IPv4 not monitored: no source (interval', '0 sources asked'],
  ],
  [
    'check, uncertain without an address',
    {
      type: 'check',
      at: AT,
      family: 4,
      trigger: 'retry',
      result: 'uncertain',
      ip: null,
      requests: 4,
      durationMs: 900,
      attempts: [],
    },
    ['IPv4', 'uncertain', 'retry'],
  ],
  [
    'change',
    {
      type: 'change',
      at: AT,
      family: 4,
      from: '81.2.69.1',
      to: '81.2.69.2',
      fromSince: AT - 86_400_000,
      trigger: 'network',
      sources: ['cf-dns-v4', 'ipify-v4'],
    },
    ['CHANGE', 'IPv4', '81.2.69.1', '81.2.69.2', 'cf-dns-v4', 'ipify-v4', 'network'],
  ],
  [
    'change from nothing (first sighting)',
    {
      type: 'change',
      at: AT,
      family: 6,
      from: null,
      to: '2a02:1::3',
      fromSince: null,
      trigger: 'start',
      sources: ['a'],
    },
    ['CHANGE', 'IPv6', '(none)', '2a02:1::3'],
  ],
  ['offline', { type: 'offline', at: AT, cause: 'no source answered' }, ['OFFLINE', 'no source answered']],
  ['online after 500 ms', { type: 'online', at: AT, offlineMs: 500 }, ['ONLINE', '500 ms']],
  ['online after 90 s', { type: 'online', at: AT, offlineMs: 90_000 }, ['ONLINE after 1 min 30 s offline.']],
  ['online after 30 min', { type: 'online', at: AT, offlineMs: 1_800_000 }, ['ONLINE', '30 min']],
  [
    'source-health',
    { type: 'source-health', at: AT, sourceId: 'ipify-v4', from: 'closed', to: 'open', reason: 'HTTP 503' },
    ['Source ipify-v4 rests after failures: ', '503'],
  ],
  [
    'cgnat',
    { type: 'cgnat', at: AT, family: 4, address: '100.64.1.2', sourceId: 'g-stun-v4' },
    ['CGNAT', 'IPv4', '100.64.1.2', 'g-stun-v4'],
  ],
  [
    'nat',
    { type: 'nat', at: AT, from: 'nat', to: 'cgnat', routerAddress: '100.64.1.2', publicAddress: '81.2.69.2' },
    ['NAT nat -> cgnat', 'router 100.64.1.2', 'public 81.2.69.2', 'port forwarding from the internet stops working'],
  ],
  [
    'ddns-state',
    {
      type: 'ddns-state',
      at: AT,
      record: 'home',
      name: 'home.example.org',
      recordType: 'A',
      provider: 'dyndns2',
      from: 'updating',
      to: 'waiting',
      why: 'the provider answered 503',
      address: '81.2.69.2',
      notice: 'waiting',
      troubleMs: null,
      nextAttemptAt: AT + 30_000,
    },
    ['DDNS updating -> waiting to retry: home.example.org A: waiting to retry (the provider answered 503)'],
  ],
  [
    'ddns-state, switched off: the words the dashboard says',
    {
      type: 'ddns-state',
      at: AT,
      record: 'home',
      name: 'home.example.org',
      recordType: 'A',
      provider: 'dyndns2',
      from: 'in-step',
      to: 'stopped',
      why: 'the username and password do not match (badauth)',
      address: '81.2.69.2',
      notice: 'stopped',
      troubleMs: null,
      nextAttemptAt: null,
    },
    [
      'DDNS in step -> switched off: home.example.org A: switched off (the username and password do not match (badauth))',
    ],
  ],
  [
    'settings-applied',
    { type: 'settings-applied', at: AT, live: ['monitor.intervalSec'], restart: ['history.backupsKeep'] },
    ['settings', 'reloaded', 'live: monitor.intervalSec', 'after a restart: history.backupsKeep'],
  ],
  [
    'change, with the network behind the new address',
    {
      type: 'change',
      at: AT,
      family: 4,
      from: '81.2.69.1',
      to: '81.2.69.2',
      fromSince: AT - 86_400_000,
      trigger: 'interval',
      sources: ['cf-dns-v4'],
      identity: { asn: 64500, org: 'Example Net', country: 'NL', vpn: null },
    },
    ['CHANGE IPv4 81.2.69.1 -> 81.2.69.2 [AS64500 Example Net, NL] (confirmed by cf-dns-v4; interval)'],
  ],
  [
    'nat, with no router nor public address known',
    { type: 'nat', at: AT, from: 'nat', to: 'unknown', routerAddress: null, publicAddress: null },
    ['NAT nat -> unknown', 'router none', 'public none'],
  ],
  ['monitoring paused', { type: 'monitoring', at: AT, paused: true }, ['monitoring PAUSED']],
  ['monitoring resumed', { type: 'monitoring', at: AT, paused: false }, ['monitoring resumed']],
  [
    'the clock stepped forward',
    { type: 'clockStep', at: AT, stepMs: 8 * 3_600_000 },
    ['CLOCK The clock jumped forward by 8 h (the computer slept, or the clock was set)'],
  ],
  [
    'the clock stepped back',
    { type: 'clockStep', at: AT, stepMs: -86_400_000 },
    ['CLOCK The clock jumped back by 1 d'],
  ],
  [
    'history recovered from a backup',
    { type: 'history-recovered', at: AT, reason: 'not a database', movedTo: '/d/history.bad', from: '/d/b/1.sqlite' },
    ['HISTORY RECOVERED', '(not a database)', 'kept as /d/history.bad', 'recovered from /d/b/1.sqlite'],
  ],
  [
    'history recovered with no good copy',
    { type: 'history-recovered', at: AT, reason: 'not a database', movedTo: '/d/history.bad', from: null },
    ['HISTORY RECOVERED', 'no good copy, history starts empty'],
  ],
  [
    'api on loopback, plain HTTP',
    { type: 'api', at: AT, url: 'http://127.0.0.1:8787/' },
    ['dashboard and API at http://127.0.0.1:8787/', 'api-token in the data folder'],
  ],
  ['ddns with no records', { type: 'ddns', at: AT, records: [] }, ['DDNS (no records)']],
  [
    'settings-applied, nothing live and nothing waiting',
    { type: 'settings-applied', at: AT, live: [], restart: [] },
    ['settings reloaded; live: (none)'],
  ],
  [
    'settings-error',
    { type: 'settings-error', at: AT, errors: ['monitor.intervalSec: Too small', 'log.level: Invalid option'] },
    ['NOT applied', 'monitor.intervalSec: Too small', 'log.level: Invalid option'],
  ],
];

describe('formatReadable', () => {
  it.each(LINES)('%s', (_label, line, facts) => {
    const text = formatReadable(line);
    expect(text.startsWith(TIME)).toBe(true);
    for (const fact of facts) expect(text).toContain(fact);
  });

  it('a check without failures says nothing about failures', () => {
    expect(formatReadable(LINES[0]![1])).not.toContain('failed');
  });

  it("a failure's raw text follows its words in brackets only when verbose (issue 75)", () => {
    const line = LINES.find(([l]) => l === 'check with failures')![1];
    expect(formatReadable(line)).not.toContain('timeout after 4000 ms');
    expect(formatReadable(line, true)).toContain('ipify-v6: No answer in time');
    expect(formatReadable(line, true)).toContain('[timeout after 4000 ms]');
  });

  it('settings-error puts each error on its own line', () => {
    const text = formatReadable(LINES.find(([l]) => l === 'settings-error')![1]);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('api over HTTPS on the LAN: the certificate to compare and the plain-HTTP warning, each on a line', () => {
    const text = formatReadable({
      type: 'api',
      at: AT,
      url: 'https://192.0.2.10:8787/',
      certificate: 'certificate SHA-256 AB:CD',
      plainHttpOnLan: true,
    });
    expect(text.split('\n')).toEqual([
      `${TIME} dashboard and API at https://192.0.2.10:8787/ (sign in with the API token: api-token in the data folder, unless api.token is set)`,
      '  certificate SHA-256 AB:CD: compare it with what the browser shows',
      `  ${plainHttpWords(english)}`,
    ]);
  });

  it('settings-applied says nothing of a restart when no field waits for one', () => {
    expect(formatReadable({ type: 'settings-applied', at: AT, live: ['log.level'], restart: [] })).toBe(
      `${TIME} settings reloaded; live: log.level`,
    );
  });

  it('every line type but settings-error is a single line', () => {
    for (const [label, line] of LINES)
      if (line.type !== 'settings-error') expect(formatReadable(line), label).not.toContain('\n');
  });
});

describe('createPrinter', () => {
  const capture = (json: boolean) => {
    const out: string[] = [];
    return { out, print: createPrinter(json, createRedactor(), (s) => out.push(s)) };
  };

  it('json: one parseable JSON object per line, equal to the event', () => {
    const { out, print } = capture(true);
    for (const [, line] of LINES) print(line);
    const text = out.join('');
    const rows = text.split('\n');
    expect(rows.pop()).toBe('');
    expect(rows).toHaveLength(LINES.length);
    rows.forEach((row, i) => expect(JSON.parse(row)).toEqual(LINES[i]![1]));
  });

  it('json: each write is one complete line', () => {
    const { out, print } = capture(true);
    print(LINES.find(([l]) => l === 'settings-error')![1]);
    expect(out).toHaveLength(1);
    expect(out[0]!.endsWith('\n')).toBe(true);
    expect(out[0]!.slice(0, -1)).not.toContain('\n');
  });

  it('readable: the formatted line plus a newline', () => {
    const { out, print } = capture(false);
    const line = LINES[0]![1];
    print(line);
    expect(out).toEqual([`${formatReadable(line)}\n`]);
  });
});
