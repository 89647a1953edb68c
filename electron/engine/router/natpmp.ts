/**
 * NAT-PMP (RFC 6886) as a RouterProtocol: opcode 0 "what is your external address?" to the
 * default gateway's port 5351, resent at 250 ms, 500 ms, 1 s... (3.1) until the deadline. IPv4
 * only: NAT-PMP has no IPv6 form (PCP is its successor for that).
 */
import { gatewayOrFailure } from './gateway';
import {
  decodeNatPmpAnswer,
  encodeExternalAddressRequest,
  isExternalAddressAnswer,
  NATPMP_PORT,
  natPmpResult,
  natPmpWait,
} from './natpmp-codec';
import { createTransport } from './natpmp-transport';
import type { FindGateway, RouterProtocol, RouterResult } from './types';

export interface NatPmpOptions {
  findGateway: FindGateway;
  /** The router's NAT-PMP port (5351); another only for a stand-in. */
  port?: number;
  /**
   * How long one question may take, ms (default 2000: sends at 0, 0.25, 0.75 and 1.75 s). A
   * router that speaks NAT-PMP answers in a few ms; one that does not is silent or refuses.
   */
  deadlineMs?: number;
}

export function createNatPmp(options: NatPmpOptions): RouterProtocol {
  const port = options.port ?? NATPMP_PORT;
  const deadlineMs = options.deadlineMs ?? 2000;
  const transport = createTransport();

  async function externalAddress(signal: AbortSignal): Promise<RouterResult> {
    const gw = await gatewayOrFailure(options.findGateway, 4, signal);
    if (!gw.ok) return gw;
    const gateway = gw.gateway;
    const out = await transport.exchange({
      gateway,
      port,
      label: 'NAT-PMP',
      build: encodeExternalAddressRequest,
      read: (msg) => readAnswer(msg),
      waitAfter: natPmpWait,
      deadlineMs,
      signal,
    });
    if (!out.ok) return out;
    if (out.value === 'pcp-only')
      return { ok: false, error: { code: 'unsupported', message: 'the router speaks PCP, not NAT-PMP' } };
    return natPmpResult(out.value, gateway.address);
  }

  return {
    name: 'natpmp',
    externalAddress,
    async close() {
      transport.close();
    },
  };
}

/**
 * The answer to our opcode 0, or 'pcp-only' for a PCP server that refuses version 0 in its own
 * layout (RFC 6887 9: UNSUPP_VERSION, version 2). Anything else is not the answer.
 */
function readAnswer(msg: Buffer) {
  if (msg.length >= 4 && msg[0] === 2 && msg[1] === 0x80 && msg[3] === 1) return 'pcp-only' as const;
  const answer = decodeNatPmpAnswer(msg);
  return answer && isExternalAddressAnswer(answer) ? answer : undefined;
}
