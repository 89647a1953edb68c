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
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import type { EngineError } from '../../../shared/types';
import { useFormat } from '../i18n/use-format';
import { ErrorText } from './ErrorText';

/** The engine's parts (runtime/features.ts names) as the pages name them. */
const PARTS: Record<string, MessageId> = {
  notifier: 'web.engineError.part.notifier',
  'discord bot': 'web.engineError.part.discordBot',
  ddns: 'web.engineError.part.ddns',
  forecast: 'web.engineError.part.forecast',
  identity: 'web.engineError.part.identity',
  monitors: 'web.engineError.part.monitors',
  speed: 'web.engineError.part.speed',
  watcher: 'web.engineError.part.watcher',
};

const capital = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/** The engine's own names (a store's table, a part it does not list) stay as it says them. */
export function engineErrorLead(where: string, words: Translator): string {
  const store = /^store: (.+)$/.exec(where)?.[1];
  if (store) return words.t('web.engineError.store', { what: store });
  if (where === 'check') return words.t('web.engineError.check');
  const part = /^(.+?)(?: \((.+)\))?$/.exec(where)!;
  const id = PARTS[part[1]!];
  const name = id ? words.t(id) : capital(part[1]!);
  return part[2]
    ? words.t('web.engineError.failedWhile', { part: name, when: part[2] })
    : words.t('web.engineError.failed', { part: name });
}

export function EngineErrorLine({ error, now }: { error: EngineError; now: number }) {
  const f = useFormat();
  return (
    <div className="error-text" role="status" data-testid="engine-error">
      {f.words.t('web.engineError.line', {
        lead: engineErrorLead(error.where, f.words),
        ago: f.relative(error.at, now),
      })}{' '}
      <ErrorText raw={error.message} />
    </div>
  );
}
