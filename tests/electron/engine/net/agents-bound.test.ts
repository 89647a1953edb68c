/**
 * The Agents kept per local address (issue 76, net/agents.ts) are bounded: one per address and
 * scheme, reused for every request from it, and at most MAX_BOUND addresses kept, the oldest let go
 * first (an IPv6 address may move with each new prefix); a network change lets them all go.
 */
import { describe, expect, it } from 'vitest';

import { createAgents, MAX_BOUND } from '../../../../electron/engine/net/agents';

const target = new URL('http://127.0.0.1:9/');
const from = (i: number) => `127.0.1.${i}`;

describe('the Agents of chosen local addresses', () => {
  it('one per address, reused, at most MAX_BOUND kept', async () => {
    const agents = createAgents();
    const first = await agents.agentFor(target, 4, undefined, from(0));
    expect(await agents.agentFor(target, 4, undefined, from(0))).toBe(first);
    expect(await agents.agentFor(target, 4, undefined, from(1))).not.toBe(first);
    const kept = [];
    for (let i = 1; i < MAX_BOUND; i++) kept.push(await agents.agentFor(target, 4, undefined, from(i)));
    // MAX_BOUND addresses so far: all kept.
    expect(await agents.agentFor(target, 4, undefined, from(0))).toBe(first);
    // One more: the oldest (from(0)) is let go, the others stay.
    await agents.agentFor(target, 4, undefined, from(MAX_BOUND));
    expect(await agents.agentFor(target, 4, undefined, from(MAX_BOUND - 1))).toBe(kept.at(-1));
    const again = await agents.agentFor(target, 4, undefined, from(0));
    expect(again).not.toBe(first);
    // The system's choice has its own Agent, never bounded away.
    const system = await agents.agentFor(target, 4, undefined);
    for (let i = 0; i < 2 * MAX_BOUND; i++) await agents.agentFor(target, 4, undefined, from(100 + i));
    expect(await agents.agentFor(target, 4, undefined)).toBe(system);
    await agents.destroy();
  });
});
