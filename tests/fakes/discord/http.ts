/**
 * The HTTP plumbing of the Discord stand-in: what it records of each request, and how it
 * reads bodies (JSON, or multipart/form-data with `payload_json` and `files[n]`, as
 * discord-api-docs docs/reference.md "Uploading Files" describes) and writes answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RestRequest {
  at: number;
  /** performance.now() when the request arrived, for latency figures. */
  t: number;
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  files: { name: string; type: string; data: Buffer }[];
  status: number;
}

export interface PostedMessage {
  channelId: string;
  message: Record<string, unknown>;
  body: Record<string, unknown>;
}

export interface InteractionLog {
  id: string;
  token: string;
  payload: Record<string, unknown>;
  /** Callback bodies ({type, data}), in order. */
  callbacks: Record<string, unknown>[];
  /** PATCHes of the original response. */
  edits: Record<string, unknown>[];
  followups: Record<string, unknown>[];
  files: { name: string; data: Buffer }[];
  createdAt: number;
}

export const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  if (status === 204) {
    res.writeHead(204, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

export async function readBody(
  req: IncomingMessage,
): Promise<{ body: Record<string, unknown>; files: RestRequest['files'] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: {}, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RestRequest['files'] = [];
    let body: Record<string, unknown> = {};
    for (const [k, v] of form.entries()) {
      if (k === 'payload_json' && typeof v === 'string') body = JSON.parse(v) as Record<string, unknown>;
      else if (typeof v !== 'string')
        files.push({ name: v.name, type: v.type, data: Buffer.from(await v.arrayBuffer()) });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString()) as Record<string, unknown>, files: [] };
}
