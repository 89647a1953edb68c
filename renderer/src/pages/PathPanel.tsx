/**
 * The path beside the changes (issue 77): the newest paths traced to the target, each with its
 * hops (address and network) and what changed since the path before, in the page's language
 * (shared/path.ts); and a button to trace it now. Nothing shown while the path is off and none
 * was ever traced.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { PathRecord } from '../../../shared/contract/path';
import type { Translator } from '../../../shared/i18n/translator';
import { pathDiffWords } from '../../../shared/path';
import { useEngine } from '../api/engine';
import { useZone } from '../charts/use-zone';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';

const SHOWN = 5;

function hopsText(p: PathRecord, words: Translator): string {
  return p.hops
    .map((h) => {
      const who = h.address ?? words.t('web.path.noReply');
      return h.asn === null ? who : `${who} (AS${h.asn})`;
    })
    .join(' → ');
}

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
  const refused = trace.data && !trace.data.ran ? trace.data.said : null;
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
              <span className="muted small">
                {words.t(p.trigger === 'change' ? 'web.path.afterChange' : 'web.path.asked', { tool: p.tool })}
              </span>
              <span className="mono small block">{hopsText(p, words)}</span>
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
