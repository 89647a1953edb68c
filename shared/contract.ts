/**
 * The one API contract: each method's input schema (validated wherever a call arrives:
 * IPC handler, HTTP route) and its output type. The preload, the IPC handlers, the HTTP
 * API and the renderer client all derive their types from this object; nothing is
 * written twice by hand.
 */
import { z } from 'zod';

import type { BotStatus } from './bot-types';
import type { ChannelStatus, TestResult } from './notify-types';
import type { CheckReport, EngineEvent, EngineStatus } from './types';

/** Everything the UI shows: the engine's state plus each notification channel's. */
export interface AppStatus extends EngineStatus {
  notifications: ChannelStatus[];
  /** The Discord bot; state `off` without a token. */
  bot: BotStatus;
}

const testChannelInput = z.strictObject({ channelId: z.string().min(1).max(64) });

/** Declares a method: a zod schema for its input, a phantom type for its output. */
const method = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });

export const api = {
  /** Current addresses per family, last checks, source health and online state. */
  getStatus: method<z.ZodUndefined, AppStatus>(z.undefined()),
  /** Runs a check now (or joins the one under way) and resolves with the state after it. */
  checkNow: method<z.ZodUndefined, CheckReport>(z.undefined()),
  /** Sends a test notification through one channel at once (not queued); says why it failed. */
  testChannel: method<typeof testChannelInput, TestResult>(testChannelInput),
};

export type Api = typeof api;
export type ApiMethod = keyof Api;
export type ApiInput<M extends ApiMethod> = z.infer<Api[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Api[M]['output'];

/** The client shape every transport offers (IPC in the app, HTTP + SSE in a browser). */
export type ApiClient = {
  [M in ApiMethod]: (...args: ApiInput<M> extends undefined ? [] : [ApiInput<M>]) => Promise<ApiOutput<M>>;
} & {
  /** Engine events as they happen; returns an unsubscribe function. */
  subscribe(listener: (event: EngineEvent) => void): () => void;
};

export const API_METHODS = Object.keys(api) as ApiMethod[];
