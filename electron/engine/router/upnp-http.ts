/**
 * The HTTP a UPnP-IGD client sends to its router: GET of the description, POST of SOAP, and
 * GENA's SUBSCRIBE and UNSUBSCRIBE, which the engine's HTTP client (GET only, for public
 * sources) does not do. node:http, one connection per request (miniupnpd closes each one after
 * its answer), from the LAN-side address when given (miniupnpd checks a GENA callback against the
 * address the SUBSCRIBE came from), with the body capped.
 */
import { request, type IncomingHttpHeaders } from 'node:http';

import { deadline } from '../net/deadline';
import { processGate } from '../net/egress-gate';
import { toRouterFailure, UpnpError } from './upnp-errors';

export interface UpnpHttpRequest {
  url: URL;
  method: 'GET' | 'POST' | 'SUBSCRIBE' | 'UNSUBSCRIBE';
  headers?: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** A longer answer is an error ('malformed'): no router document is that large. */
  maxBytes: number;
  localAddress?: string;
}

export interface UpnpHttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export async function upnpRequest(req: UpnpHttpRequest): Promise<UpnpHttpResponse> {
  // The router that answered the SSDP search, at the address and port its description names.
  const host = req.url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(req.url.port) || 80;
  const passage = processGate.open({ host, port, protocol: 'tcp', as: 'local-router' });
  try {
    const answer = await send(req);
    passage.end();
    return answer;
  } catch (err) {
    passage.end(err);
    throw err;
  }
}

function send(req: UpnpHttpRequest): Promise<UpnpHttpResponse> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
    const sent = request(
      req.url,
      {
        method: req.method,
        agent: false,
        signal: req.signal,
        ...(req.localAddress ? { localAddress: req.localAddress } : {}),
        headers: {
          ...req.headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
          connection: 'close',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > req.maxBytes) {
            res.destroy();
            reject(new UpnpError('malformed', `the router's answer to ${req.method} is over ${req.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
        // A connection cut mid-answer (or an abort then) may end the stream without 'end' or 'error'.
        res.on('close', () => {
          if (!res.complete)
            reject(new UpnpError('network', `the router closed the connection mid-answer to ${req.method}`));
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/**
 * upnpRequest bounded by `timeoutMs` as well as by the caller's signal; any failure becomes an
 * UpnpError whose message starts with `what` (the step: "the device description", "SUBSCRIBE").
 */
export async function upnpExchange(
  req: Omit<UpnpHttpRequest, 'signal'>,
  signal: AbortSignal,
  timeoutMs: number,
  what: string,
): Promise<UpnpHttpResponse> {
  const limit = deadline(signal, timeoutMs);
  try {
    return await upnpRequest({ ...req, signal: limit.signal });
  } catch (err) {
    const failure = toRouterFailure(err, limit.signal);
    throw new UpnpError(failure.code, `${what}: ${failure.message}`);
  } finally {
    limit.clear();
  }
}
