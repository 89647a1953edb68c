/**
 * The bot's gateway connection through the egress gate (issue 63). discord.js asks GET
 * /gateway/bot (through the gated REST, rest-request.ts), then @discordjs/ws opens a `ws`
 * WebSocket to the URL that answer names, or, to resume, to the READY's resume_gateway_url:
 * WebSocketShard.internalConnect (@discordjs/ws 1.2.3) builds
 * `${session?.resumeURL ?? gatewayInformation.url}?v=…` and hands it to `new WebSocket()`, with
 * no agent or connect function a caller could give. So each shard's internalConnect is wrapped:
 * it reads that same URL from the same session and answer, asks the gate for its host and port,
 * and only then lets the shard connect. Every connect passes here: the login's, a reconnect's and
 * a resume's.
 *
 * A refusal (or an address that cannot be read) is the shard's 'error' event. During the login it
 * rejects client.login(): WebSocketShard.connect waits with events.once, which rejects on 'error'.
 * Later, discord.js says it as shardError, which the bot turns into a retry (client.ts).
 *
 * internalConnect is private to @discordjs/ws's types and the shards to its SimpleShardingStrategy:
 * they are reached as destroy-client.ts reaches them. When they are not there (another version),
 * the login fails with words instead of connecting ungated.
 */
import type { WebSocketOptions } from 'discord.js';

import { readUrl } from '../../../shared/settings/destination-url';
import type { EgressGate, Passage } from '../net/egress-gate';
import type { EgressAsk } from '../net/egress-match';

type Listener = (payload: { error?: unknown; code?: number }) => void;

/** The parts of an @discordjs/ws WebSocketShard used here. */
interface ShardInside {
  readonly id: number;
  readonly status: number;
  strategy?: {
    options: { gatewayInformation: { url: string } };
    retrieveSessionInfo(id: number): unknown;
  };
  internalConnect(): Promise<void>;
  emit(event: 'error', payload: { error: unknown }): unknown;
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
}

/** WebSocketShardStatus.Idle: a shard not connected nor connecting. */
const IDLE = 0;

export class GatewayClosedError extends Error {
  readonly code = 'EGATEWAYCLOSED';
  constructor(code: number | undefined) {
    super(`the gateway connection closed (code ${code ?? 'none'}) before Discord said hello`);
    this.name = 'GatewayClosedError';
  }
}

/** Where a gateway URL connects: its host and port, read once as every client of the house reads one. */
export function gatewayAsk(url: string): EgressAsk {
  const read = readUrl(url);
  if (!read.ok) throw new Error(`Discord named a gateway address that cannot be read: ${read.problem}`);
  return { host: read.url.hostname, port: read.url.port, protocol: 'tcp' };
}

/** Ends the passage when Discord says hello on it, or with the failure when it errs or closes before. */
function endOnHello(shard: ShardInside, passage: Passage): void {
  const finish = (err?: unknown) => {
    shard.off('hello', hello);
    shard.off('error', failed);
    shard.off('closed', closed);
    passage.end(err);
  };
  const hello: Listener = () => finish();
  const failed: Listener = (p) => finish(p.error);
  const closed: Listener = (p) => finish(new GatewayClosedError(p.code));
  shard.on('hello', hello);
  shard.on('error', failed);
  shard.on('closed', closed);
}

function gateShard(shard: ShardInside, gate: EgressGate): void {
  const strategy = shard.strategy;
  if (typeof shard.internalConnect !== 'function' || typeof strategy?.retrieveSessionInfo !== 'function')
    throw new Error('this version of discord.js opens its gateway where the egress gate cannot see it');
  const connect = shard.internalConnect.bind(shard);
  shard.internalConnect = async () => {
    // A shard already connecting is refused by internalConnect itself, before any socket.
    if (shard.status !== IDLE) return connect();
    const session = (await strategy.retrieveSessionInfo(shard.id)) as { resumeURL?: string } | null;
    let passage: Passage;
    try {
      const ask = gatewayAsk(session?.resumeURL ?? strategy.options.gatewayInformation.url);
      passage = gate.open(ask);
      // Each connect is a new WebSocket whose socket asks the system's resolver for the host:
      // `ws` is given no lookup of ours (no options reach it), so the name is recorded here.
      gate.lookup(ask.host);
    } catch (error) {
      shard.emit('error', { error });
      return;
    }
    endOnHello(shard, passage);
    return connect();
  };
}

/**
 * discord.js's `ws.buildStrategy`: its own SimpleShardingStrategy, each shard it spawns asking
 * `gate` before every connect.
 */
export function gatedStrategy(
  djs: Pick<typeof import('discord.js'), 'SimpleShardingStrategy'>,
  gate: EgressGate,
): NonNullable<WebSocketOptions['buildStrategy']> {
  return (manager) => {
    const strategy = new djs.SimpleShardingStrategy(manager);
    const shards = (strategy as unknown as { shards?: unknown }).shards;
    if (!(shards instanceof Map))
      throw new Error('this version of discord.js keeps its gateway shards where the egress gate cannot see them');
    const gated = new WeakSet<object>();
    const spawn = strategy.spawn.bind(strategy);
    strategy.spawn = async (ids) => {
      await spawn(ids);
      for (const shard of shards.values() as Iterable<ShardInside>)
        if (!gated.has(shard)) {
          gateShard(shard, gate);
          gated.add(shard);
        }
    };
    return strategy;
  };
}
