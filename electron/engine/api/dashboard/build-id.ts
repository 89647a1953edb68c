/**
 * Names the dashboard build the server serves, in a header on the dashboard's own routes, so an
 * open window can tell that a new build replaced its own and reload once (renderer/src/shell/
 * build-watch.ts). index.html is read again when its modified time changes: a build written
 * into the folder while the server runs is seen without a restart.
 */
import { readFileSync, statSync } from 'node:fs';

import type { onSendAsyncHookHandler } from 'fastify';

import { BUILD_ID_HEADER, buildIdOfIndex } from '../../../../shared/build-id';

/** The build id of an index.html on disk, read again only when the file changed. */
export function buildIdReader(indexPath: string): () => string | null {
  let seen = -1;
  let id: string | null = null;
  return () => {
    try {
      const mtime = statSync(indexPath).mtimeMs;
      if (mtime !== seen) {
        id = buildIdOfIndex(readFileSync(indexPath, 'utf8'));
        seen = mtime;
      }
    } catch {
      id = null;
      seen = -1;
    }
    return id;
  };
}

/** The dashboard routes' onSend hook (dashboard-route.ts): adds the header to each of their answers. */
export function buildIdHeader(indexPath: string): onSendAsyncHookHandler {
  const read = buildIdReader(indexPath);
  return async (_req, reply, payload) => {
    const id = read();
    if (id) void reply.header(BUILD_ID_HEADER, id);
    return payload;
  };
}
