/**
 * The API's word weighed against the servers' (electron/engine/ddns/record-look.ts withApiAnswer):
 * its truth table. A proxied Cloudflare record's servers answer the edge, so the API is believed.
 */
import { describe, expect, it } from 'vitest';

import { type ApiAnswer, type Judged, withApiAnswer } from '../../../../electron/engine/ddns/record-look';

const WANT = '198.51.100.7';
const ns6 = { name: 'ns1.example.org', address: '2001:db8::53' };
const drifted: Judged = {
  state: { state: 'updating', why: `drifted from ${WANT}: ns1.example.org (192.0.2.53) answers 104.16.132.229` },
  resend: true,
  notAsked: [ns6],
};
const propagating: Judged = {
  state: { state: 'propagating', waitingFor: ['ns1.example.org'] },
  resend: false,
  notAsked: [],
};

describe('withApiAnswer', () => {
  it.each<[string, Judged, ApiAnswer, Judged]>([
    ['not asked: the servers', drifted, null, drifted],
    ['could not read: the servers', drifted, { kind: 'retry', reason: 'HTTP 503' }, drifted],
    ['refused: the servers', propagating, { kind: 'stop', reason: 'HTTP 403' }, propagating],
    [
      'holds it, proxied: in step, said so',
      drifted,
      { kind: 'unchanged', detail: `proxied by Cloudflare; the record holds ${WANT}`, proxied: true },
      {
        state: { state: 'in-step', why: `proxied by Cloudflare; the record holds ${WANT}` },
        resend: false,
        notAsked: [],
      },
    ],
    [
      'holds it, not proxied, servers drifted: failed, not sent again',
      drifted,
      { kind: 'unchanged', detail: 'holds it', proxied: false },
      {
        state: {
          state: 'failed',
          why: `the provider holds ${WANT} but its servers do not: ns1.example.org (192.0.2.53) answers 104.16.132.229`,
        },
        resend: false,
        notAsked: [ns6],
      },
    ],
    [
      'holds it, not proxied, propagating: the servers',
      propagating,
      { kind: 'unchanged', detail: 'holds it' },
      propagating,
    ],
    [
      'holds another address: drifted, sent again',
      propagating,
      { kind: 'differs', detail: 'Cloudflare home.example.org A holds 203.0.113.9', proxied: true },
      {
        state: { state: 'updating', why: `drifted from ${WANT}: Cloudflare home.example.org A holds 203.0.113.9` },
        resend: true,
        notAsked: [],
      },
    ],
  ])('%s', (_, servers, api, want) => {
    expect(withApiAnswer(servers, WANT, api)).toEqual(want);
  });
});
