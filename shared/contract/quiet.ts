/**
 * Quiet windows on the wire (issue 78): what is on now and until when, computed once by the
 * notifier and the same for the API, the CLI, the bot, the tray and the page; and the one-off
 * window a caller asks for ("quiet for 2 hours", or until a time), per channel or for all.
 */
import * as z from 'zod/mini';

import { idSchema } from '../settings/schema-common';
import { described } from './described';
import { GET, method, none, POST } from './method';

const epochMs = described(z.number(), 'epoch ms');

export const quietWindowStatusSchema = z.object({
  id: described(z.string(), "the settings window's id, or a one-off's (once-…)"),
  kind: z.enum(['once', 'recurring']),
  channels: described(z.array(z.string()), 'the channel ids it holds; empty: every channel'),
  start: epochMs,
  end: described(epochMs, 'when it ends and its summaries go out'),
  expected: described(z.boolean(), 'changes inside it are marked expected in the history'),
});

export const quietStatusSchema = z.object({
  on: described(z.boolean(), 'a window holds at least one channel now'),
  until: described(z.nullable(epochMs), 'when the last window on now ends; null when none is on'),
  windows: z.array(quietWindowStatusSchema),
  held: described(z.number(), 'notices waiting for a window to end, over every channel'),
});
export type QuietStatus = z.output<typeof quietStatusSchema>;
export type QuietWindowStatus = z.output<typeof quietWindowStatusSchema>;

/** Four weeks: a longer quiet is a channel switched off. */
export const QUIET_ONCE_MAX_MINUTES = 28 * 1440;

export const quietInputSchema = z.union([
  z.strictObject({
    minutes: described(
      z.number().check(z.int(), z.gte(1), z.lte(QUIET_ONCE_MAX_MINUTES)),
      'quiet for this long, from now',
    ),
    channels: z._default(z.array(idSchema).check(z.maxLength(100)), () => []),
    expected: z._default(z.boolean(), false),
  }),
  z.strictObject({
    until: described(epochMs, 'quiet until this time (at most four weeks ahead)'),
    channels: z._default(z.array(idSchema).check(z.maxLength(100)), () => []),
    expected: z._default(z.boolean(), false),
  }),
  z.strictObject({
    end: described(
      z.literal(true),
      'ends the one-off windows now (those holding these channels, or all); their summaries go out',
    ),
    channels: z._default(z.array(idSchema).check(z.maxLength(100)), () => []),
  }),
]);
export type QuietInput = z.input<typeof quietInputSchema>;
export type QuietRequest = z.output<typeof quietInputSchema>;

export const quietApi = {
  /** The quiet windows on now and until when, and the notices they hold (the same the status carries). */
  getQuiet: method({
    summary: 'Quiet windows on now',
    http: GET('/quiet'),
    mutates: false,
    input: none,
    output: quietStatusSchema,
  }),
  /** Quiet for a while or until a time, per channel or for all; or ends the one-off windows now. */
  setQuiet: method({
    summary: 'Quiet for a while',
    http: POST('/quiet'),
    mutates: true,
    input: quietInputSchema,
    output: quietStatusSchema,
  }),
};
