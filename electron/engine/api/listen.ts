/**
 * How the API server meets the network. Loopback only, or with `lan` every interface; on the
 * LAN over HTTPS. One port speaks both: the first byte of a connection tells a TLS handshake
 * (0x16) from plain HTTP, as httpolyglot does, so loopback keeps plain HTTP (the CLI, the
 * container's health check, scripts on the host) while another machine gets plain HTTP only
 * with `api.allowPlainHttp`; without it, one short text saying where HTTPS is, and no data.
 */
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';

import type { FastifyInstance, FastifyServerFactory } from 'fastify';

import type { TlsPair } from '../tls';
import { loopbackAddress } from './access/guards';
import { connectionBounds, httpServerOptions, IDLE_TIMEOUT_MS } from './limits/connection-bounds';

/** A connection that says nothing within this long is closed before it reaches either server. */
const FIRST_BYTE_MS = 10_000;
/** A TLS record starts with its content type; 22 is a handshake. */
const TLS_HANDSHAKE = 0x16;

/** What the HTTPS server is given, at start and at each reload of the pair. */
export const secureOptions = (pair: TlsPair) => ({ ...pair, minVersion: 'TLSv1.2' as const });

/**
 * Fastify's server for a LAN with TLS: an https.Server whose connections are sorted by their first
 * byte; plain ones go to a twin http.Server with the same handler when `plainAllowed` says so.
 * `served` is told each certificate the server takes (a reload of the pair: setSecureContext), so
 * the door's Host check follows the names the certificate served now holds. Both servers take the
 * request and idle timeouts of `bounds` (connection-bounds.ts).
 */
export function dualServerFactory(
  pair: TlsPair,
  plainFromLan: boolean,
  served: (cert: string) => void = () => undefined,
  bounds = connectionBounds(),
): FastifyServerFactory {
  return (handler) => {
    const timeouts = httpServerOptions(bounds);
    const secure = https.createServer({ ...secureOptions(pair), ...timeouts }, handler);
    const setContext = secure.setSecureContext.bind(secure);
    secure.setSecureContext = (options) => {
      setContext(options); // throws on a pair TLS refuses: the old one, and its names, stay
      if (options.cert !== undefined) served(pemText(options.cert));
    };
    const plain = http.createServer(timeouts, handler);
    for (const server of [secure, plain]) server.setTimeout(IDLE_TIMEOUT_MS);
    const handshake = secure.listeners('connection') as ((s: Socket) => void)[];
    secure.removeAllListeners('connection');
    // Connections not yet sorted: neither server knows them, so a stop ends them here.
    const unsorted = new Set<Socket>();
    secure.on('connection', (socket: Socket) => {
      unsorted.add(socket);
      socket.once('close', () => unsorted.delete(socket));
      firstBytes(socket, (chunk) => {
        unsorted.delete(socket);
        if (chunk[0] === TLS_HANDSHAKE) {
          socket.unshift(chunk);
          for (const l of handshake) l.call(secure, socket);
        } else if (plainFromLan || loopbackAddress(socket.remoteAddress)) {
          plain.emit('connection', socket);
          socket.emit('data', chunk);
          socket.resume();
        } else refusePlain(socket, chunk);
      });
    });
    // The twin never listens itself, but Node's http.Server starts keeping its connections (for
    // closeAllConnections and the headers timeout) at its 'listening' event: it gets the secure
    // server's, and its close() stops that bookkeeping again.
    secure.on('listening', () => plain.emit('listening'));
    secure.on('close', () => plain.close(() => undefined));
    // Fastify ends the connections of the server it was given (forceCloseConnections) and waits
    // for them all; the twin's and the unsorted ones are that server's connections too.
    const closeAll = secure.closeAllConnections.bind(secure);
    secure.closeAllConnections = () => {
      closeAll();
      plain.closeAllConnections();
      for (const s of unsorted) s.destroy();
    };
    const closeIdle = secure.closeIdleConnections.bind(secure);
    secure.closeIdleConnections = () => {
      closeIdle();
      plain.closeIdleConnections();
    };
    return secure;
  };
}

/** The leaf's PEM of a certificate option as Node's TLS takes it (one, or a list whose first is the leaf). */
const pemText = (cert: string | Buffer | (string | Buffer)[]): string =>
  (Array.isArray(cert) ? (cert[0] ?? '') : cert).toString();

/**
 * Calls `route` with the connection's first bytes, which are then given back to the socket. TLS
 * reads them back from the socket's buffer; Node's HTTP server reads the socket's handle directly
 * (parser.consume) and would never see them there, so the plain route replays them itself.
 */
function firstBytes(socket: Socket, route: (chunk: Buffer) => void): void {
  const drop = () => socket.destroy();
  socket.on('error', drop);
  socket.setTimeout(FIRST_BYTE_MS, drop);
  socket.once('data', (chunk: Buffer) => {
    socket.pause();
    socket.setTimeout(0);
    socket.off('error', drop);
    route(chunk);
  });
}

/** Plain HTTP from another machine, not allowed: where HTTPS is, and nothing else. */
function refusePlain(socket: Socket, chunk: Buffer): void {
  const host = /\r\nhost:\s*([a-z0-9.:[\]-]{1,300})\r\n/i.exec(chunk.toString('latin1'))?.[1];
  const body = `This dashboard answers plain HTTP on this machine only. Open ${host ? `https://${host}/` : 'it with https://'} (api.allowPlainHttp changes this).\n`;
  socket.end(
    `HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  socket.on('error', () => socket.destroy());
}

/** Binds loopback, or every interface with `lan`; resolves with the address. */
export async function listen(app: FastifyInstance, settings: { port: number; lan: boolean }, secure: boolean) {
  let host = settings.lan ? '::' : '127.0.0.1';
  try {
    await app.listen({ host, port: settings.port });
  } catch (err) {
    // A machine without IPv6 cannot bind '::'; every IPv4 interface is what LAN means there.
    const code = (err as NodeJS.ErrnoException).code;
    if (host !== '::' || (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL')) throw err;
    host = '0.0.0.0';
    await app.listen({ host, port: settings.port });
  }
  const port = (app.server.address() as { port: number }).port;
  const shown = settings.lan ? 'localhost' : host;
  return { url: `${secure ? 'https' : 'http'}://${shown}:${port}`, host, port };
}
