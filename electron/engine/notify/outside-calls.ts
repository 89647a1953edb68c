/**
 * What a channel calls outside the notify room, written out as types: the HTTP client
 * (net/client.ts's) and the plugins (plugins/call.ts under runtime/plugins.ts). The dashboard's
 * build reads notify/types.ts, which re-exports these, and has no Node types for the real ones.
 */
import type { Reason } from '../../../shared/contract/reason';

/**
 * What the HTTP channels ask of net/client.ts's Client (written out here: the dashboard's build
 * reads this file's types and has no Node types for the client's own).
 */
export interface ChannelHttp {
  request(req: {
    url: string;
    method?: string;
    headers?: Readonly<Record<string, string>>;
    body?: string;
    signal: AbortSignal;
    over?: 'error' | 'cut';
  }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>;
}

/**
 * One call to a plugin of a kind, by its name (plugins/call.ts under it): its answer's fields, or
 * why there is none, in words; `retry` false when the plugin said a retry will not help, `missing`
 * when no usable plugin has that name.
 */
export type PluginCaller = (
  name: string,
  op: 'send',
  body: Record<string, unknown>,
  signal: AbortSignal,
) => Promise<
  { ok: true; answer: Record<string, unknown> } | { ok: false; reason: Reason; retry: boolean; missing?: true }
>;
