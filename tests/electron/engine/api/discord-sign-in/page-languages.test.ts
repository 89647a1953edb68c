/**
 * The page a browser sees when sign-in with Discord cannot go on, in the language its
 * Accept-Language asks for (issue 62): every word from the catalogue (the pseudo-language), German
 * and Indonesian, English for any other, and the engine's own reason left as it is.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';

import { htmlPage, signInPage } from '../../../../../electron/engine/api/discord-sign-in/page';
import { pseudoTranslator, unmarkedText } from '../../../../helpers/pseudo-language';

/** The page's visible text: its tags and style taken out. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'");

describe('the sign-in page in the pseudo-language', () => {
  it('says nothing outside the catalogue but the reason the engine gave', () => {
    const reason = 'sam is not a member of the Discord server';
    const html = signInPage(
      pseudoTranslator(),
      { id: 'web.signInPage.notLetIn', values: { name: 'sam' } },
      { text: reason },
      'web.signInPage.notLetInNext',
    );
    expect(unmarkedText(textOf(html), [reason, 'sam'])).toEqual([]);
  });
});

describe("the sign-in page in the browser's language", () => {
  const app = Fastify();
  app.get('/off', (req, reply) => htmlPage(req, reply, 404, 'web.signInPage.off', 'web.signInPage.offHere'));

  it.each<[string, string | undefined, string, string[]]>([
    ['German', 'de-AT,de;q=0.9,en;q=0.5', 'de', ['Anmeldung mit Discord ist aus', 'Zurück zur Anmeldeseite']],
    ['Indonesian', 'id-ID,id;q=0.9', 'id', ['Masuk dengan Discord tidak aktif', 'Kembali ke halaman masuk']],
    [
      'English, for a language not ours',
      'fr-FR,fr;q=0.9',
      'en',
      ['Sign in with Discord is off', 'Back to the sign-in page'],
    ],
    ['English, asked for none', undefined, 'en', ['This IPWatch does not offer it.']],
  ])('%s', async (_name, accept, lang, says) => {
    const res = await app.inject({ url: '/off', headers: accept ? { 'accept-language': accept } : {} });
    expect(res.statusCode).toBe(404);
    expect(res.headers.vary).toBe('accept-language');
    expect(res.body).toContain(`<html lang="${lang}">`);
    for (const s of says) expect(res.body).toContain(s);
  });
});
