/**
 * The end of a check: each family's cause weighed beside the other's (shared/check-cause.ts), kept
 * on its last check and put on its check event, which goes out only then, so every reader (the
 * API, Activity, the log, the bot) gets the cause the engine decided, once. A family not asked in
 * this check (`only`) is weighed by its latest check. Returns the causes of the families asked.
 */
import { type CheckCause, checkCauses } from '../../../shared/check-cause';
import type { CheckEvent, Family } from '../../../shared/types';
import type { FamilyRunner, FamilyVerdict } from './family-runner';

export function settleCauses(
  families: Record<Family, FamilyRunner>,
  enabled: readonly Family[],
  asked: readonly Family[],
  verdicts: readonly (FamilyVerdict | null)[],
  emit: (e: CheckEvent) => void,
): Partial<Record<Family, CheckCause | null>> {
  const own: Partial<Record<Family, CheckCause | null>> = {};
  for (const f of enabled) {
    const i = asked.indexOf(f);
    const cause = i >= 0 ? verdicts[i]?.cause : families[f].latestCause();
    if (cause !== undefined) own[f] = cause;
  }
  const final = checkCauses(own);
  const out: Partial<Record<Family, CheckCause | null>> = {};
  asked.forEach((f, i) => {
    const v = verdicts[i];
    if (!v) return;
    out[f] = final[f] ?? v.cause;
    emit(families[f].settle(v, out[f] ?? null));
  });
  return out;
}
