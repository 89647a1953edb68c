/**
 * How discord.js's REST client sends a request: @discordjs/rest's own undici strategy, on
 * the app's undici. package.json `overrides` give discord.js the app's undici instead of a
 * second copy in memory. That undici does not take the FormData of Node's
 * built-in fetch, which @discordjs/rest builds for file uploads, so such a body is copied
 * into undici's own FormData here. Everything else is passed through as the default does.
 */
import { STATUS_CODES } from 'node:http';

import type { RESTOptions } from 'discord.js';

/** The whole undici package, as @discordjs/rest itself loads it (the engine's own client is net/undici.ts). */
let undiciPackage: Promise<typeof import('undici')> | undefined;

export const makeRequest: RESTOptions['makeRequest'] = async (url, init) => {
  const undici = await (undiciPackage ??= import('undici'));
  let body: unknown = init.body;
  if (body instanceof globalThis.FormData && !(body instanceof undici.FormData)) {
    const copy = new undici.FormData();
    for (const [name, value] of body as Iterable<[string, string | File]>) {
      if (typeof value === 'string') copy.append(name, value);
      else copy.append(name, value, value.name);
    }
    body = copy;
  }
  const res = await undici.request(url, { ...init, body } as Parameters<typeof undici.request>[1]);
  return {
    body: res.body,
    arrayBuffer: () => res.body.arrayBuffer(),
    json: () => res.body.json(),
    text: () => res.body.text(),
    get bodyUsed() {
      return res.body.bodyUsed;
    },
    headers: new undici.Headers(res.headers as Record<string, string>),
    status: res.statusCode,
    statusText: STATUS_CODES[res.statusCode] ?? '',
    ok: res.statusCode >= 200 && res.statusCode < 300,
  };
};
