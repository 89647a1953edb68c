// @vitest-environment happy-dom
/**
 * A source's error on the Dashboard in the page's language (issue 62): the Sources grid's reason
 * behind Why, said from the error's code (shared/words/source-error.ts), the Checks card beside it
 * and the channel list's type names, in the pseudo-language, German and Indonesian; English as it
 * was, and an engine without codes still read from its English.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { validateAnswer } from '../../shared/ip';
import type { SourceHealth } from '../../shared/types';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, runs, status } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

/** A source the engine set aside: its last error, and the code beside it as the engine gives it. */
function failing(sourceId: string, error: string, code: SourceHealth['lastErrorCode']): SourceHealth {
  return {
    id: sourceId,
    provider: sourceId,
    kind: 'http',
    family: 4,
    state: 'open',
    successes: 1,
    failures: 5,
    consecutiveFailures: 5,
    successRate: 0.17,
    latencyMs: null,
    lastError: error,
    ...(code ? { lastErrorCode: code } : {}),
    lastErrorAt: Date.now() - 60_000,
  };
}

/** The engine's own rejection of an answer (shared/ip.ts), its English and its code. */
function rejected(raw: string): { error: string; code: SourceHealth['lastErrorCode'] } {
  const v = validateAnswer(raw, 4);
  if (v.ok) throw new Error(`${raw} was taken`);
  return { error: v.detail, code: v.why };
}

const HTML = rejected('<html>captive portal</html>');
const PRIVATE = rejected('10.1.2.3');
const RAW = 'timeout: timed out after 5000 ms';

function engine(codes = true) {
  const base = status();
  const withCode = (r: { error: string; code: SourceHealth['lastErrorCode'] }) => (codes ? r.code : undefined);
  return fakeEngine({
    history: runs(6),
    status: {
      ...base,
      sources: [
        base.sources[0]!,
        failing('portal-v4', HTML.error, withCode(HTML)),
        failing('lan-v4', PRIVATE.error, withCode(PRIVATE)),
        failing('slow-v4', RAW, codes ? { code: 'reason.source.failed', values: { said: RAW } } : undefined),
      ],
    },
  });
}

async function shown(words: Words | undefined, fake = engine()) {
  const { queryClient, container } = renderApp(fake, '#/', words ? { words } : {});
  await screen.findByRole('heading', { level: 1 });
  await vi.waitFor(() => {
    expect(container.querySelector('.state.loading')).toBeNull();
    expect(container.querySelector('tr[data-word]')).not.toBeNull();
    expect(queryClient.isFetching()).toBe(0);
  });
  return { fake, container };
}

/** Each source row's reason behind Why, by the source's id. */
const reasons = (container: HTMLElement): Record<string, string> =>
  Object.fromEntries(
    [...container.querySelectorAll('tr[data-word]')].map((row) => [
      row.querySelector('th')?.firstChild?.textContent ?? '',
      row.querySelector('.error-words')?.textContent ?? '',
    ]),
  );

describe("a source's error on the Dashboard", () => {
  it('in English, as before: the rejection a sentence, the raw error in words with its text under Details', async () => {
    const { container } = await shown(undefined);
    expect(reasons(container)).toMatchObject({
      'portal-v4': 'An HTML page, not an address.',
      'lan-v4': '10.1.2.3 is private (10.0.0.0/8).',
    });
    expect(reasons(container)['slow-v4']).toMatch(/^No answer in time/);
    expect(container.querySelector('.channels')?.textContent).toContain('desktop (Desktop notification)');
  });

  it('from an engine without codes: its English, as that engine wrote it', async () => {
    const { container } = await shown({ language: 'de', messages: de }, engine(false));
    expect(reasons(container)).toMatchObject({
      'portal-v4': 'An HTML page, not an address.',
      'lan-v4': '10.1.2.3 is private (10.0.0.0/8).',
    });
  });

  it('in German', async () => {
    const { container } = await shown({ language: 'de', messages: de });
    expect(reasons(container)).toMatchObject({
      'portal-v4': 'Eine HTML-Seite statt einer Adresse.',
      'lan-v4': '10.1.2.3 ist privat (10.0.0.0/8).',
    });
    expect(reasons(container)['slow-v4']).toMatch(/^Keine rechtzeitige Antwort/);
    expect(container.querySelector('.channels')?.textContent).toContain('desktop (Desktop-Benachrichtigung)');
  });

  it('in Indonesian', async () => {
    const { container } = await shown({ language: 'id', messages: id });
    expect(reasons(container)).toMatchObject({
      'portal-v4': 'Halaman HTML, bukan alamat.',
      'lan-v4': '10.1.2.3 adalah alamat privat (10.0.0.0/8).',
    });
    expect(container.querySelector('.channels')?.textContent).toContain('desktop (Notifikasi desktop)');
  });

  it('in the pseudo-language: the Sources grid, the Checks card and the channels hold no word outside the catalogue', async () => {
    const { fake, container } = await shown(pseudoWords());
    const grid = container.querySelector('tr[data-word]')?.closest('table') ?? null;
    const parts = [grid, ...['[aria-labelledby="checks-h"]', '.channels'].map((s) => container.querySelector(s))];
    expect(parts.every((p) => p !== null)).toBe(true);
    const text = parts.map((p) => readableText(p as HTMLElement)).join('\n');
    expect(text).toContain('portal-v4');
    expect(unmarkedText(text, await pageData(fake))).toEqual([]);
  });
});
