/**
 * One contract call for a transport without a framework of its own (the app's IPC handlers):
 * the input validated by the method's schema, the handler run, and any failure turned into
 * the same error shape the HTTP API answers, so the renderer's client handles both alike.
 */

import { ApiError, type ApiHandlers, type ApiMethod, api, type CallContext } from '../../../shared/contract';
import type { Logger } from '../logger';

export interface CallError {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

export type CallResult = { ok: true; value: unknown } | { ok: false; status: number; error: CallError };

export async function callMethod(
  handlers: ApiHandlers,
  name: string,
  raw: unknown,
  ctx: CallContext,
  logger: Logger,
): Promise<CallResult> {
  if (!Object.hasOwn(api, name))
    return { ok: false, status: 404, error: { code: 'not_found', message: `no method "${name}"` } };
  const method = name as ApiMethod;
  const parsed = api[method].input.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
    const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return { ok: false, status: 400, error: { code: 'invalid_input', message, issues } };
  }
  try {
    const call = handlers[method] as (input: unknown, ctx: CallContext) => Promise<unknown>;
    return { ok: true, value: await call(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof ApiError)
      return { ok: false, status: err.status, error: { code: err.code, message: err.message } };
    logger.error('API call failed', { method, error: String(err) });
    return { ok: false, status: 500, error: { code: 'internal', message: 'the request failed; the log says why' } };
  }
}
