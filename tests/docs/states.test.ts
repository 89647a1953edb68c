/**
 * docs/states.md says what every state means, in the words a person sees: each word of the real
 * tables and pure functions that decide a state (shared/ and the dashboard's pure views) is on
 * that page, so a state added to a table without a line in the docs fails here. Where a kind of
 * state is a type without a list at run time, a Record over that type stands for it: the type
 * checker then fails this file when the type gains a member.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { TRAY_STATES } from '../../electron/shell/tray-state';
import { addressView } from '../../renderer/src/pages/address-view';
import { beatWords, resultWords } from '../../renderer/src/pages/insight-view';
import { ddnsItemState, ddnsStateWords } from '../../renderer/src/settings/ddns/ddns-words';
import { DDNS_STATES, type DdnsRecordStatus, type DdnsState } from '../../shared/contract/ddns';
import { HEALTH_STATES, healthOf, type HealthState } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import { MONITOR_STATES } from '../../shared/monitor-states';
import { natOf } from '../../shared/nat';
import type { ChannelState } from '../../shared/notify-types';
import { type SourceWord, sourceState } from '../../shared/source-state';
import {
  type CheckResult,
  type InterfaceWatchStatus,
  NAT_VERDICTS,
  ROUTER_PROTOCOL_LABEL,
  type RouterStatus,
  type SourceHealth,
} from '../../shared/types';
import { noSourceWords, uptimeCover, uptimeTiles } from '../../shared/uptime';
import { DDNS_STATE_WORDS } from '../../shared/words/ddns';
import { monitorStateWord } from '../../shared/words/monitor';
import { natChangeWords } from '../../shared/words/nat';
import { networkWatchText, routerText } from '../../shared/words/network';
import { appStatus, lastCheck, NOW, sourceHealth } from '../helpers/app-status';

const DOC = readFileSync(path.resolve(import.meta.dirname, '../../docs/states.md'), 'utf8');
/** The page as read: table cells' padding and line breaks are one space. */
const TEXT = DOC.replace(/\s+/g, ' ');

/** The words missing from the page (the case of a first letter aside: a cell starts with a capital). */
const missing = (words: Iterable<string>): string[] =>
  [...new Set(words)].filter((w) => !TEXT.includes(w) && !TEXT.includes(w[0]!.toUpperCase() + w.slice(1)));
/** `code` words (the API's values) missing from the page. */
const missingCode = (ids: Iterable<string>): string[] => [...ids].filter((id) => !DOC.includes(`\`${id}\``));

// Kinds of state that are types only: each Record must name every member, or this file does not compile.
const CHECK_RESULTS: Record<CheckResult, true> = {
  unchanged: true,
  confirmed: true,
  changed: true,
  uncertain: true,
  unavailable: true,
  disabled: true,
};
const SOURCE_WORDS: Record<SourceWord, true> = {
  answering: true,
  slow: true,
  failing: true,
  'resting after failures': true,
  'not asked yet': true,
  'not answering': true,
  'no agreement': true,
};
const CHANNEL_STATES: Record<ChannelState, true> = {
  ok: true,
  retrying: true,
  failing: true,
  invalid: true,
  disabled: true,
  paused: true,
  removed: true,
};
const WATCH: Record<InterfaceWatchStatus['watch'], true> = {
  netlink: true,
  'route-socket': true,
  poll: true,
  off: true,
};
const ROUTER: Record<RouterStatus['state'], true> = { off: true, searching: true, ok: true, none: true, error: true };

const noAddress = (result: CheckResult, requests = 5) => ({
  ip: null,
  since: null,
  lastCheck: lastCheck({ result, requests }),
});

