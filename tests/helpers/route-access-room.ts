/**
 * The real API server with the dashboard's stand-in files and a token per role, for the tests of
 * the door (api/route-access.test.ts, api/route-access.property.test.ts): one server per test file,
 * what each caller may reach written apart from guards.ts's REACH (the rule the tests hold the
 * door to), and a request as a caller sent over real HTTP as written (raw-request.ts).
 */
import { rmSync } from 'node:fs';
import { Agent } from 'node:http';

import { afterAll, beforeAll } from 'vitest';

import { type ApiServer, startApiServer } from './api-server';
import { type RawAnswer, rawRequest } from './raw-request';
import { standInWebDir } from './web-dir';

export type Who = 'nobody' | 'metrics' | 'viewer' | 'admin';
type Token = Exclude<Who, 'nobody'>;

/** What each caller may reach, written here apart from guards.ts's REACH. */
export const MAY: Record<Who, readonly string[]> = {
  nobody: ['public'],
  metrics: ['public', 'metrics'],
  viewer: ['public', 'metrics', 'read'],
  admin: ['public', 'metrics', 'read', 'see', 'act', 'write'],
};

export interface AskOptions {
  /** The Host header names another site (api.lan is off: refused). */
  foreignHost?: boolean;
  /** The client address (a 127.0.0.0/8 one): the sign-in routes count refusals per address. */
  from?: string;
  /** How long the body is read (an event stream never ends). */
  bodyMs?: number;
}

export interface RouteAccessRoom {
  readonly server: ApiServer<Token>;
  /** A request as `who` (its token as a Bearer), a POST or PUT with the body `{}`. */
  ask(who: Who, method: string, target: string, o?: AskOptions): Promise<RawAnswer>;
}

/** Registers the file's beforeAll (the server, a token per role in `roles`) and afterAll. */
export function routeAccessRoom(name: string, roles: readonly Token[], maxSockets: number): RouteAccessRoom {
  let server: ApiServer<Token> | undefined;
  let webDir = '';
  const agent = new Agent({ keepAlive: true, maxSockets });
  beforeAll(async () => {
    webDir = standInWebDir();
    const tokens = roles.map((r) => (r === 'admin' ? ([r, r, 'an-admin'] as const) : ([r, r] as const)));
    server = await startApiServer<Token>({ name, staticDir: webDir, tokens });
  }, 60_000);
  afterAll(async () => {
    agent.destroy();
    await server?.close();
    rmSync(webDir, { recursive: true, force: true });
  });
  const started = (): ApiServer<Token> => {
    if (!server) throw new Error('the server starts in beforeAll');
    return server;
  };
  return {
    get server() {
      return started();
    },
    ask(who, method, target, o = {}) {
      const s = started();
      const headers: Record<string, string> = { host: `${o.foreignHost ? 'evil.example' : '127.0.0.1'}:${s.api.port}` };
      if (who !== 'nobody') headers.authorization = `Bearer ${s.tokens[who]}`;
      const body = method === 'POST' || method === 'PUT' ? '{}' : undefined;
      if (body) headers['content-type'] = 'application/json';
      const from = o.from ? { localAddress: o.from } : {};
      return rawRequest(s.api.url, target, {
        method,
        headers,
        agent,
        bodyMs: o.bodyMs ?? 1000,
        ...from,
        ...(body ? { body } : {}),
      });
    },
  };
}
