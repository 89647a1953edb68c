/** The sign-in form's words for a refusal by status (renderer/src/api/sign-in-words.ts), issue 50. */
import { describe, expect, it } from 'vitest';

import { tooManySignInsWords } from '../../renderer/src/api/sign-in-words';

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
