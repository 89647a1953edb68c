/**
 * DNS records as a user saves them in Settings, for the renderer's tests: an rfc2136 record on a
 * local knot (the values the record editor's tests and its Test's languages test both use).
 */
export const KNOT = {
  id: 'home-knot',
  provider: 'rfc2136',
  enabled: true,
  type: 'A',
  server: '127.0.0.1',
  port: 5353,
  zone: 'example.org',
  name: 'home.example.org',
  ttl: 60,
  keyName: 'ipwatch-key',
  algorithm: 'hmac-sha256',
  secret: 'c2VjcmV0',
};
