/**
 * A source's state in one word (shared/source-state.ts) with when it last answered, and the
 * reason behind a disclosure, in words (ErrorText): a person reads "failing" or "not answering"
 * and "The connection was closed before an answer"; "network: UND_ERR_SOCKET…" is folded under
 * Details. Once the source answers again the reason is gone: an error it recovered from is not
 * its state. Given its family's last check, the word agrees with the headline (an outage makes
 * every row "not answering").
 */
import { type SourceState, sourceState, sourceWordText } from '../../../shared/source-state';
import type { LastCheck, SourceHealth } from '../../../shared/types';
import { sourceErrorWords } from '../../../shared/words/source-error';
import { useFormat } from '../i18n/use-format';
import { useNow } from '../use-now';
import { Badge } from './Badge';
import { ErrorText } from './ErrorText';

function When({ ms, now }: { ms: number; now: number }) {
  const f = useFormat();
  // A status newer than this row's clock reads "now", never "in 3 s".
  return (
    <time dateTime={new Date(ms).toISOString()} title={f.time(ms)}>
      {f.relative(Math.min(ms, now), now)}
    </time>
  );
}

/** The line under a source's name: its last answer, or that it was never asked. */
export function SourceActivity({ source: s, lastCheck }: { source: SourceHealth; lastCheck?: LastCheck | null }) {
  const now = useNow();
  const { words } = useFormat();
  const { t } = words;
  const st = sourceState(s, lastCheck, words);
  if (s.lastSuccessAt === undefined) {
    // Never asked (an outage is not counted against it either): it has not failed to answer.
    if (st.word === 'not asked yet') return null;
    const never = s.successes + s.failures === 0 ? 'web.source.notAskedBefore' : 'web.source.neverAnswered';
    return <span className="muted small block">{t(never)}</span>;
  }
  // In a check without agreement it did answer, with an address (its line beside says which),
  // when that check ran: not a grey "last answer", as if it had failed.
  if (st.word === 'no agreement' && lastCheck)
    return (
      <span className="small block">
        {t('web.source.answered')} <When ms={lastCheck.at} now={now} />
      </span>
    );
  const fine = st.word === 'answering' || st.word === 'slow';
  return (
    <span className={fine ? 'small block' : 'muted small block'}>
      {t(fine ? 'web.source.answered' : 'web.source.lastAnswer')} <When ms={s.lastSuccessAt} now={now} />
    </span>
  );
}

function Retry({ st, now }: { st: SourceState; now: number }) {
  const f = useFormat();
  if (st.word !== 'resting after failures') return null;
  if (st.retryAt === null || st.retryAt <= now)
    return <span className="block">{f.words.t('web.source.askedAgainNextCheck')}</span>;
  return (
    <span className="block">
      {f.words.t('web.source.askedAgain')}{' '}
      <time dateTime={new Date(st.retryAt).toISOString()}>{f.relative(st.retryAt, now)}</time>
    </span>
  );
}

/** The state's word as a badge, and the reason behind a disclosure when there is one. */
export function SourceStateCell({
  source: s,
  lastCheck,
  why = true,
}: {
  source: SourceHealth;
  lastCheck?: LastCheck | null;
  /** False when the line above the row already says why (an outage: the network, once). */
  why?: boolean;
}) {
  const now = useNow();
  const { words } = useFormat();
  const { t } = words;
  const st = sourceState(s, lastCheck, words);
  const word = sourceWordText(st.word, words);
  return (
    <>
      <Badge tone={st.tone}>{word}</Badge>
      {why && st.reason !== null && (
        <details className="source-reason small">
          <summary>
            {t('web.source.why')}
            <span className="sr-only"> {t('web.source.isState', { source: s.id, state: word })}</span>
          </summary>
          <div>
            <ErrorText
              raw={st.reason}
              said={sourceErrorWords(st.reason, st.reasonCode, words, undefined, s.own === true)}
              after={
                st.reasonAt !== null && (
                  <>
                    {' '}
                    (<When ms={st.reasonAt} now={now} />)
                  </>
                )
              }
            />
          </div>
          <Retry st={st} now={now} />
        </details>
      )}
    </>
  );
}
