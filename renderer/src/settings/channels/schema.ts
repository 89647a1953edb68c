/**
 * A channel's type and its options' messages, from the type's own schema (the engine's,
 * shared/settings/channel-options.ts). Pure.
 */
import { channelOptionIssues } from '../../../../shared/settings/channel-options';
import { looksLikeSecretRef } from '../../../../shared/settings/secret';
import { errorsByPath, isSecretMarker } from '../schema-walk';

export { isChannelType } from '../../../../shared/settings/channel-options';

/**
 * The type's schema's messages for a channel's options, by dotted path under the channel
 * (`url`, `auth.pass`; `` for the options as a whole). A secret left as stored (a marker) or
 * given by reference is the engine's to check: it holds the value.
 */
export function optionErrors(channel: Record<string, unknown>): Map<string, string> {
  const issues = channelOptionIssues(channel, (v) => isSecretMarker(v) || looksLikeSecretRef(v));
  // The type's own error is keyed by the options as a whole, as the form shows it.
  return errorsByPath(issues.map((i) => (i.path[0] === 'type' ? { ...i, path: [] } : i)));
}
