/**
 * The last answer a provider's calls had, beside the outcome http.ts makes of it: for an API that
 * says "there is no such record" with a 404 (NS1, Gcore: record-set.ts), which must be told from
 * a 404 for a zone that is not the key's. The status and the provider's words are kept, never
 * the body itself.
 */
import type { DdnsHttp } from './http';

export interface LastAnswer {
  /** The HTTP status of the last answer (0 before any, or when none came). */
  status: number;
  /** The provider's words in the last answer's body, as its file reads them; '' when none. */
  said: string;
}

/** `http` with its last answer's status and words kept in `last` (reset it before a call). */
export function watchAnswers(
  http: DdnsHttp,
  wordsOf: (body: string) => string | null,
): { http: DdnsHttp; last: LastAnswer } {
  const last: LastAnswer = { status: 0, said: '' };
  return {
    last,
    http: async (req) => {
      last.status = 0;
      last.said = '';
      const answer = await http(req);
      last.status = answer.status;
      last.said = answer.status >= 400 ? (wordsOf(answer.body) ?? '') : '';
      return answer;
    },
  };
}

/** A 404 that means the record is missing, not its zone (whose words name it): the record is made. */
export const missingRecord = (last: LastAnswer): boolean => last.status === 404 && !/\bzone\b/i.test(last.said);
