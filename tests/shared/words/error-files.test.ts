/**
 * Node's file system failures in words (issue 62): a settings file the bot's /config set could not
 * read or write was Node's English (`ENOENT: no such file or directory, open '…'`) inside a German
 * or Indonesian reply. A connection's `connect EACCES` stays a failed request.
 */
import { describe, expect, it } from 'vitest';

import { english, translator } from '../../../shared/i18n/translators';
import { errorInLine, errorShort, knownErrorInLine } from '../../../shared/words/error';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const de = translator('de');
const id = translator('id');
const MISSING = "ENOENT: no such file or directory, open '/data/settings.json'";
const REFUSED = "EACCES: permission denied, open '/data/settings.json'";
const FULL = 'ENOSPC: no space left on device, write';

describe('a file Node could not read or write, in words', () => {
  it.each([
    [MISSING, 'The file /data/settings.json is not there: was it moved or deleted?'],
    [REFUSED, 'IPWatch may not write or read /data/settings.json: check who owns the folder and its permissions.'],
    [FULL, 'The disk is full, so IPWatch could not write: free some space.'],
    ['connect EACCES 10.0.0.2:22', 'The request to 10.0.0.2:22 failed on the way (EACCES): try again.'],
  ])('%s', (raw, words) => {
    expect(errorInLine(raw, english)).toBe(words);
  });

  it('in German and Indonesian', () => {
    expect(errorInLine(MISSING, de)).toBe(
      'Die Datei /data/settings.json ist nicht vorhanden: wurde sie verschoben oder gelöscht?',
    );
    expect(errorInLine(REFUSED, de)).toBe(
      'IPWatch darf /data/settings.json nicht schreiben oder lesen: prüfen Sie Besitzer und Rechte des Ordners.',
    );
    expect(errorInLine(FULL, id)).toBe('Disk penuh, jadi IPWatch tidak dapat menulis: kosongkan sebagian ruang.');
    expect(errorShort(MISSING, id)).toBe('sebuah berkas tidak ada');
    expect(errorShort(FULL, de)).toBe('Datenträger voll');
  });

  it('the pseudo-language marks every word but the path', () => {
    const pseudo = pseudoTranslator();
    for (const raw of [MISSING, REFUSED, FULL])
      expect(unmarkedText(errorInLine(raw, pseudo), ['/data/settings.json'])).toEqual([]);
  });

  it('knownErrorInLine: words for a code, null for a sentence of no code', () => {
    expect(knownErrorInLine(MISSING, de)).toBe(errorInLine(MISSING, de));
    expect(knownErrorInLine('HTTP 404', english)).toBe(errorInLine('HTTP 404', english));
    expect(knownErrorInLine('Halted by the writer', de)).toBeNull();
  });
});
