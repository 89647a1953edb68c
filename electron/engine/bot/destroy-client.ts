/**
 * Destroying a discord.js client, including a gateway connection still in its handshake.
 *
 * @discordjs/ws (1.2.3, WebSocketShard.destroy) closes a shard's connection only when it is
 * open; one still connecting is left running with discord.js's error handler taken off
 * (`onerror = null`). When the handshake then fails (a reset, Discord's 503, the 30 s handshake
 * timeout) the WebSocket emits 'error' with no listener, which throws out of the event loop and
 * ends the process (an uncaught `read ECONNRESET`); when it succeeds, a gateway session stays
 * open that nothing reads. The bot is stopped and restarted on settings edits and token
 * failures, at any moment of a reconnect, so here such a connection gets a listener that
 * ignores its errors (it is being thrown away: they say nothing) and is ended.
 *
 * The shards are reached through discord.js's internals (client.ws._ws.strategy.shards, each
 * with its `connection`), which no public API exposes; when they are not there (another version
 * or sharding strategy), this is client.destroy() alone.
 */
import type { Client } from 'discord.js';

/** The part of a `ws` WebSocket used here. */
interface GatewaySocket {
  readyState: number;
  on(event: 'error', listener: () => void): unknown;
  terminate(): void;
}

/** ws's WebSocket.CONNECTING: the opening handshake is under way. */
const CONNECTING = 0;

const ignore = () => undefined;

function gatewaySockets(client: Client): GatewaySocket[] {
  const manager = (client.ws as unknown as { _ws?: { strategy?: { shards?: unknown } } | null })._ws;
  const shards = manager?.strategy?.shards;
  if (!(shards instanceof Map)) return [];
  return [...(shards.values() as Iterable<{ connection?: GatewaySocket | null }>)]
    .map((shard) => shard.connection)
    .filter((c): c is GatewaySocket => typeof c?.terminate === 'function');
}

export async function destroyClient(client: Client): Promise<void> {
  // Before destroy(), which takes discord.js's own handler off while the handshake may still fail.
  const sockets = gatewaySockets(client);
  for (const s of sockets) s.on('error', ignore);
  try {
    await client.destroy();
  } finally {
    for (const s of sockets) if (s.readyState === CONNECTING) s.terminate();
  }
}
