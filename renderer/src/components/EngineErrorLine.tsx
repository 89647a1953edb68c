/**
 * The engine's kept failure (status `lastError`) as a person reads it: what failed, in words
 * ("Could not save the check to the history"), the error as a sentence, and the engine's own text
 * under Details (ErrorText).
 *
 * | where           | lead                                          |
 * |-----------------|-----------------------------------------------|
 * | store: <what>   | Could not save the <what> to the history      |
 * | check           | A check failed                                |
 * | notifier        | The notifications failed                      |
 * | ddns (start)    | The DNS records failed (start)                |
 * | <other>         | <other> failed                                |
 */
import type { EngineError } from '../../../shared/types';
import { formatRelative } from '../format';
import { ErrorText } from './ErrorText';

/** The engine's parts (runtime/features.ts names) as the pages name them. */
const PARTS: Record<string, string> = {
  notifier: 'The notifications',
  'discord bot': 'The Discord bot',
  ddns: 'The DNS records',
  forecast: 'The forecast',
  identity: 'The network identity',
  monitors: 'The service monitors',
  speed: 'The speed test',
  watcher: 'The change watcher',
};

const capital = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

export function engineErrorLead(where: string): string {
  const store = /^store: (.+)$/.exec(where)?.[1];
  if (store) return `Could not save the ${store} to the history`;
  if (where === 'check') return 'A check failed';
  const part = /^(.+?)(?: \((.+)\))?$/.exec(where)!;
  const name = PARTS[part[1]!] ?? capital(part[1]!);
  return `${name} failed${part[2] ? ` (${part[2]})` : ''}`;
}

export function EngineErrorLine({ error, now }: { error: EngineError; now: number }) {
  return (
    <div className="error-text" role="status" data-testid="engine-error">
      {engineErrorLead(error.where)}, {formatRelative(error.at, now)}: <ErrorText raw={error.message} />
    </div>
  );
}
