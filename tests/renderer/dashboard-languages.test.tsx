// @vitest-environment happy-dom
/**
 * The Dashboard, its window and its cards in the pseudo-language, German and Indonesian (issue
 * 62). The pseudo-language run holds that every word slice C owns comes from the catalogue: what
 * is left unmarked is only the test's data (the memory figures' and series' sizes among them) and the engine's
 * own error text (shown as it came, under Details); each is computed here from the same status, so a hard-coded word of
 * ours fails.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { bytesText } from '../../shared/process-memory';
import { asSentence } from '../../shared/words/error';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, runs } from './fake-engine';

afterEach(cleanup);

/** A moment as English's Intl writes it in these tests ("Nov 27, 2026, 7:07:34 PM"): a value, not words. */
const EN_TIME = /[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s[AP]M/g;

async function shown(words: Words) {
  const fake = fakeEngine({ history: runs(6) });
  const { queryClient, container } = renderApp(fake, '#/', { words });
  await screen.findByRole('heading', { level: 1 });
  await vi.waitFor(() => {
    expect(container.querySelector('.state.loading')).toBeNull();
    expect(screen.getByTestId('uptime-1')).toBeTruthy();
    expect(queryClient.isFetching()).toBe(0);
  });
  return { fake, container };
}

/** The test's values and the words other slices' modules give this page, in English until theirs move over. */
async function othersWords(fake: ReturnType<typeof fakeEngine>): Promise<string[]> {
  const st = await fake.client.getStatus();
  const insight = await fake.client.getInsight();
  const history = await fake.client.getHistory({ limit: 10 });
  const memory = await fake.client.getMemory();
  const errors = [...st.notifications.flatMap((c) => [c.lastError, c.reason]), ...st.sources.map((s) => s.lastError)]
    .filter((e): e is string => typeof e === 'string')
    .flatMap((e) => [e.trim(), asSentence(e)]); // the engine's own text (Details), not its words: those are the catalogue's
  return [
    ...[st.families.v4, st.families.v6].flatMap((f) => [f.ip, null]),
    ...st.sources.flatMap((s) => [s.id, s.provider]),
    ...history.items.map((h) => h.ip),
    ...st.notifications.flatMap((c) => [c.id, c.type]),
    ...insight.outages.items.map((o) => o.cause),
    // The memory figures are values; their words (the detail line) come from the catalogue.
    ...[st.process.rssBytes, st.process.heapUsedBytes, st.process.heapTotalBytes, st.process.nativeBytes].map((n) =>
      bytesText(n, 'en'),
    ),
    // So are the memory series' sizes (the memory chart's table).
    ...memory.points.flatMap((p) =>
      [p.rssBytes, p.heapUsedBytes, p.nativeBytes, p.wasmBytes].map((n) => bytesText(n, 'en')),
    ),
    ...errors,
  ].filter((v): v is string => typeof v === 'string' && v !== '');
}

describe('the Dashboard in the pseudo-language', () => {
  it('shows no word of its own outside the catalogue', async () => {
    const { fake, container } = await shown(pseudoWords());
    const text = readableText(container).replace(EN_TIME, ' ');
    expect(unmarkedText(text, await othersWords(fake))).toEqual([]);
  });
});

describe('the Dashboard in German and Indonesian', () => {
  it.each<[string, Words, Record<string, string>]>([
    [
      'German',
      { language: 'de', messages: de },
      { check: 'Jetzt prüfen', changes: 'Letzte Änderungen', sources: 'Quellen', checks: 'Prüfungen', menu: 'Verlauf' },
    ],
    [
      'Indonesian',
      { language: 'id', messages: id },
      { check: 'Cek sekarang', changes: 'Perubahan terakhir', sources: 'Sumber', checks: 'Cek', menu: 'Riwayat' },
    ],
  ])('%s', async (_name, words, say) => {
    await shown(words);
    expect(screen.getByRole('button', { name: say.check })).toBeTruthy();
    expect(screen.getByRole('heading', { name: say.changes })).toBeTruthy();
    expect(screen.getByRole('heading', { name: say.sources })).toBeTruthy();
    expect(screen.getByRole('heading', { name: say.checks })).toBeTruthy();
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: say.menu })).toBeTruthy();
    // The times are the language's own, not English's month names and AM/PM.
    expect(readableText(document.body)).not.toMatch(EN_TIME);
  });
});
