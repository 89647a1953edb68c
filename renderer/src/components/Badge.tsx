/** A small coloured label for a state (online, open breaker, retrying channel...). */
import type { Tone } from './tone';

export type { Tone };

export function Badge({ tone, children, label }: { tone: Tone; children: string; label?: string }) {
  return (
    <span className={`badge badge-${tone}`} aria-label={label}>
      {children}
    </span>
  );
}
