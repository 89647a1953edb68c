/**
 * The headers every answer of the web API carries (issue 58), the dashboard's files, the JSON,
 * the errors, the 404s and the event stream alike: no page of another site may frame any of it
 * (`frame-ancestors 'none'` in the dashboard's policy, and X-Frame-Options for browsers that
 * predate it), no address leaks to another site in a Referer, and no type is guessed. Over HTTPS
 * the browser is told to come back over HTTPS only (HSTS); over plain HTTP the header means
 * nothing (RFC 6797 8.1), and to a loopback name (localhost, 127.0.0.1) it would pin that name
 * for every port of this host, where loopback is served plain HTTP by design, so it is not sent.
 * No includeSubDomains: the name the LAN reaches this host by may be a domain whose other names
 * are not ours.
 *
 * | over HTTPS | to a loopback name | CSP, X-Frame-Options, Referrer-Policy, nosniff | HSTS |
 * |------------|--------------------|-----------------------------------------------|------|
 * | yes        | no                 | sent                                          | sent |
 * | yes        | yes                | sent                                          | no   |
 * | no         | any                | sent                                          | no   |
 */
import { CONTENT_SECURITY_POLICY } from '../../../../shared/content-security-policy';

/** A year: what browsers' preload lists ask for; the runner serves HTTPS on the LAN for good. */
export const HSTS_MAX_AGE_SEC = 365 * 24 * 3600;

export function securityHeaders(https: boolean, loopbackName: boolean): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    ...(https && !loopbackName ? { 'strict-transport-security': `max-age=${HSTS_MAX_AGE_SEC}` } : {}),
  };
}
