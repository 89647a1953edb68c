/**
 * Two runners claiming one site (issue 59): each run of the publisher puts a random `instance` in
 * its state (index.ts; never secret). A restart changes it once (A, then B for good); two runners
 * publishing the same site name make the watcher hear the instances alternate (A, B, A...). The
 * watcher (and the publisher watching its own site) says so on the site's row. Pure.
 *
 *   held (current, previous, switched at)  | heard instance             | after                     | two runners
 *   ---------------------------------------+----------------------------+---------------------------+------------
 *   nothing                                | A                          | A                         | no
 *   any                                    | none (an older site, will) | as held                   | no
 *   A                                      | A                          | as held                   | no
 *   A, previous none                       | B                          | B, previous A, now        | no (a restart)
 *   A, previous B, within the window       | B                          | B, previous A, now        | yes: B came back
 *   A, previous B, past the window         | B                          | B, previous A, now        | no
 *   A, previous B                          | C                          | C, previous A, now        | no
 */
import { FLEET_CLAIM_WINDOW_MS } from '../../../shared/contract/fleet';

export interface Claims {
  current: string;
  previous: string | null;
  switchedAt: number | null;
}

export function claimStep(
  held: Claims | null,
  instance: string | null | undefined,
  at: number,
): { claims: Claims | null; alternated: boolean } {
  if (!instance) return { claims: held, alternated: false };
  if (!held) return { claims: { current: instance, previous: null, switchedAt: null }, alternated: false };
  if (instance === held.current) return { claims: held, alternated: false };
  const alternated =
    instance === held.previous && held.switchedAt !== null && at - held.switchedAt <= FLEET_CLAIM_WINDOW_MS;
  return { claims: { current: instance, previous: held.current, switchedAt: at }, alternated };
}

/**
 * The site's twoRunnersAt after a state heard at `at`: now when the instances alternated, kept
 * while within the window, null once a window passed with one instance only.
 */
export function twoRunnersAt(held: number | null | undefined, alternated: boolean, at: number): number | null {
  if (alternated) return at;
  return typeof held === 'number' && at - held <= FLEET_CLAIM_WINDOW_MS ? held : null;
}
