/**
 * The headers every answer of the web API carries (issue 58), the dashboard's files, the JSON,
 * the errors, the 404s and the event stream alike: no page of another site may frame any of it
 * (`frame-ancestors 'none'` in the dashboard's policy, and X-Frame-Options for browsers that
 * predate it), no address leaks to another site in a Referer, and no type is guessed. Over HTTPS
 * the browser is told to come back over HTTPS only (HSTS); over plain HTTP (loopback) the header
 * would mean nothing, so it is not sent (RFC 6797 8.1). No includeSubDomains: the name the LAN
 * reaches this host by may be a domain whose other names are not ours.
 *
 * | over HTTPS | CSP, X-Frame-Options, Referrer-Policy, nosniff | Strict-Transport-Security |
 * |------------|-----------------------------------------------|---------------------------|
 * | yes        | sent                                          | sent                      |
 * | no         | sent                                          | not sent                  |
 */
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy';

/** A year: what browsers' preload lists ask for; the runner serves HTTPS on the LAN for good. */
export const HSTS_MAX_AGE_SEC = 365 * 24 * 3600;

export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    ...(https ? { 'strict-transport-security': `max-age=${HSTS_MAX_AGE_SEC}` } : {}),
  };
}