/** A status for each way health is decided (shared/health.ts's truth table), and how it is judged. */
const HEALTH_CASES: [ReturnType<typeof appStatus> | null, { connected?: boolean }][] = [
  [appStatus(), { connected: false }],
  [null, {}],
  [appStatus({ pausedSince: NOW - 5 }), {}],
  [appStatus({ running: false, online: null }, { v4: { lastCheck: null }, v6: { lastCheck: null } }), {}],
  [appStatus({ running: false }), {}],
  [appStatus({}, { v4: { enabled: false }, v6: { enabled: false } }), {}],
  [appStatus({ online: false }, { v4: noAddress('unavailable'), v6: noAddress('unavailable') }), {}],
  [appStatus({ online: null }, { v4: noAddress('unavailable', 0), v6: noAddress('unavailable', 0) }), {}],
  [appStatus({ online: null }, { v4: noAddress('uncertain'), v6: noAddress('uncertain') }), {}],
  [appStatus({}, { v4: noAddress('uncertain'), v6: noAddress('uncertain') }), {}],
  [appStatus({}, { v4: noAddress('uncertain') }), {}],
  [appStatus({}, { v6: noAddress('uncertain') }), {}],
  [appStatus({}, { v4: noAddress('unavailable') }), {}],
  [appStatus({}, { v6: noAddress('unavailable') }), {}],
  [appStatus({ lastError: { message: 'disk full', at: NOW, where: 'store: check' } }), {}],
  [appStatus(), {}],
];
const healths = HEALTH_CASES.map(([s, o]) => healthOf(s, english, o));

const source = (over: Partial<SourceHealth>): SourceHealth => sourceHealth('a', 4, over);

