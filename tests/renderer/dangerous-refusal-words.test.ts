/**
 * The Settings page's refusal of a dangerous change says how to make it anyway (issue 73), in the
 * reader's language: a save the API refused with the `dangerous` code (its 403 body, as http.ts
 * reads it into an ApiError) is said as "run `ipwatch open` on that computer, then try again", with
 * the API's sentence (which change) quoted after it.
 */
import { describe, expect, it } from 'vitest';

import { apiErrorWords } from '../../renderer/src/api/api-error-words';
import { ApiError } from '../../renderer/src/api/http';
import { DANGEROUS_CODE } from '../../shared/contract/error-codes';
import { english, translator } from '../../shared/i18n/translators';

const SAID =
  'a served Discord server added (123456789012345678): this changes where a stored secret goes, what runs on this host, or who may sign in and how';
const refused = new ApiError(403, SAID, DANGEROUS_CODE, SAID);

describe('a dangerous change refused, on the Settings page', () => {
  it.each([
    ['en', english, /On that computer, run `ipwatch open` to confirm it is you, then try again within 5 minutes/],
    ['de', translator('de'), /Führen Sie auf diesem Computer `ipwatch open` aus, .* erneut/],
    ['id', translator('id'), /Di komputer itu, jalankan `ipwatch open` .* coba lagi dalam 5 menit/],
  ] as const)('%s: says how, in the reader’s language, and which change', (_lang, words, how) => {
    const text = apiErrorWords(refused, words);
    expect(text).toMatch(how);
    expect(text).toContain('a served Discord server added');
  });

  it('another refusal (a viewer’s change) does not point at ipwatch open', () => {
    const viewer = 'a viewer reads everything and changes nothing: save the settings is a change, which needs an admin';
    expect(apiErrorWords(new ApiError(403, viewer, 'forbidden', viewer), english)).not.toContain('ipwatch open');
  });
});
