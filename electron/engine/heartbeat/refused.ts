/**
 * A service's answer that IPWatch words (what it means for the ping): the English `error` the
 * status and the log keep, and its code for a reader in another language.
 */
import type { Reason } from '../../../shared/reason';
import { inEnglish } from '../reason';
import type { PingAnswer } from './types';

export const refused = (r: Reason): PingAnswer => ({ ok: false, error: inEnglish(r), reason: r });
