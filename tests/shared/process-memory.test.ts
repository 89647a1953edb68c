import { describe, expect, it } from 'vitest';

import { english, translator } from '../../shared/i18n/translators';
import { bytesText, memoryDetailText, nativeMemoryBytes } from '../../shared/process-memory';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

const MB = 2 ** 20;

describe('nativeMemoryBytes', () => {
  it.each([
    // rss, heapTotal, native: RSS outside the heap V8 reserved, never below 0.
    [85 * MB, 30 * MB, 55 * MB],
    [60 * MB, 60 * MB, 0],
    // heapTotal counts pages V8 reserved but never touched: RSS can be smaller.
    [20 * MB, 30 * MB, 0],
    [0, 0, 0],
  ])('rss %d, heapTotal %d: %d', (rssBytes, heapTotalBytes, native) => {
    expect(nativeMemoryBytes({ rssBytes, heapTotalBytes })).toBe(native);
  });
});

describe('bytesText', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [1536, '1.5 KB'],
    [MB, '1.0 MB'],
    [85 * MB, '85.0 MB'],
  ])('%d bytes: %s', (n, text) => {
    expect(bytesText(n, 'en')).toBe(text);
  });
});

describe('memoryDetailText', () => {
  it('names the heap in use, its reserve and the native part', () => {
    const p = { rssBytes: 85 * MB, heapUsedBytes: 21 * MB, heapTotalBytes: 30 * MB };
    expect(memoryDetailText({ ...p, nativeBytes: nativeMemoryBytes(p) }, english)).toBe(
      'V8 heap 21.0 MB in use (of 30.0 MB); native 55.0 MB (outside the heap)',
    );
  });

  it('in German and Indonesian, with their decimal comma; in the pseudo-language every word marked', () => {
    const p = { rssBytes: 85 * MB, heapUsedBytes: 21 * MB, heapTotalBytes: 30 * MB, nativeBytes: 55 * MB };
    expect(memoryDetailText(p, translator('de'))).toBe(
      'V8-Heap 21,0 MB belegt (von 30,0 MB); nativ 55,0 MB (außerhalb des Heaps)',
    );
    expect(memoryDetailText(p, translator('id'))).toBe(
      'heap V8 21,0 MB terpakai (dari 30,0 MB); native 55,0 MB (di luar heap)',
    );
    expect(bytesText(1536, 'de')).toBe('1,5 KB');
    const pseudo = memoryDetailText(p, pseudoTranslator());
    expect(unmarkedText(pseudo, ['21.0 MB', '30.0 MB', '55.0 MB'])).toEqual([]);
  });
});
