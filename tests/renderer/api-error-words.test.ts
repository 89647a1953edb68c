/**
 * A failed call in the page's language (renderer/src/api/api-error-words.ts): each row of its
 * table, the API's own sentence quoted at most SAID_MAX characters long, English as the API said it.
 */
import { describe, expect, it } from 'vitest';

import { apiErrorWords, SAID_MAX } from '../../renderer/src/api/api-error-words';
import { ApiError } from '../../renderer/src/api/http';
import { NO_ANSWER_WORDS } from '../../renderer/src/api/sign-in-words';
import { english, translator } from '../../shared/i18n/translators';

const de = translator('de');
const id = translator('id');

describe('a failed call in words', () => {
  it('no answer and signed out: the catalogue, its English the client’s', () => {
    expect(apiErrorWords(new ApiError(0, NO_ANSWER_WORDS), english)).toBe(NO_ANSWER_WORDS);
    expect(apiErrorWords(new ApiError(0, NO_ANSWER_WORDS), de)).toMatch(/^keine Antwort von IPWatch/);
    expect(apiErrorWords(new ApiError(401, 'signed out'), id)).toBe('sudah keluar');
  });

  it('a fixed sentence of the API: its English exactly, its translation', () => {
    const refused = new ApiError(
      403,
      'requests from other sites are refused',
      'cross_site',
      'requests from other sites are refused',
    );
    expect(apiErrorWords(refused, english)).toBe(refused.message);
    expect(apiErrorWords(refused, id)).toBe('permintaan dari situs lain ditolak');
  });

  it("a restore refused for planted schema objects: the page's own sentence in every language, not the file's names", () => {
    const said =
      'cannot restore x.sqlite: it holds schema objects IPWatch does not make (schema version 19): trigger "t"';
    const refused = new ApiError(422, said, 'foreign_schema', said);
    expect(apiErrorWords(refused, english)).toBe(
      'this file holds a view, a trigger, or a table or index that IPWatch does not make or made otherwise, so it is not used',
    );
    expect(apiErrorWords(refused, de)).toMatch(/^diese Datei enthält Datenbankobjekte/);
    expect(apiErrorWords(refused, id)).toMatch(/^berkas ini berisi view, trigger/);
    for (const words of [english, de, id]) expect(apiErrorWords(refused, words)).not.toContain('"t"');
  });

  it('a settings write on a full disk: the API’s sentence in English, the same in German and Indonesian', () => {
    const said = english.t('web.apiError.diskFull');
    const full = new ApiError(507, said, 'disk_full', said);
    expect(apiErrorWords(full, english)).toMatch(/^the disk is full: the settings were not saved/);
    expect(apiErrorWords(full, de)).toMatch(/^der Datenträger ist voll: die Einstellungen wurden nicht gespeichert/);
    expect(apiErrorWords(full, id)).toMatch(/^disk penuh: pengaturan tidak disimpan/);
  });

  it('any other sentence: as it was in English, quoted and cut to a line in another language', () => {
    const long = `no site "${'x'.repeat(300)}" is watched`;
    const gone = new ApiError(404, long, 'refused', long);
    expect(apiErrorWords(gone, english)).toBe(long);
    const said = apiErrorWords(gone, de);
    expect(said).toMatch(/^das gibt es in der App nicht \(HTTP 404\).*; Antwort der App: „no site "x+…“$/);
    expect(said.length).toBeLessThan(SAID_MAX + 120);
  });

  it('a status with no sentence: in words, in English too', () => {
    expect(apiErrorWords(new ApiError(418, 'HTTP 418'), english)).toBe('the app refused the request (HTTP 418)');
    expect(apiErrorWords(new ApiError(503, 'Service Unavailable'), de)).toBe(
      'die App ist ausgelastet (HTTP 503): versuchen Sie es gleich noch einmal',
    );
  });

  it('an error of the app’s IPC (no status): its message, quoted in another language', () => {
    const err = new Error('retryDdnsRecord is not available in this version');
    expect(apiErrorWords(err, english)).toBe(err.message);
    expect(apiErrorWords(err, id)).toBe(`jawaban aplikasi: “${err.message}”`);
  });
});
