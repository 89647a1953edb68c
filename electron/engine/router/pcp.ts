/**
 * PCP (RFC 6887) as a RouterProtocol. PCP has no "external address" opcode; the RFC's own way
 * (11.6, "Learning the External IP Address Alone") is a short-lived MAP, but that creates a real
 * port mapping on the router every time we ask. We send the same MAP with lifetime 0, a delete
 * of a mapping that does not exist (UDP, the Discard port 9 that 11.6 names, a fresh nonce so no
 * other client's mapping can match): nothing is created, and miniupnpd still answers with its
 * WAN address (pcpserver.c fills it before looking for the mapping; the lab saw NO_RESOURCES
 * with the address, even for a 100.64/10 WAN). A server that answers the delete without an
 * address gives 'no-address'.
 *
 * Version negotiation (9): we speak 2; a server that answers UNSUPP_VERSION naming version 1 (a
 * pre-RFC PCP) is asked again in version 1; a NAT-PMP-only router answers in NAT-PMP's layout
 * (version 0, result 1) and is reported as 'unsupported'.
 */
import { randomBytes } from 'node:crypto';

import type { Family } from '../../../shared/types';
import { gatewayOrFailure } from './gateway';
import { decodeNatPmpAnswer, NATPMP_PORT } from './natpmp-codec';
import { createTransport } from './natpmp-transport';
import { decodePcpAnswer, encodeMapRequest, OP_MAP, pcpResult, pcpWait, type PcpAnswer } from './pcp-codec';
import type { FindGateway, Gateway, RouterProtocol, RouterResult } from './types';

export interface PcpOptions {
  findGateway: FindGateway;
  /** The address family to ask about (default 4). */
  family?: Family;
  /** The router's PCP port (5351, shared with NAT-PMP); another only for a stand-in. */
  port?: number;
  /**
   * How long one question may take, ms (default 3500). RFC 6887 8.1.1 waits 3 s before the first
   * resend, so the default allows one; a PCP router answers in a few ms.
   */
  deadlineMs?: number;
  /** Uniform in [0, 1), for the resend jitter (default Math.random). */
  random?: () => number;
}

const DISCARD_PORT = 9;
const UDP = 17;

type Read = PcpAnswer | 'natpmp-only';

export function createPcp(options: PcpOptions): RouterProtocol {
  const family = options.family ?? 4;
  const port = options.port ?? NATPMP_PORT;
  const deadlineMs = options.deadlineMs ?? 3500;
  const random = options.random ?? Math.random;
  const transport = createTransport();

  function ask(gateway: Gateway, version: 1 | 2, signal: AbortSignal) {
    const nonce = randomBytes(12);
    let previous: number | undefined;
    return transport.exchange<Read>({
      gateway,
      port,
      label: 'PCP',
      build: (client) =>
        encodeMapRequest({ version, lifetime: 0, client, nonce, protocol: UDP, internalPort: DISCARD_PORT, family }),
      read: (msg) => readAnswer(msg, version === 2 ? nonce : undefined),
      waitAfter: (sent) => {
        if (sent === 1) previous = undefined;
        previous = pcpWait(previous, random() * 0.2 - 0.1);
        return previous;
      },
      deadlineMs,
      signal,
    });
  }

  async function externalAddress(signal: AbortSignal): Promise<RouterResult> {
    const gw = await gatewayOrFailure(options.findGateway, family, signal);
    if (!gw.ok) return gw;
    let out = await ask(gw.gateway, 2, signal);
    if (out.ok && out.value !== 'natpmp-only' && out.value.result === 1 && out.value.version === 1)
      out = await ask(gw.gateway, 1, signal);
    if (!out.ok) return out;
    if (out.value === 'natpmp-only')
      return { ok: false, error: { code: 'unsupported', message: 'the router speaks NAT-PMP, not PCP' } };
    return pcpResult(out.value, gw.gateway.address, family);
  }

  return {
    name: 'pcp',
    externalAddress,
    async close() {
      transport.close();
    },
  };
}

/**
 * Our answer: a MAP answer carrying our nonce back, or one too short to carry any (an error
 * answer may stop after the header, 7.2), or a NAT-PMP "unsupported version". Anything else,
 * a stray ANNOUNCE included, is not the answer.
 */
function readAnswer(msg: Buffer, nonce: Buffer | undefined): Read | undefined {
  if (msg[0] === 0) {
    const natpmp = decodeNatPmpAnswer(msg);
    return natpmp?.result === 1 ? 'natpmp-only' : undefined;
  }
  const answer = decodePcpAnswer(msg);
  if (!answer) return undefined;
  if (answer.result === 1) return answer;
  if (answer.opcode !== OP_MAP) return undefined;
  if (!answer.map) return answer.result === 0 ? undefined : answer;
  if (nonce && answer.map.nonce && !answer.map.nonce.equals(nonce)) return undefined;
  return answer;
}
