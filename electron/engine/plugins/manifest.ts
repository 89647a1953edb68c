/**
 * A plugin's manifest: a JSON file in the plugins folder (`<data folder>/plugins/NAME.json`) that
 * says what the plugin is (a source, a channel or a DNS provider), the program to run, the settings
 * it takes (which are secrets), the hosts it contacts, and the user's values for those settings.
 * Read with a size bound, parsed strictly with zod, and refused in words naming the file and the
 * field: a wrong manifest switches that plugin off and never stops the others.
 *
 * A manifest named from outside the plugins folder (`../x.json`, an absolute path, a link that
 * leads out) is refused: what IPWatch runs is what a person put in that one folder.
 */
import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import { PLUGIN_KIND_NAMES } from '../../../shared/contract/plugins';
import type { Reason } from '../../../shared/reason';
import { reason } from '../reason';

/** A manifest is a few hundred bytes; more is not one. */
export const MANIFEST_LIMIT = 64 * 1024;
/** The longest a call may be given; a check waits on its sources. */
export const MAX_TIMEOUT_MS = 60_000;

export const PLUGIN_KINDS = PLUGIN_KIND_NAMES;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

const NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;
const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
// A host name or an address as the egress inventory keeps it: no scheme, path or port.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?|\[?[0-9A-Fa-f:.]+\]?)$/;

const fieldSchema = z.strictObject({
  type: z.enum(['string', 'number', 'boolean']),
  required: z._default(z.boolean(), false),
  /** Given as a reference ({ "env": NAME } or { "file": PATH }) and resolved by the secrets module. */
  secret: z._default(z.boolean(), false),
});
export type PluginField = z.infer<typeof fieldSchema>;

const hostSchema = z.strictObject({
  host: z.string().check(z.maxLength(253), z.regex(HOST)),
  port: z.int().check(z.minimum(1), z.maximum(65535)),
  protocol: z._default(z.enum(['tcp', 'udp']), 'tcp'),
});
export type PluginHost = z.infer<typeof hostSchema>;

export const manifestSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(PLUGIN_KINDS),
  name: z.string().check(z.regex(NAME)),
  command: z.string().check(z.minLength(1), z.maxLength(4096)),
  args: z._default(z.array(z.string().check(z.maxLength(4096))).check(z.maxLength(64)), []),
  /** One call's bound, ms. */
  timeoutMs: z._default(z.int().check(z.minimum(100), z.maximum(MAX_TIMEOUT_MS)), 10_000),
  /** A source's family: which addresses it answers. */
  family: z._default(z.union([z.literal(4), z.literal(6)]), 4),
  settings: z._default(z.record(z.string().check(z.regex(FIELD)), fieldSchema), {}),
  hosts: z._default(z.array(hostSchema).check(z.maxLength(32)), []),
  values: z._default(z.record(z.string().check(z.regex(FIELD)), z.unknown()), {}),
});
export type PluginManifest = z.infer<typeof manifestSchema>;

/** A manifest read: the manifest and where it lies (its folder is where the program runs). */
export interface LoadedManifest {
  file: string;
  folder: string;
  manifest: PluginManifest;
}

export type ManifestRead = { ok: true; plugin: LoadedManifest } | { ok: false; reason: Reason };

/** What a zod issue says of a field, as a catalogue choice (reason.plugin.manifestField). */
export function issueProblem(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'missing' : 'wrongType';
  if (issue.code === 'unrecognized_keys') return 'unknown';
  if (issue.code === 'too_big') return 'tooBig';
  if (issue.code === 'too_small') return 'tooSmall';
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'notAllowed';
  if (issue.code === 'invalid_format' || issue.code === 'invalid_key') return 'badForm';
  return 'other';
}

/** The field an issue is about, as a path (`settings.token.type`); an unknown key is named too. */
export function issueField(issue: core.$ZodIssue): string {
  const at = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') at.push(issue.keys[0] ?? '');
  return at.length > 0 ? at.join('.') : '(the file)';
}

/**
 * The real path of `name` inside `folder`, or null when it lies outside (or does not exist). Links
 * are followed first, so a link in the folder that leads out is outside too.
 */
export function insideFolder(folder: string, name: string): string | null {
  try {
    const root = realpathSync(folder);
    const real = realpathSync(path.resolve(root, name));
    const rel = path.relative(root, real);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? real : null;
  } catch {
    return null;
  }
}

function readBounded(file: string): string | null {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(MANIFEST_LIMIT + 1);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return n > MANIFEST_LIMIT ? null : buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads and checks the manifest `name` (a file name in `folder`); never throws. */
export function readManifest(folder: string, name: string): ManifestRead {
  const file = path.basename(name);
  const real = insideFolder(folder, name);
  if (real === null) return { ok: false, reason: reason('reason.plugin.outsideFolder', { file: name }) };
  let text: string | null;
  try {
    text = readBounded(real);
  } catch {
    return { ok: false, reason: reason('reason.plugin.unreadable', { file }) };
  }
  if (text === null)
    return { ok: false, reason: reason('reason.plugin.tooLarge', { file, kb: MANIFEST_LIMIT / 1024 }) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: reason('reason.plugin.manifestNotJson', { file }) };
  }
  const parsed = z.safeParse(manifestSchema, json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      reason: reason('reason.plugin.manifestField', { file, field: issueField(issue), problem: issueProblem(issue) }),
    };
  }
  return { ok: true, plugin: { file, folder: path.dirname(real), manifest: parsed.data } };
}
