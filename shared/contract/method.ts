/**
 * How one method of the contract (contract.ts) is written: its HTTP route, input and output
 * schemas, and the helpers each feature's contract file (contract-ddns.ts...) builds its methods
 * with. Pure.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import type { Schema } from './schema';

/** How a method is reached over HTTP, under /api/v1. GET takes its input as the query string, the others as a JSON body. */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: `/${string}`;
}

/** One method: what it does, its HTTP route, its input schema, and its output schema (which types the answer). */
export interface MethodDef<I extends core.$ZodType, O> {
  summary: string;
  http: HttpRoute;
  /** Changes something (settings, history, monitoring): written to the audit log with who asked. */
  mutates: boolean;
  /**
   * Changes nothing here but sends or spends a request outside (a test notification, a DDNS or
   * source test, a check now): side effects in the world, so admin only, like a change (issue 50).
   */
  acts?: true;
  /** Changes nothing but reads what only an admin may see (who is signed in): admin only (issue 50). */
  adminOnly?: true;
  input: I;
  output: Schema<O>;
  /**
   * For a handler that answers a refusal as a value, `{ ok: false, errors: [{ path, message }] }`:
   * IPC hands it to the page as it is (each error shows beside its field), HTTP answers it with
   * this status and the error body (the errors as `issues`), so `curl -f` and scripts see it fail.
   * `accepted` is the answer when it went through (the 200 of the OpenAPI document).
   */
  refusal?: { status: 422; code: string; accepted: core.$ZodType };
}

export const method = <I extends core.$ZodType, O>(def: MethodDef<I, O>) => def;
export const none = z.undefined();
export const GET = (path: HttpRoute['path']): HttpRoute => ({ method: 'GET', path });
export const POST = (path: HttpRoute['path']): HttpRoute => ({ method: 'POST', path });
