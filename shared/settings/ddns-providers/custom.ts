/**
 * The generic HTTP provider ("custom", as ddns-updater names it: qdm12/ddns-updater
 * docs/custom.md), for an update API IPWatch has no file for: a URL, a method, headers and a
 * body, each a template filled with the address and the record's fields (shared/template.ts),
 * its secrets by reference (token, password, headers' values); ddns-updater's `ipv4key` /
 * `ipv6key` add the address as a query parameter; the answer's status and, when set, patterns on
 * its body say success, already right, or failure. A template that cannot render or a pattern
 * that does not compile is refused at save. Pure.
 */
import * as z from 'zod/mini';

import { templateProblem } from '../../template';
import { about, withMeta } from '../schema-common';
import { common, dnsNameSchema, providerLiteral, secretField, ttl } from './fields';
import { ddnsProvider } from './spec';

/** The names a custom record's templates may use. */
export const CUSTOM_PLACEHOLDERS = ['address', 'name', 'type', 'ttl', 'username', 'token', 'password'] as const;

const template = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.superRefine((t, ctx) => {
      const problem = templateProblem(t, CUSTOM_PLACEHOLDERS);
      if (problem) ctx.addIssue({ code: 'custom', message: `the template cannot render: ${problem}` });
    }),
  );

/** A pattern on the answer's body: it must compile (JavaScript's regular expressions). */
const pattern = z.optional(
  z.string().check(
    z.minLength(1),
    z.maxLength(500),
    z.superRefine((t, ctx) => {
      try {
        new RegExp(t);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: `the pattern does not compile: ${(err as Error).message}` });
      }
    }),
  ),
);

const paramName = z.optional(
  z.string().check(z.regex(/^[\w.~-]{1,64}$/, 'a query parameter name: letters, digits, _ . ~ -')),
);

/** The URL with every placeholder filled by a sample: what it would be, checked as a web address. */
const urlTemplate = template(2000).check(
  z.superRefine((t, ctx) => {
    const sample = t.replace(/\{\{\s*[\w.-]+\s*\}\}/g, 'x');
    let url: URL | null = null;
    try {
      url = new URL(sample);
    } catch {
      // said below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      ctx.addIssue({ code: 'custom', message: 'the URL must be a web address (https://…)' });
  }),
);

export const customRecordSchema = z.strictObject({
  ...common,
  provider: providerLiteral('custom', 'Custom HTTP request (any other provider)'),
  name: withMeta(dnsNameSchema, about('Host name', 'The name to keep in step, e.g. home.example.org.')),
  url: withMeta(
    urlTemplate,
    about(
      'Update URL',
      'Placeholders: {{address}}, {{name}}, {{type}}, {{ttl}}, {{username}}, {{token}}, {{password}}.',
    ),
  ),
  method: withMeta(
    z._default(z.enum(['GET', 'POST', 'PUT', 'PATCH']), 'GET'),
    about('HTTP method', 'The HTTP method of the update request.'),
  ),
  headers: withMeta(
    z._default(
      z.record(
        z.string().check(z.regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'a header name (RFC 9110 token)')),
        template(4000),
      ),
      {},
    ),
    about(
      'Request headers',
      'Sent with the request, e.g. Authorization; templates too. Their values are kept as secrets.',
    ),
  ),
  body: withMeta(
    z.optional(template(8000)),
    about('Body template', 'Sent with POST, PUT or PATCH; escaped as the Content-Type header says (JSON, form).'),
  ),
  username: withMeta(
    z.optional(z.string()),
    about('User name (if any)', 'Fills {{username}}, when the API wants one.'),
  ),
  token: withMeta(z.optional(secretField('the token')), about('Update token', 'Fills {{token}}: kept as a secret.')),
  password: withMeta(
    z.optional(secretField('the password')),
    about('Update password', 'Fills {{password}}: kept as a secret.'),
  ),
  ipv4Param: withMeta(
    paramName,
    about('IPv4 query parameter', "Adds the IPv4 address to the URL's query as this (ddns-updater's ipv4key)."),
  ),
  ipv6Param: withMeta(
    paramName,
    about('IPv6 query parameter', "Adds the IPv6 address to the URL's query as this (ddns-updater's ipv6key)."),
  ),
  successRegex: withMeta(
    pattern,
    about('Success pattern', "A 2xx answer is a success only when its body matches it (ddns-updater's success_regex)."),
  ),
  unchangedRegex: withMeta(
    pattern,
    about('Already-right pattern', 'A 2xx body matching it means the record already held the address (nochg).'),
  ),
  failureRegex: withMeta(
    pattern,
    about('Failure pattern', 'A 2xx body matching it is a refusal: the record is switched off (badauth).'),
  ),
  ttl: withMeta(ttl, about('TTL (seconds)', 'Fills {{ttl}}, for an API that takes one.')),
});

export const customSpec = ddnsProvider({
  id: 'custom',
  label: 'Custom HTTP',
  schema: customRecordSchema,
  kinds: {
    name: 'plain',
    url: 'sending-url',
    method: 'plain',
    headers: 'secret',
    body: 'plain',
    username: 'plain',
    token: 'secret',
    password: 'secret',
    ipv4Param: 'plain',
    ipv6Param: 'plain',
    successRegex: 'plain',
    unchangedRegex: 'plain',
    failureRegex: 'plain',
    ttl: 'plain',
  },
  destinations: [{ field: 'url', word: 'apiAddress' }],
  where: (r) => ({ name: r.name, zone: null }),
  form: {
    fields: [
      { field: 'name', example: 'home.example.org' },
      { field: 'url', example: 'https://example.com/update?host={{name}}&ip={{address}}' },
      { field: 'method', kind: 'select' },
      { field: 'token', kind: 'secret' },
      { field: 'headers', kind: 'headers' },
      { field: 'username' },
      { field: 'password', kind: 'secret' },
      { field: 'successRegex', example: '^(good|OK)' },
      { field: 'unchangedRegex', example: '^nochg' },
      { field: 'failureRegex', example: '^(badauth|KO)' },
      { field: 'ipv4Param', example: 'ipv4' },
      { field: 'ipv6Param', example: 'ipv6' },
      { field: 'body' },
      { field: 'ttl', kind: 'number' },
    ],
    advanced: ['headers', 'username', 'password', 'ipv4Param', 'ipv6Param', 'body', 'ttl'],
  },
  apiDocs: 'https://github.com/qdm12/ddns-updater/blob/master/docs/custom.md',
  rank: 60,
});