describe('docs/states.md names every state a person sees', () => {
  it('monitoring health: every state of the API and every label the badge shows', () => {
    // The cases reach every state, so a new one needs a case here and a row in the docs.
    expect(new Set(healths.map((h) => h.state))).toEqual(new Set<HealthState>(HEALTH_STATES));
    expect(missingCode(HEALTH_STATES)).toEqual([]);
    expect(missing(healths.map((h) => h.label).filter((l) => !/^(No IPv|IPv\d uncertain)/.test(l)))).toEqual([]);
    // A family's label is written once for both families ("No IPv4, No IPv6").
    expect(missing(['No IPv4, No IPv6', 'IPv4 uncertain, IPv6 uncertain'])).toEqual([]);
    expect(healths.map((h) => h.label)).toEqual(expect.arrayContaining(['No IPv4', 'No IPv6', 'IPv4 uncertain']));
  });

  it('the tray icon', () => {
    expect(missingCode(TRAY_STATES)).toEqual([]);
  });

  it("an address card: why an address is only last known, and a check's result", () => {
    const why = (['uncertain', 'unavailable', 'disabled'] as const).map((result) => {
      const v = addressView(
        { family: 4, enabled: true, ip: '81.2.69.142', since: NOW, lastCheck: lastCheck({ result }), cgnat: null },
        { state: 'degraded', reason: '' },
        NOW,
        null,
        english,
      );
      return v.kind === 'last-known' ? v.why : `not last known: ${v.kind}`;
    });
    const stale = healths
      .filter((h) => ['no-internet', 'disconnected', 'paused'].includes(h.state))
      .map((h) => h.reason);
    const none = (['uncertain', 'unavailable'] as const).map((result) => {
      const v = addressView(
        { ...noAddress(result), family: 4, enabled: true, cgnat: null },
        healths[0]!,
        NOW,
        null,
        english,
      );
      return v.kind === 'none' ? v.text : `not none: ${v.kind}`;
    });
    expect(missing([...why, ...stale, ...none, 'not checked since the monitor started', 'Not checked yet.'])).toEqual(
      [],
    );
  });

  it("a check's result: the API's value, the strip's mark and its words", () => {
    expect(missingCode(Object.keys(CHECK_RESULTS))).toEqual([]);
    // The strip's own result (the insight's checks): every key of its words.
    expect(missingCode(Object.keys(resultWords(english)))).toEqual([]);
    expect(missing(Object.values(resultWords(english)))).toEqual([]);
    expect(missing(Object.values(beatWords(english)))).toEqual([]);
  });

  it("sources: every word of the Sources table's State column", () => {
    const now = lastCheck({
      result: 'uncertain',
      attempts: [{ sourceId: 'a', provider: 'a', kind: 'http', ok: true, ip: '81.2.69.142', latencyMs: 5 }],
    });
    const seen = [
      sourceState(source({}), undefined, english),
      sourceState(source({ latencyMs: 1500 }), undefined, english),
      sourceState(source({ consecutiveFailures: 2 }), undefined, english),
      sourceState(source({ state: 'open' }), undefined, english),
      sourceState(source({ successes: 0 }), undefined, english),
      sourceState(source({}), lastCheck({ result: 'unavailable' }), english),
      sourceState(source({}), now, english),
    ].map((s) => s.word);
    // Every word the function gives is one of the type's, and the Record above is the whole type.
    expect(new Set(seen)).toEqual(new Set(Object.keys(SOURCE_WORDS)));
    expect(missing(Object.keys(SOURCE_WORDS))).toEqual([]);
  });

  it('uptime: the words for time not monitored and what a figure covers', () => {
    const tiles = [0, 2].flatMap((sources) =>
      uptimeTiles({ windows: [], firstCheckAt: null, now: NOW, sources, time: String, words: english }),
    );
    expect(
      missing([
        noSourceWords(english),
        ...tiles.flatMap((t) => [t.window, t.covers]),
        uptimeCover(0, 0, english),
        uptimeCover(500, 0, english),
        uptimeCover(12 * 60_000, 39_000, english),
      ]),
    ).toEqual([]);
  });

  it('NAT: every verdict, its label and the title of a change to it', () => {
    expect(missingCode(NAT_VERDICTS)).toEqual([]);
    expect(missing(NAT_VERDICTS.map((v) => natOf(v).label))).toEqual([]);
    expect(missing(NAT_VERDICTS.map((v) => natChangeWords('nat', v).title))).toEqual([]);
  });

  it('network changes and the router', () => {
    const watch = (Object.keys(WATCH) as InterfaceWatchStatus['watch'][]).map((w) =>
      networkWatchText({ watch: w, reason: null, lastChangeAt: null }, english),
    );
    const router = (Object.keys(ROUTER) as RouterStatus['state'][]).map((state) =>
      routerText({ state, protocol: 'natpmp', externalAddress: '81.2.69.142', checkedAt: NOW, error: null }, english),
    );
    const protocols = Object.values(ROUTER_PROTOCOL_LABEL).map((p) => `(by ${p})`);
    expect(missing([...watch, ...router, ...protocols])).toEqual([]);
  });

  it("DNS records: every state, the dashboard's words and the tray's, bot's and runner's", () => {
    expect(missingCode(DDNS_STATES)).toEqual([]);
    expect(missing(Object.values(DDNS_STATE_WORDS))).toEqual([]);
    // The dashboard's words for each state, from its own pure view (a record waiting for a server names it).
    const record = (state: DdnsState, waitingFor: string[] = []): DdnsRecordStatus => ({
      id: 'home',
      provider: 'cloudflare',
      name: 'home.example.org',
      type: 'A',
      state,
      why: null,
      address: null,
      holds: null,
      waitingFor,
      notAsked: [],
      nextAttemptAt: null,
      lastUpdateAt: null,
      lastPropagationMs: null,
      lastLookAt: null,
    });
    const dashboard = [
      ...DDNS_STATES.map((state) => ddnsStateWords(record(state), english).word),
      ddnsStateWords(record('propagating', ['ns2.example.org']), english).word,
      // Settings' rows: a record not saved yet, one switched off, one saved but not run yet.
      ddnsItemState(undefined, false, true, english).word,
      ddnsItemState(undefined, true, false, english).word,
      ddnsItemState(undefined, true, true, english).word,
    ];
    expect(dashboard).toContain('propagating (waiting for ns2.example.org)');
    expect(missing(dashboard)).toEqual([]);
    // The dashboard's card: what a record is known to hold (ddns-card.tsx).
    expect(missing(['not set by IPWatch yet'])).toEqual([]);
  });

  it('service monitors and notification channels', () => {
    expect(missingCode(MONITOR_STATES)).toEqual([]);
    expect(missing(MONITOR_STATES.map((s) => monitorStateWord(s, english)))).toEqual([]);
    expect(missing(['but the router forwards nothing to its port'])).toEqual([]);
    expect(missingCode(Object.keys(CHANNEL_STATES))).toEqual([]);
  });

  it('is linked from the README and said there once at most', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme.match(/\]\(docs\/states\.md\)/g)).toHaveLength(1);
  });
});
