/**
 * IPv6 transition on the Dashboard (issue 77): NAT64 or 464XLAT as the engine sees them now,
 * and the share of the last days with IPv6, in the page's language (shared/nat64.ts; the figure
 * is the engine's, computed once by shared/ipv6-share.ts).
 */
import { useQuery } from '@tanstack/react-query';

import { shareWords } from '../../../shared/ipv6-share';
import { transitionWords } from '../../../shared/nat64';
import { useEngine } from '../api/engine';
import { useTranslator } from '../i18n/I18n';

export function TransitionCard() {
  const { client } = useEngine();
  const words = useTranslator();
  const transition = useQuery({ queryKey: ['transition'], queryFn: () => client.getTransition(), staleTime: 600_000 });
  const t = transition.data;
  if (!t) return null;
  const { days, ...share } = t.ipv6Share;
  return (
    <section className="card" aria-labelledby="transition-h">
      <h2 id="transition-h">{words.t('web.transition.title')}</h2>
      <p>{shareWords(share, days, words)}</p>
      <p className="muted small">{transitionWords(t.verdict, words)}</p>
    </section>
  );
}
