// @vitest-environment happy-dom
/**
 * The sign-in form and the browser's first run in the pseudo-language (each visible word and
 * label from the catalogue, tests/helpers/pseudo-language.ts), and in German and Indonesian (issue 62).
 */
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

const GERMAN: Words = { language: 'de', messages: de };
const INDONESIAN: Words = { language: 'id', messages: id };

async function signInForm(words: Words) {
  const view = renderApp(fakeEngine(), '#/', { web: true, words });
  act(() => view.connection.set('signed-out'));
  await screen.findByRole('button', { name: words.messages['web.signIn.signIn'] });
  return view;
}

async function firstRun(words: Words) {
  const view = renderApp(fakeEngine({ firstRun: true }), '#/', { web: true, words });
  await screen.findByRole('heading', { level: 2 });
  return view;
}

describe('in the pseudo-language', () => {
  it('the sign-in form, and a wrong token refused', async () => {
    const { container, engine } = await signInForm(pseudoWords());
    engine.http!.signIn = async () => ({
      ok: false,
      error: 'That token is not right.',
      refusal: { id: 'web.signIn.wrongToken' },
    });
    await userEvent.type(screen.getByLabelText(/ÅÞÎ ţöķéñ/), 'not-the-token');
    await userEvent.click(screen.getByRole('button', { name: /Šîĝñ îñ/ }));
    await screen.findByText(/Ţĥàţ ţöķéñ/);
    expect(unmarkedText(readableText(container))).toEqual([]);
  });

  it("the first run's frame and its first step, and the step's own rule", async () => {
    const { container } = await firstRun(pseudoWords());
    for (const box of screen.getAllByRole('checkbox')) await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: /Ñéẋţ/ }));
    await screen.findByRole('alert');
    expect(unmarkedText(readableText(container))).toEqual([]);
  });
});

describe('in German and Indonesian', () => {
  it.each<[string, Words, string[]]>([
    ['German', GERMAN, ['Anmelden', 'API-Token', 'Dieses Token stimmt nicht.']],
    ['Indonesian', INDONESIAN, ['Masuk', 'Token API', 'Token itu tidak benar.']],
  ])('the sign-in form in %s', async (_name, words, [button, label, refused]) => {
    const { engine } = await signInForm(words);
    engine.http!.signIn = async () => ({
      ok: false,
      error: 'That token is not right.',
      refusal: { id: 'web.signIn.wrongToken' },
    });
    await userEvent.type(screen.getByLabelText(label!), 'not-the-token');
    await userEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(refused!)).toBeTruthy();
  });

  it.each<[string, Words, string[]]>([
    ['German', GERMAN, ['IPWatch einrichten', 'Schritt 1 von 4: Was überwacht wird', 'IPv4-Adresse', 'Weiter']],
    ['Indonesian', INDONESIAN, ['Siapkan IPWatch', 'Langkah 1 dari 4: Yang dipantau', 'Alamat IPv4', 'Berikutnya']],
  ])('the first run in %s', async (_name, words, [title, step, family, next]) => {
    await firstRun(words);
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    expect(screen.getByRole('heading', { name: step })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: family })).toBeTruthy();
    expect(screen.getByRole('button', { name: next })).toBeTruthy();
  });
});
