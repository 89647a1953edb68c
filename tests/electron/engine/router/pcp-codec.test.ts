/**
 * PCP bytes (RFC 6887) and the verdicts drawn from them, as tables: the MAP request in both
 * versions, answers, the unsolicited ANNOUNCE, result codes and the resend schedule.
 */
import { describe, expect, it } from 'vitest';

import {
  decodePcpAnnounce,
  decodePcpAnswer,
  encodeMapRequest,
  pcpResult,
  pcpWait,
  type PcpAnswer,
} from '../../../../electron/engine/router/pcp-codec';
import type { RouterErrorCode } from '../../../../electron/engine/router/types';
import type { Family } from '../../../../shared/types';

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');
const NONCE = hex('0102030405060708090a0b0c');
const V4_MAPPED = (tail: string) => `00000000000000000000ffff${tail}`;

describe('encodeMapRequest', () => {
  it('lays out a version 2 MAP as 11.1 does: header, nonce, protocol, ports, suggested address', () => {
    const msg = encodeMapRequest({
      version: 2,
      lifetime: 0,
      client: '192.168.1.20',
      nonce: NONCE,
      protocol: 17,
      internalPort: 9,
      family: 4,
    });
    expect(msg.toString('hex')).toBe(
      '02' +
        '01' +
        '0000' +
        '00000000' +
        V4_MAPPED('c0a80114') + // header: version, opcode MAP, lifetime, client
        '0102030405060708090a0b0c' +
        '11' +
        '000000' +
        '0009' +
        '0000' +
        V4_MAPPED('00000000'), // MAP body
    );
  });

  it('writes an IPv6 client and the all-zeros IPv6 suggestion, dropping a zone', () => {
    const msg = encodeMapRequest({
      version: 2,
      lifetime: 120,
      client: 'fe80::2%eth0',
      nonce: NONCE,
      protocol: 6,
      internalPort: 8080,
      family: 6,
    });
    expect(msg.length).toBe(60);
    expect(msg.readUInt32BE(4)).toBe(120);
    expect(msg.subarray(8, 24).toString('hex')).toBe('fe800000000000000000000000000002');
    expect(msg.subarray(44, 60).equals(Buffer.alloc(16))).toBe(true);
  });

  it('leaves the nonce out of a version 1 MAP (48 bytes)', () => {
    const msg = encodeMapRequest({
      version: 1,
      lifetime: 0,
      client: '10.0.0.2',
      nonce: NONCE,
      protocol: 17,
      internalPort: 9,
      family: 4,
    });
    expect(msg.toString('hex')).toBe(
      '01010000' + '00000000' + V4_MAPPED('0a000002') + '11000000' + '0009' + '0000' + V4_MAPPED('00000000'),
    );
  });
});

/** A MAP answer as miniupnpd builds it: the request's buffer with the header and fields rewritten. */
const mapAnswer = (result: number, address: string, version = 2) =>
  hex(
    `0${version} 81 00 ${result.toString(16).padStart(2, '0')} 0000001e 00000064 ${'00'.repeat(12)}` +
      (version === 2 ? NONCE.toString('hex') : '') +
      `11 000000 0009 0000 ${address}`,
  );

describe('decodePcpAnswer', () => {
  it.each<[string, Buffer, Partial<PcpAnswer> | null]>([
    [
      'a v2 MAP answer: NO_RESOURCES with the WAN address (miniupnpd, lifetime 0)',
      mapAnswer(8, V4_MAPPED('5102458e')),
      { version: 2, opcode: 1, result: 8, lifetime: 30, epoch: 100 },
    ],
    ['a v1 MAP answer', mapAnswer(0, V4_MAPPED('5102458e'), 1), { version: 1, opcode: 1, result: 0 }],
    ['a header-only UNSUPP_VERSION', hex(`02 81 00 01 00000000 00000007 ${'00'.repeat(12)}`), { result: 1 }],
    ['a request (R bit clear)', hex(`02 01 0000 00000000 ${'00'.repeat(16)}`), null],
    ['a NAT-PMP answer (version 0)', hex(`00 81 0001 00000007 ${'00'.repeat(16)}`), null],
    ['too short', hex('02 81 00 00 00000000'), null],
    ['too long', Buffer.concat([hex('02810000'), Buffer.alloc(1100)]), null],
  ])('%s', (_label, msg, expected) => {
    const a = decodePcpAnswer(msg);
    if (expected === null) expect(a).toBeNull();
    else expect(a).toMatchObject(expected);
  });

  it('reads the MAP body: nonce, protocol, ports, and an IPv4-mapped address as IPv4', () => {
    expect(decodePcpAnswer(mapAnswer(8, V4_MAPPED('64400007')))?.map).toEqual({
      nonce: NONCE,
      protocol: 17,
      internalPort: 9,
      externalPort: 0,
      address: '100.64.0.7',
    });
    expect(decodePcpAnswer(mapAnswer(0, '2a020001000000000000000000000003'))?.map?.address).toBe('2a02:1::3');
    expect(decodePcpAnswer(mapAnswer(0, V4_MAPPED('5102458e'), 1))?.map).not.toHaveProperty('nonce');
  });
});

