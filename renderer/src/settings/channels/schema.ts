/**
 * A channel's type and its options' messages, from the type's own schema (the engine's,
 * shared/channel-options.ts). Pure.
 */
import { CHANNEL_OPTIONS, channelOptions } from '../../../../shared/channel-options';
import { CHANNEL_TYPES, type ChannelType } from '../../../../shared/notify-types';
import { looksLikeSecretRef } from '../../../../shared/secret';
import { errorsByPath, getAt, isSecretMarker, type Path } from '../schema-walk';

export const isChannelType = (t: string): t is ChannelType => (CHANNEL_TYPES as readonly string[]).includes(t);

/**
 * The type's schema's messages for a channel's options, by dotted path under the channel
 * (`url`, `auth.pass`; `` for the options as a whole). A secret left as stored (a marker) or
 * given by reference is the engine's to check: it holds the value.
 */
export function optionErrors(channel: Record<string, unknown>): Map<string, string> {
  const type = String(channel.type);
  if (!isChannelType(type)) return new Map([['', `unknown channel type "${type}"`]]);
  const options = channelOptions(channel);
  const r = CHANNEL_OPTIONS[type].safeParse(options);
  if (r.success) return new Map();
  const held = (path: readonly PropertyKey[]) =>
    path.some((_, i) => {
      const v = getAt(options, path.slice(0, i + 1) as Path);
      return isSecretMarker(v) || looksLikeSecretRef(v);
    });
  // A missing value gets one word for it, whatever the schema's message for the wrong type.
  const issues = r.error.issues
    .filter((i) => !held(i.path))
    .map((i) =>
      i.path.length > 0 && getAt(options, i.path as Path) === undefined ? { ...i, message: 'required' } : i,
    );
  return errorsByPath(issues);
}
