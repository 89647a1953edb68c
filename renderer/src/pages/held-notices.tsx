/**
 * The notices the alert policy holds, under the dashboard's channels and above the Activity page's
 * events (issue 51): news it waits on before telling, in case the condition clears ("office
 * offline, sent at 14:02 unless it returns"), then why. The words are shared/words/held.ts's, as
 * the API and `notify list` say them, the moment in the viewer's zone and clock. Read again on the
 * events that hold or release one (engine.tsx: a change, a delivery, the fleet's sites); the
 * interval only covers a missed event.
 */
import { useQuery } from '@tanstack/react-query';

import type { HeldNotice } from '../../../shared/contract/held';
import { heldTitle, heldWords } from '../../../shared/words/held';
import { sayReason } from '../../../shared/words/reason';
import { useEngine } from '../api/engine';
import { useFormat } from '../i18n/use-format';

const key = (n: HeldNotice) => `${n.kind}:${n.site ?? n.family ?? ''}:${n.heldAt}`;

export function HeldNotices() {
  const { client } = useEngine();
  const held = useQuery({ queryKey: ['held'], queryFn: () => client.getHeldNotices(), refetchInterval: 30_000 });
  const f = useFormat();
  if (held.isError) return <p className="small error-text">{f.words.t('web.held.unreadable')}</p>;
  if (!held.data?.length) return null;
  return (
    <section className="held-notices" aria-labelledby="held-notices-h">
      <h3 id="held-notices-h">{heldTitle(f.words)}</h3>
      <ul className="channels">
        {held.data.map((n) => (
          <li key={key(n)}>
            {heldWords(n, (ms) => f.time(ms), f.words)}
            <span className="muted small block">{sayReason(n.reason, n.why, f.words)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