describe('decodePcpAnnounce (14.1.3)', () => {
  it.each<[string, string, { epoch: number } | null]>([
    ['an unsolicited ANNOUNCE', `02 80 00 00 00000000 00000000 ${'00'.repeat(12)}`, { epoch: 0 }],
    ['an ANNOUNCE with a running epoch', `02 80 00 00 00000000 0000012c ${'00'.repeat(12)}`, { epoch: 300 }],
    ['an ANNOUNCE request, not an answer', `02 00 00 00 00000000 ${'00'.repeat(16)}`, null],
    ['an error answer', `02 80 00 07 0000001e 00000000 ${'00'.repeat(12)}`, null],
    ['a MAP answer', `02 81 00 00 00000000 00000000 ${'00'.repeat(12)}`, null],
  ])('%s', (_label, bytes, expected) => {
    expect(decodePcpAnnounce(hex(bytes))).toEqual(expected);
  });
});

describe('pcpResult', () => {
  const answer = (result: number, address?: string, version = 2): PcpAnswer => ({
    version,
    opcode: 1,
    result,
    lifetime: 0,
    epoch: 77,
    ...(address ? { map: { protocol: 17, internalPort: 9, externalPort: 0, address } } : {}),
  });
  it.each<[string, PcpAnswer, Family, RouterErrorCode | string]>([
    ['SUCCESS with the address', answer(0, '81.2.69.142'), 4, '81.2.69.142'],
    ['NO_RESOURCES with the address (miniupnpd, nothing to delete)', answer(8, '81.2.69.142'), 4, '81.2.69.142'],
    ['NO_RESOURCES with a 100.64/10 WAN (the lab)', answer(8, '100.64.0.7'), 4, '100.64.0.7'],
    ['an IPv6 answer', answer(0, '2a02:1::3'), 6, '2a02:1::3'],
    ['SUCCESS echoing our zeros (a strict RFC delete)', answer(0, '0.0.0.0'), 4, 'no-address'],
    ['an IPv4 address where IPv6 was asked', answer(0, '81.2.69.142'), 6, 'no-address'],
    ['UNSUPP_VERSION', answer(1), 4, 'unsupported'],
    ['NOT_AUTHORIZED with zeros', answer(2, '0.0.0.0'), 4, 'not-authorized'],
    ['MALFORMED_REQUEST', answer(3), 4, 'router-error'],
    ['UNSUPP_OPCODE', answer(4), 4, 'unsupported'],
    ['UNSUPP_PROTOCOL', answer(9), 4, 'unsupported'],
    ['NETWORK_FAILURE: the WAN is down', answer(7, '0.0.0.0'), 4, 'no-address'],
    ['NO_RESOURCES without an address', answer(8, '0.0.0.0'), 4, 'router-error'],
    ['ADDRESS_MISMATCH: a NAT in between', answer(12), 4, 'router-error'],
    ['an unknown result code', answer(99), 4, 'router-error'],
  ])('%s', (_label, a, family, expected) => {
    const r = pcpResult(a, '192.168.1.1', family);
    if (r.ok) {
      expect(r.value).toEqual({ protocol: 'pcp', gateway: '192.168.1.1', address: expected, family, epoch: 77 });
    } else {
      expect(r.error.code).toBe(expected);
      expect(r.error.message).toMatch(/PCP/);
    }
  });
});

describe('pcpWait (8.1.1)', () => {
  it.each<[string, number | undefined, number, number]>([
    ['first wait, no jitter: IRT 3 s', undefined, 0, 3000],
    ['first wait, -10%', undefined, -0.1, 2700],
    ['first wait, +10%', undefined, 0.1, 3300],
    ['jitter beyond 10% is clamped', undefined, 0.5, 3300],
    ['doubles the previous wait', 3000, 0, 6000],
    ['doubles then jitters', 6000, 0.05, 12600],
    ['never above MRT 1024 s (+10%)', 900_000, 0.1, 1_126_400],
  ])('%s', (_label, previous, rand, expected) => {
    expect(pcpWait(previous, rand)).toBe(expected);
  });
});
