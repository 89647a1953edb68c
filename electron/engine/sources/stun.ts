/**
 * STUN sources (RFC 5389 Binding): the server answers with the address and port it saw the
 * request come from. One UDP round trip over the forced family, like DNS.
 */
import { randomBytes } from 'node:crypto';

import ipaddr from 'ipaddr.js';

import type { Family } from '../../../shared/types';
import { parseHostPort } from './parsers';
import { SourceError, type IpSource, type SourceDeps } from './types';

export interface StunSourceSpec {
  kind: 'stun';
  id: string;
  provider: string;
  family: Family;
  /** `host:port` or `[v6]:port`. */
  server: string;
}

export const STUN_MAGIC_COOKIE = 0x2112a442;
const HEADER_BYTES = 20;
const BINDING_REQUEST = 0x0001;
const BINDING_SUCCESS = 0x0101;
const BINDING_ERROR = 0x0111;
const ATTR_MAPPED_ADDRESS = 0x0001;
const ATTR_ERROR_CODE = 0x0009;
const ATTR_XOR_MAPPED_ADDRESS = 0x0020;

export function createStunSource(spec: StunSourceSpec, deps: SourceDeps): IpSource {
  const { host, port } = parseHostPort(spec.server);

  async function query(signal: AbortSignal): Promise<string> {
    // 96 random bits: the only thing tying the reply to this request over UDP.
    const txid = randomBytes(12);
    const request = Buffer.alloc(HEADER_BYTES);
    request.writeUInt16BE(BINDING_REQUEST, 0);
    request.writeUInt16BE(0, 2);
    request.writeUInt32BE(STUN_MAGIC_COOKIE, 4);
    txid.copy(request, 8);
    const reply = await deps.net.udp.exchange({
      host,
      port,
      family: spec.family,
      payload: request,
      signal,
      accept: (msg) =>
        msg.length >= HEADER_BYTES && msg.readUInt32BE(4) === STUN_MAGIC_COOKIE && msg.subarray(8, 20).equals(txid),
    });
    return mappedAddress(reply, txid);
  }

  return { id: spec.id, provider: spec.provider, kind: 'stun', family: spec.family, cost: 1, query };
}

/** The address of a Binding Success Response: XOR-MAPPED-ADDRESS, else the legacy MAPPED-ADDRESS. */
function mappedAddress(msg: Buffer, txid: Buffer): string {
  const type = msg.readUInt16BE(0);
  const attrs = attributes(msg);
  if (type === BINDING_ERROR)
    throw new SourceError('parse', `STUN error response${errorText(attrs.get(ATTR_ERROR_CODE))}`);
  if (type !== BINDING_SUCCESS) throw new SourceError('network', `unexpected STUN message type 0x${type.toString(16)}`);
  const xored = attrs.get(ATTR_XOR_MAPPED_ADDRESS);
  if (xored) return decodeAddress(xored, Buffer.concat([msg.subarray(4, 8), txid]));
  const plain = attrs.get(ATTR_MAPPED_ADDRESS);
  if (plain) return decodeAddress(plain, null);
  throw new SourceError('parse', 'STUN reply without a mapped address');
}

/** Attribute type -> value (first occurrence), checking every length against the message. */
function attributes(msg: Buffer): Map<number, Buffer> {
  const length = msg.readUInt16BE(2);
  const end = HEADER_BYTES + length;
  if (end > msg.length || length % 4 !== 0) throw new SourceError('network', 'malformed STUN reply: bad length');
  const attrs = new Map<number, Buffer>();
  let offset = HEADER_BYTES;
  while (offset + 4 <= end) {
    const type = msg.readUInt16BE(offset);
    const size = msg.readUInt16BE(offset + 2);
    if (offset + 4 + size > end)
      throw new SourceError('network', 'malformed STUN reply: attribute overruns the message');
    if (!attrs.has(type)) attrs.set(type, msg.subarray(offset + 4, offset + 4 + size));
    // Values are padded to a multiple of 4 bytes.
    offset += 4 + Math.ceil(size / 4) * 4;
  }
  return attrs;
}

/**
 * (XOR-)MAPPED-ADDRESS value: reserved byte, family (1 = IPv4, 2 = IPv6), port, address.
 * `xorKey` is the magic cookie followed by the transaction id; IPv4 uses its first 4 bytes.
 */
function decodeAddress(value: Buffer, xorKey: Buffer | null): string {
  const family = value.length >= 4 ? value.readUInt8(1) : 0;
  const size = family === 1 ? 4 : family === 2 ? 16 : 0;
  if (size === 0 || value.length < 4 + size) throw new SourceError('network', 'malformed STUN address attribute');
  const bytes = [...value.subarray(4, 4 + size)].map((b, i) => (xorKey ? b ^ (xorKey[i] ?? 0) : b));
  return ipaddr.fromByteArray(bytes).toString();
}

function errorText(value: Buffer | undefined): string {
  if (!value || value.length < 4) return '';
  const code = (value.readUInt8(2) & 0x7) * 100 + value.readUInt8(3);
  return ` ${code} ${value.subarray(4).toString('utf8')}`.trimEnd();
}
