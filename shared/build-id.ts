/**
 * Which build of the dashboard a window runs, and which one the server now serves. A build is
 * named by its entry script's file name (`index-DSar_e62.js`): vite puts a content hash in it,
 * and the entry names every other chunk and stylesheet by their hashed names, so any change to
 * the dashboard's files changes it. The server reads it from index.html; the window from its
 * own script's URL. Nothing has to be written into the build for it.
 */

/** The response header the server names its build in (on the dashboard's files). */
export const BUILD_ID_HEADER = 'x-ipwatch-build';

/** The file name of a module script's URL or path, when it looks like a built entry (`assets/x.js`). */
export function buildIdOfScript(url: string): string | null {
  const m = /\/assets\/([\w.-]+\.js)(?:[?#].*)?$/.exec(url);
  return m ? m[1]! : null;
}

/** The build an index.html loads: its module script's file name, or null (not a built page). */
export function buildIdOfIndex(html: string): string | null {
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (!/\btype=["']?module\b/.test(tag)) continue;
    const src = /\bsrc=["']([^"']+)["']/.exec(tag)?.[1];
    const id = src ? buildIdOfScript(src) : null;
    if (id) return id;
  }
  return null;
}
