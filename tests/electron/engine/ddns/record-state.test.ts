/**
 * recordState's table (pure): a record's phase and what its authoritative servers answered, to
 * the state the status shows and whether to send the update again. The real servers (the Knot
 * lab) are in propagation.test.ts; this file starts nothing, so the mutation run takes it
 * (vitest.mutation.config.ts).
 */
import { describe, expect, it } from 'vitest';

import {
  type AuthServer,
  type DdnsPhase,
  inStep,
  recordState,
  type Seen,
  type ServerAnswer,
} from '../../../../electron/engine/ddns/propagation';

const ns1: AuthServer = { name: 'ns1.example.org', address: '192.0.2.53' };
const ns2: AuthServer = { name: 'ns2.example.org', address: '198.51.100.53' };
const says = (server: AuthServer, ...addresses: string[]): ServerAnswer => ({ server, addresses });
const silent = (server: AuthServer): ServerAnswer => ({ server, addresses: null, error: 'no answer in time' });
/** A state's code, pinned by its name: its English (`why`) is pinned beside it, and reason-4-languages.test.ts says it. */
const coded = (code: string) => expect.objectContaining({ code });
const NEW = '203.0.113.7';
const OLD = '203.0.113.1';
const LIMIT = 60_000;

const seen = (...answers: ServerAnswer[]): Seen => ({ answers, notAsked: [] });
const ns6: AuthServer = { name: 'ns1.example.org', address: '2001:db8::53' };
const ns3: AuthServer = { name: 'ns3.example.org', address: '203.0.113.53' };
const ns3v6: AuthServer = { name: 'ns2.example.org', address: '2001:db8::54' };

