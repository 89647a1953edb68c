/**
 * The renderer is served from a custom scheme, `ipwatch://app/`, not from file:// (Electron
 * security checklist: file:// pages have extra privileges over the whole disk). The
 * handler serves only files inside the built renderer folder, with the strict CSP as a
 * header, so the GrantFileProtocolExtraPrivileges fuse can stay off.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Net, Protocol } from 'electron';

import { CONTENT_SECURITY_POLICY } from './windows';

export const APP_SCHEME = 'ipwatch';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready: a standard, secure scheme, so the page has an origin and ES modules load. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** The file under `root` that a request path names, or null when it would leave `root`. Pure. */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, rel);
  const inside = path.relative(root, file);
  return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? file : null;
}

/** Serves `rendererDir` on ipwatch://app/; returns the function that stops serving. */
export function serveRenderer(
  protocol: Pick<Protocol, 'handle' | 'unhandle'>,
  net: Pick<Net, 'fetch'>,
  rendererDir: string,
): () => void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    const found = await net.fetch(pathToFileURL(file).href);
    if (!found.ok) return new Response('not found', { status: 404 });
    const headers = new Headers(found.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(found.body, { status: 200, headers });
  });
  return () => protocol.unhandle(APP_SCHEME);
}
