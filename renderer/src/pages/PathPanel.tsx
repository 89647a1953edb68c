/**
 * The path beside the changes (issue 77): the newest paths traced to the target, each with its
 * hops (address and network) and what changed since the path before, in the page's language
 * (shared/words/path.ts: the bot's /path and `ipwatch path` say the same); and a button to trace
 * it now, or why none ran. Nothing shown while the path is off and none was ever traced.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { pathDiffWords } from '../../../shared/path';
import { pathHopsText, pathHowText, pathRefusedText } from '../../../shared/words/path';
import { useEngine } from '../api/engine';
import { useZone } from '../charts/use-zone';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';

const SHOWN = 5;

export function PathPanel() {
  const { client } = useEngine();
  const words = useTranslator();
  const zone = useZone();
  const queries = useQueryClient();
  const paths = useQuery({ queryKey: ['paths'], queryFn: () => client.getPaths({ limit: SHOWN }) });
  const trace = useMutation({
    mutationFn: () => client.tracePath(),
    onSettled: () => queries.invalidateQueries({ queryKey: ['paths'] }),
  });
  const items = paths.data?.items ?? [];
  const refused = trace.data && !trace.data.ran ? pathRefusedText(trace.data, words) : null;
  return (
    <section className="card" aria-labelledby="path-title">
      <h2 id="path-title">{words.t('web.path.title')}</h2>
      <button type="button" onClick={() => trace.mutate()} disabled={trace.isPending}>
        {words.t(trace.isPending ? 'web.path.tracing' : 'web.path.trace')}
      </button>
      {refused && <p role="status">{refused}</p>}
      {items.length === 0 ? (
        <p className="muted">{words.t('web.path.none')}</p>
      ) : (
        <ol className="plain">
          {items.map((p) => (
            <li key={p.id}>
              <span className="nowrap">{formatTime(p.at, zone, zone.language)}</span>{' '}
              <span className="muted small">{pathHowText(p, words)}</span>
              <span className="mono small block">{pathHopsText(p, words)}</span>
              {pathDiffWords(p.diff, words).map((line) => (
                <span key={line} className="small block">
                  {line}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
