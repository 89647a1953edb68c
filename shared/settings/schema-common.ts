/**
 * zod pieces more than one schema uses: the id of a source or channel, an http(s) URL, a
 * setting's label and help, and the one way validation issues are turned into
 * `path.to.field: reason` lines. Pure.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { hostProblem, NO_SCHEME, type UrlShape, urlProblem } from './destination-url';
import '../zod-words';

declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** A choice's words for people, by value: `{ prefix64: 'A new /64 prefix' }`. */
    choices?: Record<string, string>;
  }
}

/**
 * A setting's label and one line of help, kept on its schema (zod's metadata: `title`,
 * `description`): the Settings page, docs/settings.md (scripts/settings-docs.ts) and the
 * OpenAPI document all read them from there, so they cannot disagree.
 */
export const about = (title: string, description: string, choices?: Record<string, string>): core.GlobalMeta =>
  choices ? { title, description, choices } : { title, description };

/**
 * `schema` with a setting's metadata (`about(...)`), as classic zod's `.meta()` gave it: a copy that
 * shares the schema's definition, registered in zod's global registry. Not `.check(z.meta(...))`:
 * zod/mini's `check` copies the definition with a spread, which reads a default's value once, so
 * every parse would then hand out the same default array or object (zod 4.x, mini/schemas.ts check).
 */
export function withMeta<T extends core.$ZodType>(schema: T, meta: core.GlobalMeta): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, meta);
  return copy;
}

/** The id of a source or a channel: it appears in settings, logs, the outbox and URLs. */
export const idSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-zA-Z0-9._-]+$/, SAYS['settings.schemaSays.idChars']));

/**
 * The one refinement of every address field (issue 58): text the clients could read otherwise
 * than the destination rule (a backslash, white space, a %-encoded host...) is refused in words,
 * and so is what the field's shape leaves out (destination-url.ts urlProblem).
 */
export const oneReading =
  (o: { shape?: UrlShape; userinfo?: boolean; expected?: string } = {}) =>
  (text: string, ctx: core.$RefinementCtx<string>): void => {
    const found = urlProblem(text, o);
    // Checked before zod's URL check, which would write back the text without its tabs and line breaks.
    if (!found) return;
    // No scheme at all: the field's own words, as a URL format issue (the Settings page says
    // "Enter an address" for an empty one, "Must be a web address" for the rest).
    if (found === NO_SCHEME && o.expected)
      ctx.addIssue({ code: 'invalid_format', format: 'url', message: o.expected, input: text, continue: false });
    else ctx.addIssue({ code: 'custom', message: found, continue: false });
  };

/** A host field (an SMTP server, an RFC 2136 primary), read as the one parse reads a URL's host. */
export const oneReadingHost = (host: string, ctx: core.$RefinementCtx<string>): void => {
  const problem = hostProblem(host);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const HTTP_URL = 'expected an http:// or https:// URL';

/** An http(s) URL of this shape (an API base: 'base' or 'origin'), read one way only. */
export const httpUrlOf = (shape: UrlShape) =>
  z
    .string()
    .check(z.superRefine(oneReading({ shape, expected: HTTP_URL })), z.url({ protocol: /^https?$/, error: HTTP_URL }));

/** An http(s) URL: an echo source, a webhook. */
export const httpUrlSchema = httpUrlOf('any');

/** zod issues as `path.to.field: reason` lines; `root` names an issue about the whole value. */
export function formatIssues(error: Pick<core.$ZodError, 'issues'>, root = '(root)'): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : root}: ${i.message}`);
}