describe('recordState: phase and what was seen to the record state', () => {
  const sent: DdnsPhase = { phase: 'sent', at: 1_000_000 };
  const settled: DdnsPhase = { phase: 'settled' };
  const rows: [string, DdnsPhase, Seen | null, number, ReturnType<typeof recordState>][] = [
    [
      'stopped: stopped with its reason',
      { phase: 'stopped', reason: 'badauth' },
      null,
      0,
      { state: { state: 'stopped', why: 'badauth' }, resend: false },
    ],
    [
      'sending: updating',
      { phase: 'sending' },
      seen(says(ns1, OLD)),
      0,
      { state: { state: 'updating' }, resend: false },
    ],
    [
      'waiting: waiting, with why and when',
      { phase: 'waiting', reason: 'HTTP 503', at: 5000 },
      null,
      0,
      { state: { state: 'waiting', why: 'HTTP 503', at: 5000 }, resend: false },
    ],
    [
      'sent, not asked yet: propagating',
      sent,
      null,
      1_000_100,
      { state: { state: 'propagating', waitingFor: [] }, resend: false },
    ],
    [
      'sent, all answer the new address: in step',
      sent,
      seen(says(ns1, NEW), says(ns2, NEW)),
      1_000_100,
      { state: { state: 'in-step' }, resend: false },
    ],
    [
      'sent, the reachable one answers it, an IPv6 one not asked: in step',
      sent,
      { answers: [says(ns1, NEW)], notAsked: [ns6] },
      1_000_100,
      { state: { state: 'in-step' }, resend: false },
    ],
    [
      'settled, no server reachable from here: failed, naming them',
      settled,
      { answers: [], notAsked: [ns6] },
      0,
      {
        state: {
          state: 'failed',
          why: 'no authoritative server can be reached from here (no route): ns1.example.org (2001:db8::53)',
          code: { code: 'reason.ddns.noRoute', values: { servers: 'ns1.example.org (2001:db8::53)' } },
        },
        resend: false,
      },
    ],
    [
      'sent, one behind within the limit: propagating, waiting for it',
      sent,
      seen(says(ns1, NEW), says(ns2, OLD)),
      1_000_100,
      { state: { state: 'propagating', waitingFor: ['ns2.example.org'] }, resend: false },
    ],
    [
      'sent, one silent within the limit: propagating',
      sent,
      seen(says(ns1, NEW), silent(ns2)),
      1_000_100,
      { state: { state: 'propagating', waitingFor: ['ns2.example.org'] }, resend: false },
    ],
    [
      'sent, one behind past the limit: failed, naming it',
      sent,
      seen(says(ns1, NEW), says(ns2, OLD)),
      1_000_000 + LIMIT + 1000,
      {
        state: {
          state: 'failed',
          why: `not in step 61 s after the update: ns2.example.org (198.51.100.53) answers ${OLD}`,
          code: coded('reason.ddns.notInStep'),
        },
        resend: false,
      },
    ],
    [
      'sent, one silent past the limit, the other in step: in step, naming the silent one',
      sent,
      seen(says(ns1, NEW), silent(ns2)),
      1_000_000 + LIMIT + 1000,
      {
        state: {
          state: 'in-step',
          why: 'ns2.example.org (198.51.100.53): no answer in time',
          code: coded('reason.ddns.someSilent'),
        },
        resend: false,
      },
    ],
    [
      'none answers: failed',
      sent,
      seen(silent(ns1), silent(ns2)),
      1_000_100,
      {
        state: {
          state: 'failed',
          why: 'no authoritative server answered: ns1.example.org (192.0.2.53): no answer in time; ns2.example.org (198.51.100.53): no answer in time',
          code: coded('reason.ddns.noneAnswered'),
        },
        resend: false,
      },
    ],
    ['settled, not asked yet: in step', settled, null, 0, { state: { state: 'in-step' }, resend: false }],
    [
      'settled, all in step: in step',
      settled,
      seen(says(ns1, NEW), says(ns2, NEW)),
      0,
      { state: { state: 'in-step' }, resend: false },
    ],
    [
      'settled, one answers another address: drifted, send again',
      settled,
      seen(says(ns1, OLD), says(ns2, NEW)),
      0,
      {
        state: {
          state: 'updating',
          why: `drifted from ${NEW}: ns1.example.org (192.0.2.53) answers ${OLD}`,
          code: coded('reason.ddns.drifted'),
        },
        resend: true,
      },
    ],
    [
      'settled, the record gone: drifted, send again',
      settled,
      seen(says(ns1), says(ns2)),
      0,
      {
        state: {
          state: 'updating',
          why: `drifted from ${NEW}: ns1.example.org (192.0.2.53) answers no record; ns2.example.org (198.51.100.53) answers no record`,
          code: coded('reason.ddns.drifted'),
        },
        resend: true,
      },
    ],
    [
      'settled, a second address beside ours: drifted',
      settled,
      seen(says(ns1, NEW, OLD), says(ns2, NEW)),
      0,
      {
        state: {
          state: 'updating',
          why: `drifted from ${NEW}: ns1.example.org (192.0.2.53) answers ${NEW}, ${OLD}`,
          code: coded('reason.ddns.drifted'),
        },
        resend: true,
      },
    ],
    [
      'settled, one silent, the rest in step: in step, naming the silent one, no resend',
      settled,
      seen(says(ns1, NEW), silent(ns2)),
      0,
      {
        state: {
          state: 'in-step',
          why: 'ns2.example.org (198.51.100.53): no answer in time',
          code: coded('reason.ddns.someSilent'),
        },
        resend: false,
      },
    ],
    [
      'settled, no server reachable, two not asked: failed, naming both',
      settled,
      { answers: [], notAsked: [ns6, ns3v6] },
      0,
      {
        state: {
          state: 'failed',
          why: 'no authoritative server can be reached from here (no route): ns1.example.org (2001:db8::53), ns2.example.org (2001:db8::54)',
          code: {
            code: 'reason.ddns.noRoute',
            values: { servers: 'ns1.example.org (2001:db8::53), ns2.example.org (2001:db8::54)' },
          },
        },
        resend: false,
      },
    ],
    [
      'settled, no server found at all: failed, saying none was found',
      settled,
      { answers: [], notAsked: [] },
      0,
      {
        state: {
          state: 'failed',
          why: 'no authoritative server can be reached from here (no route): none found',
          code: { code: 'reason.ddns.noRouteNone', values: {} },
        },
        resend: false,
      },
    ],
    [
      'sent, one behind at the limit exactly: still propagating',
      sent,
      seen(says(ns1, NEW), says(ns2, OLD)),
      1_000_000 + LIMIT,
      { state: { state: 'propagating', waitingFor: ['ns2.example.org'] }, resend: false },
    ],
    [
      'sent, two behind past the limit: failed, naming both',
      sent,
      seen(says(ns1, NEW), says(ns2, OLD), says(ns3, OLD)),
      1_000_000 + LIMIT + 1000,
      {
        state: {
          state: 'failed',
          why: `not in step 61 s after the update: ns2.example.org (198.51.100.53) answers ${OLD}; ns3.example.org (203.0.113.53) answers ${OLD}`,
          code: coded('reason.ddns.notInStep'),
        },
        resend: false,
      },
    ],
    [
      'settled, two silent, the rest in step: in step, naming both, one silent without a word',
      settled,
      seen(says(ns1, NEW), silent(ns2), { server: ns3, addresses: null }),
      0,
      {
        state: {
          state: 'in-step',
          why: 'ns2.example.org (198.51.100.53): no answer in time; ns3.example.org (203.0.113.53): no answer',
          code: coded('reason.ddns.someSilent'),
        },
        resend: false,
      },
    ],
    [
      'settled, one silent and one at another address: drifted, naming the one at another address',
      settled,
      seen(says(ns1, OLD), silent(ns2)),
      0,
      {
        state: {
          state: 'updating',
          why: `drifted from ${NEW}: ns1.example.org (192.0.2.53) answers ${OLD}`,
          code: coded('reason.ddns.drifted'),
        },
        resend: true,
      },
    ],
  ];
  it.each(rows)('%s', (_, phase, what, now, want) => {
    expect(recordState(phase, NEW, what, now, LIMIT)).toEqual(want);
  });
});

describe('inStep', () => {
  it.each<[string, Seen, boolean]>([
    ['every server asked answers the address', seen(says(ns1, NEW), says(ns2, NEW)), true],
    ['one answers another', seen(says(ns1, NEW), says(ns2, OLD)), false],
    // waitInStep stops on it: with no server asked, nothing is proven.
    ['no server asked (none reachable)', { answers: [], notAsked: [ns6] }, false],
  ])('%s', (_, what, want) => {
    expect(inStep(what, NEW)).toBe(want);
  });
});
