/** The sign-in form's words for a refusal by status (renderer/src/api/sign-in-words.ts), issue 50. */
import { describe, expect, it } from 'vitest';

import {
  NO_ANSWER,
  NO_ANSWER_WORDS,
  type SignInRefusal,
  tooManySignIns,
  tooManySignInsWords,
  WRONG_TOKEN,
  WRONG_TOKEN_WORDS,
} from '../../renderer/src/api/sign-in-words';
import { english } from '../../shared/i18n/translators';

describe('tooManySignInsWords', () => {
  it.each<[string, string | null, string]>([
    ['the wait the server gives', '58', 'refused for the next 58 s, even with the right token.'],
    ['with spaces around it', ' 7 ', 'refused for the next 7 s,'],
    ['no Retry-After', null, 'refused for a while, even with the right token.'],
    ['a date, not seconds', 'Fri, 27 Nov 2026 01:00:00 GMT', 'refused for a while,'],
    ['nonsense', 'soon', 'refused for a while,'],
  ])('%s', (_name, header, says) => {
    const words = tooManySignInsWords(header);
    expect(words).toMatch(/^Too many wrong tokens or sign-ins from this address\. Every sign-in from it is /);
    expect(words).toContain(says);
  });
});

describe('the refusals as messages say what the client says in English', () => {
  it.each<[string, SignInRefusal, string]>([
    ['a wrong token', WRONG_TOKEN, WRONG_TOKEN_WORDS],
    ['too many, with a wait', tooManySignIns('58'), tooManySignInsWords('58')],
    ['too many, no wait', tooManySignIns(null), tooManySignInsWords(null)],
    ['no answer', NO_ANSWER, `Sign-in failed: ${NO_ANSWER_WORDS}.`],
  ])('%s', (_name, refusal, words) => expect(english.t(refusal.id, refusal.values)).toBe(words));
});
