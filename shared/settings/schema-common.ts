/**
 * zod pieces more than one schema uses: the id of a source or channel, an http(s) URL, a
 * setting's label and help, and the one way validation issues are turned into
 * `path.to.field: reason` lines. Pure.
 */
import { z } from 'zod';

declare module 'zod' {
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
export const about = (title: string, description: string, choices?: Record<string, string>): z.GlobalMeta =>
  choices ? { title, description, choices } : { title, description };

/** The id of a source or a channel: it appears in settings, logs, the outbox and URLs. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, 'use letters, digits, dot, dash or underscore');

/** An http(s) URL: an echo source, a webhook, an API base. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

/** zod issues as `path.to.field: reason` lines; `root` names an issue about the whole value. */
export function formatIssues(error: z.ZodError, root = '(root)'): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : root}: ${i.message}`);
}
