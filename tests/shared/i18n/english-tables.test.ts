/**
 * The words still kept as English tables for the callers not yet translated (the dashboard's
 * Activity page, the runner's lines) say exactly what the catalogue's English says, and every NAT change
 * reads in the pseudo-language with no text outside the catalogue.
 */
import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { natOf } from '../../../shared/nat';
import type { NatVerdict } from '../../../shared/types';
import { noSourceLine } from '../../../shared/words/health-no-source';
import { natChangeWords } from '../../../shared/words/nat';
import { pseudoTranslator, unmarkedText } from '../../helpers/pseudo-language';

const VERDICTS: NatVerdict[] = ['direct', 'nat', 'double-nat', 'cgnat', 'vpn', 'unknown'];
const PAIRS = VERDICTS.flatMap((from) => VERDICTS.map((to) => [from, to] as const));

describe('NAT words', () => {
  it.each(VERDICTS)('%s: the label and detail through the catalogue are the English table', (v) =>
    expect(natOf(v, english)).toEqual(natOf(v)),
  );

  it.each(PAIRS)('%s -> %s: the change through the catalogue is the English table', (from, to) =>
    expect(natChangeWords(from, to, english)).toEqual(natChangeWords(from, to)),
  );

  it.each(PAIRS)('%s -> %s: all in the pseudo-language', (from, to) => {
    const pseudo = pseudoTranslator();
    const w = natChangeWords(from, to, pseudo);
    const texts = [w.title, w.summary, natOf(to, pseudo).label, natOf(to, pseudo).detail];
    expect(texts.flatMap((t) => unmarkedText(t))).toEqual([]);
  });

  it.each([4, 6] as const)("IPv%s: the no-source line without a language is the catalogue's English", (f) =>
    expect(noSourceLine(f)).toBe(noSourceLine(f, english)),
  );
});
