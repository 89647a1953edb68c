/**
 * /status says why a source fails in the member's language (issue 62): an echo service that
 * answers a captive portal's HTML page reads "Eine HTML-Seite statt einer Adresse." to a German
 * member, worded from the source's error code (reasons-2), and as the engine's English to an
 * English one; the real engine and discord.js Client against the local world and the Discord
 * stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { english, translator } from '../../../../shared/i18n/translators';
import { until } from '../../../helpers/until';
import { answered, type BotHarness, callback, connected, startBot } from './helpers';

let h: BotHarness;
const member = (locale: string) => ({ user: { id: '300000000000000012', username: `m-${locale}` }, locale });
const PORTAL = '<html><body>Sign in to the hotel Wi-Fi</body></html>';

beforeAll(async () => {
  h = await startBot();
  await connected(h);
  // A new address, so the check asks beyond its steady source; the DNS source fails and two of
  // the HTTP echoes answer the portal, so the check asks them on its way to a quorum.
  h.world.setIp('81.2.69.200', '2a02:1:2:3::5');
  h.world.v4.dns.setFault('servfail');
  for (const echo of h.world.v4.http.slice(0, 2)) echo.setAnswer(PORTAL);
  await until(
    async () => {
      await h.runtime.engine.checkNow('manual');
      return h.runtime.status().sources.some((s) => s.lastErrorCode?.code === 'reason.source.html');
    },
    { what: 'a source that answered the HTML page', everyMs: 100 },
  );
}, 60_000);
afterAll(async () => {
  await h?.close();
});

async function errorsField(locale: string): Promise<string | undefined> {
  const log = h.discord.command('status', {}, member(locale));
  await answered(log);
  const fields = (callback(log).data!.embeds as { fields: { name: string; value: string }[] }[])[0]!.fields;
  const words = locale === 'en-US' ? english : translator(locale as 'de' | 'id');
  return fields.find((f) => f.name === words.t('sourceError.title'))?.value;
}

describe("/status: a source's error in the member's language", () => {
  it.each([
    ['de', 'Eine HTML-Seite statt einer Adresse.'],
    ['id', 'Halaman HTML, bukan alamat.'],
    ['en-US', 'An HTML page, not an address.'],
  ])('%s', async (locale, said) => {
    const failing = h.runtime.status().sources.find((s) => s.lastErrorCode?.code === 'reason.source.html')!;
    const value = await errorsField(locale);
    expect(value).toContain(`${failing.id}: ${said}`);
    if (locale !== 'en-US') expect(value).not.toMatch(/not an address/);
  });
});
