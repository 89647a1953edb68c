// @vitest-environment happy-dom
/**
 * Every page in the pseudo-language (tests/helpers/pseudo-language.ts): each visible text, and
 * each label a screen reader or a tooltip reads, must come from the catalogue (between ⟦ ⟧) or be
 * the test's own data. A page still being translated is listed in UNTRANSLATED, and the test
 * holds that it still shows unmarked text, so the list can only shrink (issue 62).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PAGES } from '../../renderer/src/routes';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp, runs } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

/** Pages whose words are not all in the catalogue yet: each must still show unmarked text. */
const UNTRANSLATED = new Set<string>([]);

/** The fake engine's own values (addresses, names): data, not words. */
async function dataOf(fake: ReturnType<typeof fakeEngine>): Promise<string[]> {
  return pageData(fake);
}

describe('every page in the pseudo-language', () => {
  for (const page of PAGES)
    it(`${page.path} (${page.title})`, async () => {
      const fake = fakeEngine({ history: runs(6) });
      const { queryClient, container } = renderApp(fake, `#${page.path}`, { words: pseudoWords() });
      await screen.findByRole('main');
      // The page's chunk and its first answers are in: nothing loads, nothing is asked.
      await vi.waitFor(
        () => {
          expect(container.querySelector('.state.loading')).toBeNull();
          expect(container.querySelector('main h1, main h2')).not.toBeNull();
          expect(queryClient.isFetching()).toBe(0);
        },
        { timeout: DOM_WAIT_MS },
      );
      const unmarked = unmarkedText(readableText(container), await dataOf(fake));
      if (UNTRANSLATED.has(page.path))
        expect(unmarked.length, 'translated now: take it off UNTRANSLATED').toBeGreaterThan(0);
      else expect(unmarked).toEqual([]);
    });
});
