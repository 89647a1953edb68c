// @vitest-environment happy-dom
/**
 * Settings named by their label in the page's language, never by their dotted path
 * (shared/words/setting-label.ts): the Checks card with the router not asked, and the Connections
 * page's "turned on by" column, in German, Indonesian and the pseudo-language.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

/** A setting's dotted path, as the inventory and the engine write it (`router.enabled`). */
const DOTTED_PATH = /\b[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*\b/;

const routerOff = () =>
  fakeEngine({
    status: status({ router: { state: 'off', protocol: null, externalAddress: null, checkedAt: null, error: null } }),
  });

async function checksCard(words: NonNullable<Parameters<typeof renderApp>[2]>['words']) {
  const fake = routerOff();
  renderApp(fake, '#/', { words });
  const card = await waitFor(() => {
    const heading = document.getElementById('checks-h');
    if (!heading) throw new Error('no Checks card yet');
    return heading.closest('section')!;
  });
  return { fake, card };
}

describe('the Checks card, the router not asked', () => {
  it.each([
    ['de', de, 'nicht gefragt (Router › Router fragen ist aus)'],
    ['id', id, 'tidak ditanya (Router › Tanya router nonaktif)'],
  ] as const)('in %s names the setting by its label', async (language, messages, line) => {
    const { card } = await checksCard({ language, messages });
    expect(card.textContent).toContain(line);
    expect(card.textContent).not.toContain('router.enabled');
  });

  it('in the pseudo-language, the label is the catalogue’s too', async () => {
    const words = pseudoWords();
    const { fake, card } = await checksCard(words);
    expect(card.textContent).not.toContain('router.enabled');
    expect(unmarkedText(readableText(card), await pageData(fake))).toEqual([]);
  });
});

/** The declared rows' "turned on by" cells: each row's link (or words) to what turns it on. */
async function settingCells(words: NonNullable<Parameters<typeof renderApp>[2]>['words'], column: string) {
  renderApp(fakeEngine(), '#/connections', { words });
  const rows = await screen.findAllByTestId('declared-row');
  return rows.map((r) => r.querySelector(`td[data-label="${column}"]`)!);
}

describe('the Connections page, what turns a destination on', () => {
  it.each([
    ['de', de, 'Eingebaute Web-Quellen', 'Router fragen'],
    ['id', id, 'Sumber web bawaan', 'Tanya router'],
  ] as const)('in %s is each setting’s label, linked to its section', async (language, messages, web, router) => {
    const cells = await settingCells({ language, messages }, messages['web.connections.col.setting']);
    expect(cells.length).toBeGreaterThan(5);
    for (const c of cells) expect(c.textContent).not.toMatch(DOTTED_PATH);
    const links = cells.flatMap((c) => [...c.querySelectorAll('a')]);
    expect(links.find((a) => a.textContent === web)?.getAttribute('href')).toBe('#/settings/egress');
    // The rows are grouped by purpose, a long group folded (issue 75): open each, as a reader would.
    const declared = cells[0]!.closest<HTMLElement>('section[aria-labelledby="declared-h"]')!;
    const user = userEvent.setup();
    for (const g of within(declared).getAllByTestId('declared-group')) {
      if (!(g as HTMLDetailsElement).open) await user.click(g.querySelector('summary')!);
      expect((g as HTMLDetailsElement).open).toBe(true);
    }
    expect(within(declared).getAllByRole('link', { name: router })[0]!.getAttribute('href')).toBe('#/settings/monitor');
  });

  it('in the pseudo-language, no setting is shown by its path', async () => {
    const words = pseudoWords();
    const cells = await settingCells(words, words.messages['web.connections.col.setting']);
    for (const c of cells) {
      expect(c.textContent).not.toMatch(DOTTED_PATH);
      expect(unmarkedText(readableText(c))).toEqual([]);
    }
  });
});
