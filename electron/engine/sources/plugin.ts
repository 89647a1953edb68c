/**
 * A user's program as a source (plugins/): asked `{"op":"lookup","family":4|6}` once per query, it
 * answers `{"ok":true,"address":"…"}`. Its answer is judged like any source's (shared/ip.ts), it
 * counts as a provider of its own toward the quorum (its name), and its failures back off in the
 * source health book like a built-in's. The query's signal is its deadline as for every source:
 * an abort kills the program with its group and reads as a timeout.
 */
import type { Family } from '../../../shared/types';
import type { Clock } from '../clock';
import { callPlugin } from '../plugins/call';
import type { LoadedManifest } from '../plugins/manifest';
import type { PluginValue } from '../plugins/values';
import { inEnglish, reason } from '../reason';
import { type IpSource, SourceError, type SourceErrorCode } from './types';

export interface PluginSourceSpec {
  kind: 'plugin';
  id: string;
  provider: string;
  family: Family;
  plugin: LoadedManifest;
  settings: Record<string, PluginValue>;
  clock: Clock;
}

/** A plugin source's id and provider: its name, kept apart from the built-ins' and your own sources' ids. */
export const pluginSourceId = (name: string): string => `plugin-${name}`;

export function createPluginSource(spec: PluginSourceSpec): IpSource {
  const name = spec.plugin.manifest.name;

  async function query(signal: AbortSignal): Promise<string> {
    signal.throwIfAborted();
    const body = { family: spec.family };
    const r = await callPlugin({
      plugin: spec.plugin,
      settings: spec.settings,
      op: 'lookup',
      body,
      clock: spec.clock,
      signal,
    });
    if (signal.aborted) throw new SourceError('timeout', `plugin ${name}: no answer in time`);
    if (!r.ok) throw new SourceError(errorCodeOf(r.reason.code), inEnglish(r.reason), undefined, r.reason);
    const address = r.answer.address;
    if (typeof address !== 'string') {
      const why = reason('reason.plugin.wrongAnswer', { name, field: 'address' });
      throw new SourceError('parse', inEnglish(why), undefined, why);
    }
    return address;
  }

  // A program start costs more than a request: asked after the network sources.
  return { id: spec.id, provider: spec.provider, kind: 'plugin', family: spec.family, cost: 50, query };
}

/**
 * A plugin's failure as a source's error code, which the health book reads: no answer in time is a
 * timeout; a program that could not start, crashed or flooded its output failed as a connection
 * would; an answer that is not one is a parse failure, as an echo's page would be.
 */
function errorCodeOf(code: string): SourceErrorCode {
  if (code === 'reason.plugin.timedOut') return 'timeout';
  if (code === 'reason.plugin.couldNotStart' || code === 'reason.plugin.noAnswer') return 'network';
  if (code === 'reason.plugin.tooMuchOutput') return 'network';
  return 'parse';
}
