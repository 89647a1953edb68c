/**
 * Waits for work at most `ms` on the injected clock: every wait of the fleet on the broker (a
 * publish's acknowledgement, a stop, the link's goodbye) is bounded by it, so no broker, however
 * it fails, can hold a settings edit or a shutdown. The work is not cancelled: the caller decides
 * what a late answer means (link.ts then forces the connection shut).
 */
import type { Clock, Timer } from '../clock';

export type InTime<T> = { done: true; value: T } | { done: false };

export async function inTime<T>(work: Promise<T>, ms: number, clock: Clock): Promise<InTime<T>> {
  let timer: Timer | null = null;
  try {
    return await Promise.race([
      work.then((value): InTime<T> => ({ done: true, value })),
      new Promise<InTime<T>>((resolve) => {
        timer = clock.setTimeout(() => resolve({ done: false }), ms);
      }),
    ]);
  } finally {
    if (timer) clock.clearTimeout(timer);
  }
}
