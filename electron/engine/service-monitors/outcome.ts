/**
 * A check's outcome and why, as the API gives it: the reason's code and values for a reader in
 * another language, `detail` its English (electron/engine/reason.ts).
 */
import type { Reason } from '../../../shared/contract/reason';
import { inEnglish, reason } from '../reason';
import type { ProbeResult } from './types';

export { reason };

/** `outcome` because of `r`. */
export const outcome = (o: ProbeResult['outcome'], r: Reason): Omit<ProbeResult, 'ms'> => ({
  outcome: o,
  detail: inEnglish(r),
  reason: r,
});

/** No answer before the monitor's timeout. */
export const timedOut = (): Omit<ProbeResult, 'ms'> => outcome('fail', reason('reason.monitor.timeout'));
