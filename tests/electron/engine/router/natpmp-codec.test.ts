/**
 * NAT-PMP bytes (RFC 6886) and the verdicts drawn from them, as tables: the request, answers
 * and announcements, result codes, the resend schedule, the epoch test, and which reported
 * WAN addresses count as an address at all.
 */
import { describe, expect, it } from 'vitest';

import {
  decodeNatPmpAnnouncement,
  decodeNatPmpAnswer,
  encodeExternalAddressRequest,
  epochContinues,
  natPmpResult,
  natPmpWait,
  type NatPmpAnswer,
} from '../../../../electron/engine/router/natpmp-codec';
import { judgeRouterAddress, type RouterErrorCode } from '../../../../electron/engine/router/types';
import type { Family } from '../../../../shared/types';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('NAT-PMP encoding', () => {
  it('asks for the external address in two bytes: version 0, opcode 0 (3.2)', () => {
    expect(encodeExternalAddressRequest()).toEqual(Buffer.from([0, 0]));
  });
});

describe('decodeNatPmpAnswer', () => {
  it.each<[string, string, NatPmpAnswer | null]>([
    [
      'success with an address',
      '00 80 0000 0000012c 5102458e',
      { opcode: 128, result: 0, epoch: 300, address: '81.2.69.142' },
    ],
    [
      'result 3 with 0.0.0.0 (miniupnpd, reserved WAN)',
      '00 80 0003 00000005 00000000',
      { opcode: 128, result: 3, epoch: 5, address: '0.0.0.0' },
    ],
    ['an 8-byte error answer (unsupported version)', '00 81 0001 00000009', { opcode: 129, result: 1, epoch: 9 }],
    ['too short', '00 80 0000 0000', null],
    ['a request, not an answer', '00 00 0000 00000000 00000000', null],
    ['another version (PCP)', '02 80 0001 00000000 00000000', null],
  ])('%s', (_label, bytes, expected) => {
    expect(decodeNatPmpAnswer(hex(bytes))).toEqual(expected);
  });
});

describe('decodeNatPmpAnnouncement (3.2.1)', () => {
  it.each<[string, string, { epoch: number; address: string } | null]>([
    ['an announcement', '00 80 0000 00000e10 5102458e', { epoch: 3600, address: '81.2.69.142' }],
    ['an error is no announcement', '00 80 0003 00000e10 00000000', null],
    ['a mapping answer is no announcement', '00 81 0000 00000e10 0016 0016 00001c20', null],
    ['8 bytes hold no address', '00 80 0000 00000e10', null],
  ])('%s', (_label, bytes, expected) => {
    expect(decodeNatPmpAnnouncement(hex(bytes))).toEqual(expected);
  });
});

describe('natPmpResult', () => {
  const answer = (result: number, address?: string): NatPmpAnswer => ({
    opcode: 128,
    result,
    epoch: 42,
    ...(address ? { address } : {}),
  });
  it.each<[string, NatPmpAnswer, RouterErrorCode | string]>([
    ['success with a public address', answer(0, '81.2.69.142'), '81.2.69.142'],
    ['success with a 100.64/10 address (a router behind CGNAT that tells)', answer(0, '100.64.3.4'), '100.64.3.4'],
    ['success with a private address (double NAT)', answer(0, '192.168.0.2'), '192.168.0.2'],
    ['success with 0.0.0.0', answer(0, '0.0.0.0'), 'no-address'],
    ['success with the broadcast address', answer(0, '255.255.255.255'), 'no-address'],
    ['success with a multicast address', answer(0, '224.0.0.1'), 'no-address'],
    ['success without an address', answer(0), 'malformed'],
    ['1 unsupported version', answer(1), 'unsupported'],
    ['2 not authorized or refused', answer(2), 'not-authorized'],
    ['3 network failure with 0.0.0.0', answer(3, '0.0.0.0'), 'no-address'],
    ['3 network failure, even with an address in it (ignored, 3.5)', answer(3, '81.2.69.142'), 'no-address'],
    ['4 out of resources', answer(4), 'router-error'],
    ['5 unsupported opcode', answer(5), 'unsupported'],
    ['an unknown result code', answer(77), 'router-error'],
  ])('%s', (_label, a, expected) => {
    const r = natPmpResult(a, '192.168.1.1');
    if (r.ok) {
      expect(r.value).toEqual({ protocol: 'natpmp', gateway: '192.168.1.1', address: expected, family: 4, epoch: 42 });
    } else {
      expect(r.error.code).toBe(expected);
      expect(r.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('natPmpWait (3.1)', () => {
  it('waits 250 ms, then twice as long after each resend, nine sends in all', () => {
    const waits = Array.from({ length: 10 }, (_, i) => natPmpWait(i + 1));
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 8000, 16000, 32000, null, null]);
  });
});

describe('epochContinues (RFC 6887 8.5)', () => {
  const at = (epoch: number, seconds: number) => ({ epoch, atMs: seconds * 1000 });
  it.each<[string, ReturnType<typeof at>, ReturnType<typeof at>, boolean]>([
    ['advancing with our clock', at(100, 0), at(160, 60), true],
    ['the same reading again', at(100, 0), at(100, 0), true],
    ['one second back (allowed)', at(100, 0), at(99, 0), true],
    ['more than one second back: restarted, or a new address', at(100, 0), at(5, 60), false],
    ['reset to 0 right after', at(100, 0), at(0, 1), false],
    ['running far slower than our clock', at(100, 0), at(110, 600), false],
    ['running far faster than our clock', at(100, 0), at(700, 60), false],
    ['within the 1/16 and 2 s slack', at(1000, 0), at(1062, 60), true],
  ])('%s', (_label, prev, curr, expected) => {
    expect(epochContinues(prev, curr)).toBe(expected);
  });
});

describe('judgeRouterAddress', () => {
  it.each<[string, string, Family, string | null]>([
    ['a public IPv4', '81.2.69.142', 4, '81.2.69.142'],
    ['100.64/10, the router is behind CGNAT', '100.64.0.9', 4, '100.64.0.9'],
    ['RFC 1918, the router is behind another NAT', '10.1.2.3', 4, '10.1.2.3'],
    ['DS-Lite B4 (192.0.0.2)', '192.0.0.2', 4, '192.0.0.2'],
    ['documentation block (lab and tests)', '203.0.113.5', 4, '203.0.113.5'],
    ['0.0.0.0', '0.0.0.0', 4, null],
    ['an empty SOAP answer', '', 4, null],
    ['loopback', '127.0.0.1', 4, null],
    ['link-local', '169.254.1.1', 4, null],
    ['multicast', '239.1.2.3', 4, null],
    ['limited broadcast', '255.255.255.255', 4, null],
    ['class E', '240.0.0.1', 4, null],
    ['not an address', 'unknown', 4, null],
    ['a public IPv6', '2a02:1::3', 6, '2a02:1::3'],
    ['a unique-local IPv6 (router behind NAT66)', 'fd00::5', 6, 'fd00::5'],
    ['::', '::', 6, null],
    ['IPv6 link-local', 'fe80::1', 6, null],
    ['IPv4 where IPv6 was asked', '81.2.69.142', 6, null],
  ])('%s', (_label, raw, family, expected) => {
    const j = judgeRouterAddress(raw, family);
    expect(j.ok ? j.address : null).toBe(expected);
    if (!j.ok) expect(j.message).not.toBe('');
  });
});
