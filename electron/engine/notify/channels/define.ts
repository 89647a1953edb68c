/**
 * The common shape of a channel provider: its type, a zod schema for its own options and a
 * factory. `defineChannel` closes over the option type, so the registry holds providers of
 * different option types under one interface without `any`.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import type { ChannelType } from '../../../../shared/notify-types';
import type { Reason } from '../../../../shared/reason';
import { requiredSecret } from '../../../../shared/settings/channel-options';
import { formatIssues, httpUrlSchema } from '../../../../shared/settings/schema-common';
import { reasonOfError } from '../../reason';
import type { Channel, ChannelDeps } from '../types';

/** Not built: `reason` in English, and as a code when the factory threw one (`reasonCode`). */
export type BuildResult = { ok: true; channel: Channel } | { ok: false; reason: string; reasonCode?: Reason };

export interface ChannelProvider {
  readonly type: ChannelType;
  readonly label: string;
  /** Validates the type-specific options: null when fine, else the reason. */
  validate(options: Record<string, unknown>): string | null;
  /** Validates the type-specific options and builds the channel; never throws. */
  build(options: Record<string, unknown>, deps: ChannelDeps): BuildResult;
}

export { channelOptions } from '../../../../shared/settings/channel-options';

const formatZodIssues = (e: core.$ZodError): string => formatIssues(e, '(options)').join('; ');

export function defineChannel<S extends core.$ZodType<object>>(def: {
  type: ChannelType;
  label: string;
  options: S;
  /** A rule across options that the schema leaves open (e.g. a secret's form depends on a mode): the reason, or null. */
  check?: (options: z.output<S>) => string | null;
  create: (options: z.output<S>, deps: ChannelDeps) => Channel;
}): ChannelProvider {
  const parse = (options: Record<string, unknown>) => {
    const parsed = z.safeParse(def.options, options);
    if (!parsed.success) return { ok: false as const, reason: formatZodIssues(parsed.error) };
    const reason = def.check?.(parsed.data) ?? null;
    return reason === null ? { ok: true as const, data: parsed.data } : { ok: false as const, reason };
  };
  return {
    type: def.type,
    label: def.label,
    validate(options) {
      const parsed = parse(options);
      return parsed.ok ? null : parsed.reason;
    },
    build(options, deps) {
      const parsed = parse(options);
      if (!parsed.ok) return parsed;
      try {
        return { ok: true, channel: def.create(parsed.data, deps) };
      } catch (err) {
        const code = reasonOfError(err);
        return {
          ok: false,
          reason: err instanceof Error ? err.message : String(err),
          ...(code ? { reasonCode: code } : {}),
        };
      }
    },
  };
}

/** An http(s) URL, e.g. a webhook or an API base. */
export const httpUrl = httpUrlSchema;

/** A secret that must be set (a token, a password). */
export const secret = requiredSecret;

/** Joins a base URL and a path without doubling or dropping the slash. */
export const joinUrl = (base: string, path: string): string =>
  `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
