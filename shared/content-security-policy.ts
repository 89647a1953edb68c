/**
 * The dashboard's Content-Security-Policy: the app's windows (electron/shell) and every answer of
 * the web API (electron/engine/api/door/headers.ts) send it. Nothing but its own files, and no page may
 * frame it (`frame-ancestors 'none'`, which a <meta> policy cannot say).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";
