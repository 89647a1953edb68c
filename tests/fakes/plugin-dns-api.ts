/**
 * A local stand-in for the small REST API the example DNS provider plugin talks to
 * (docs/plugins/examples/example-dns.mjs, whose header is this API's documentation):
 *
 *   GET {base}/records/{name}/{type}   200 {"content": address}, or 404 when there is none
 *   PUT {base}/records/{name}/{type}   body {"content": address}: 200 {"content": address}
 *
 * Every request needs `Authorization: Bearer <key>` (401 otherwise). A name in `locked` answers
 * 403 to everything, as an account that may not touch that name would. Records, requests and
 * the PUTs are kept for the test to read. Binds 127.0.0.1 on a free port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PluginDnsApi {
  url: string;
  /** name/type -> address. */
  records: Map<string, string>;
  locked: Set<string>;
  puts: { name: string; type: string; content: string }[];
  requests: { method: string; path: string; auth: string | undefined }[];
  close(): Promise<void>;
}

export async function startPluginDnsApi(key: string): Promise<PluginDnsApi> {
  const api: Omit<PluginDnsApi, 'url' | 'close'> = { records: new Map(), locked: new Set(), puts: [], requests: [] };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      api.requests.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization });
      const send = (status: number, json?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      const m = /^\/v1\/records\/([^/]+)\/(A|AAAA)$/.exec(req.url ?? '');
      if (req.headers.authorization !== `Bearer ${key}`) return send(401, { error: 'bad key' });
      if (!m) return send(404, { error: 'no such path' });
      const name = decodeURIComponent(m[1]!);
      const type = m[2]!;
      if (api.locked.has(name)) return send(403, { error: 'not yours' });
      const id = `${name}/${type}`;
      if (req.method === 'GET') {
        const content = api.records.get(id);
        return content === undefined ? send(404, { error: 'no record' }) : send(200, { content });
      }
      if (req.method === 'PUT') {
        const content = String((JSON.parse(body || '{}') as { content?: unknown }).content ?? '');
        api.records.set(id, content);
        api.puts.push({ name, type, content });
        return send(200, { content });
      }
      return send(405, { error: 'method' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...api,
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
