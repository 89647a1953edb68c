/**
 * One call to a plugin: its program started for this call alone (hook/process.ts: no shell, its own
 * process group, killed with it at the deadline), one request line on its standard input and one
 * answer line read from its output. JSON lines, version 1:
 *
 *   request  {"v":1,"id":"7","op":"lookup"|"send"|"update","settings":{...}, ...the op's fields}
 *   answer   {"v":1,"id":"7","ok":true, ...the op's fields}
 *            {"v":1,"id":"7","ok":false,"error":"what went wrong","retry":true|false}
 *
 * A process per call rather than a long-lived one: a plugin that leaks, wedges or crashes takes
 * only its own call with it; nothing is carried between calls to go wrong (a half-read line, a
 * stale setting); the deadline ends the process and everything it started, so nothing outlives a
 * call; and a changed manifest is in force at the next call. A start costs tens of ms, once per
 * check or notice.
 *
 * Bounds: the manifest's timeout on the monotonic clock, stdout cut at OUTPUT_CAP (the program is
 * killed as it passes it), the answer line at LINE_CAP. The environment is cleared to what a
 * program needs to start (plugin-env.ts): its settings and secrets come on stdin, its own only.
 * Every failure is a reason in words; nothing a plugin writes is shown as IPWatch's own words
 * except its `error`, bounded, stripped of control characters and quoted as what it said.
 */
import { randomUUID } from 'node:crypto';

import * as z from 'zod/mini';

import type { Reason } from '../../../shared/reason';
import type { Clock } from '../clock';
import { runProcess } from '../hook/process';
import { reason } from '../reason';
import { issueField } from './manifest';
import type { LoadedManifest } from './manifest';
import { pluginEnv } from './plugin-env';
import type { PluginValue } from './values';

/** All a plugin may write to stdout in one call; past it the program is killed. */
export const OUTPUT_CAP = 256 * 1024;
/** The longest answer line read. */
export const LINE_CAP = 64 * 1024;
/** Kept of a plugin's `error`. */
export const SAID_CAP = 200;

export type PluginOp = 'lookup' | 'send' | 'update';

export interface CallRequest {
  plugin: LoadedManifest;
  settings: Record<string, PluginValue>;
  op: PluginOp;
  /** The op's own fields (a notice to send, an address to set). */
  body: Record<string, unknown>;
  clock: Clock;
  signal?: AbortSignal;
}

/**
 * A plugin of one kind called by its name (runtime/plugins.ts pluginCaller): `missing` when no
 * usable plugin has that name (none, another kind, or its manifest left out: `reason` says which).
 */
export type PluginCall = (
  name: string,
  op: PluginOp,
  body: Record<string, unknown>,
  signal: AbortSignal,
) => Promise<CallResult | (CallResult & { ok: false; missing: true })>;

/** An answer, or why there is none: `retry` false when the plugin said a retry will not help. */
export type CallResult =
  | { ok: true; answer: Record<string, unknown> }
  | { ok: false; reason: Reason; retry: boolean; said?: string; stderr?: string };

/** Kept of a failed call's standard error, for the log at debug level (never shown as words). */
export const STDERR_KEPT = 2000;

const answerSchema = z.looseObject({
  v: z.literal(1),
  id: z.string(),
  ok: z.boolean(),
  error: z.optional(z.string()),
  retry: z.optional(z.boolean()),
});

/** A plugin's own words, made safe to show quoted: no control or bidi characters, bounded. */
export function cleanSaid(text: string): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- control characters are what it takes out
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > SAID_CAP ? `${flat.slice(0, SAID_CAP)}…` : flat;
}

/** Calls the plugin once; never rejects. */
export async function callPlugin(req: CallRequest): Promise<CallResult> {
  const { manifest, folder } = req.plugin;
  const name = manifest.name;
  const id = randomUUID();
  // The protocol's own fields last: an op's field of the same name never replaces them.
  const line = JSON.stringify({ ...req.body, v: 1, id, op: req.op, settings: req.settings });
  const run = await runProcess({
    program: manifest.command,
    args: manifest.args,
    env: pluginEnv(process.env, process.platform, name),
    cwd: folder,
    stdin: `${line}\n`,
    timeoutMs: manifest.timeoutMs,
    clock: req.clock,
    outputLimit: OUTPUT_CAP,
    killPastLimit: true,
    ...(req.signal ? { signal: req.signal } : {}),
  });
  const stderr = run.stderr.trim().slice(0, STDERR_KEPT);
  const fail = (r: Reason, retry = true): CallResult => ({
    ok: false,
    reason: r,
    retry,
    ...(stderr ? { stderr } : {}),
  });
  if (run.startError) return fail(reason('reason.plugin.couldNotStart', { name }, run.startError));
  // The caller's deadline (a check's, a send's) or IPWatch stopping: no answer in the time it had.
  if (req.signal?.aborted) return fail(reason('reason.plugin.timedOut', { name, timeoutMs: run.durationMs }));
  if (run.timedOut) return fail(reason('reason.plugin.timedOut', { name, timeoutMs: manifest.timeoutMs }));
  if (run.overflowed) return fail(reason('reason.plugin.tooMuchOutput', { name, kb: OUTPUT_CAP / 1024 }));
  const first = run.stdout.split('\n').find((l) => l.trim() !== '');
  if (first === undefined) {
    const how = run.signal ? 'signal' : 'exit';
    return fail(reason('reason.plugin.noAnswer', { name, how, code: run.exitCode ?? '', signal: run.signal ?? '' }));
  }
  const answer = readAnswer(name, id, first);
  return answer.ok || !stderr ? answer : { ...answer, stderr };
}

/** The answer line judged: its length, JSON, the protocol's fields, and what the plugin said. */
export function readAnswer(name: string, id: string, text: string): CallResult {
  const fail = (r: Reason, retry = true): CallResult => ({ ok: false, reason: r, retry });
  if (Buffer.byteLength(text, 'utf8') > LINE_CAP)
    return fail(reason('reason.plugin.lineTooLong', { name, kb: LINE_CAP / 1024 }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(reason('reason.plugin.notJson', { name }));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail(reason('reason.plugin.notObject', { name }));
  const parsed = z.safeParse(answerSchema, json);
  if (!parsed.success)
    return fail(reason('reason.plugin.wrongAnswer', { name, field: issueField(parsed.error.issues[0]!) }));
  const answer = parsed.data;
  if (answer.id !== id) return fail(reason('reason.plugin.wrongAnswer', { name, field: 'id' }));
  if (!answer.ok) {
    const said = cleanSaid(answer.error ?? '');
    const r = said ? reason('reason.plugin.said', { name, said }) : reason('reason.plugin.failed', { name });
    return { ok: false, reason: r, retry: answer.retry ?? true, ...(said ? { said } : {}) };
  }
  return { ok: true, answer };
}
