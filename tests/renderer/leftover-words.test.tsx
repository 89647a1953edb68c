// @vitest-environment happy-dom
/**
 * The dashboard's last English words in the page's language (issue 62, area `web-leftovers`): the
 * service monitors card (its badge, the router's missing mapping, what an inside check shows),
 * Activity's notice names, and a refused or failed action's words (a 403 and a 500 as the HTTP
 * client reads the API's body); and a reason code of another version, said by its English field
 * without react-intl reporting it missing.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { createHttpClient } from '../../renderer/src/api/http';
import type { Words } from '../../renderer/src/i18n/I18n';
import type { MonitorStatus } from '../../shared/contract/monitors';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const GERMAN: Words = { language: 'de', messages: de };
const INDONESIAN: Words = { language: 'id', messages: id };
const now = Date.now();
const down = reason('reason.monitor.statusNotExpected', { status: 502, expected: 'any' });

/** A monitor down on a port the router does not forward, its reason coded as `code` says. */
function monitored(code: string = down.code) {
  const monitor: MonitorStatus = {
    id: 'web',
    name: 'Nextcloud',
    type: 'http',
    target: 'https://cloud.example.org',
    state: 'down',
    why: reasonWords(down, english),
    reason: { ...down, code: code as never },
    latencyMs: null,
    checkedAt: now - 30_000,
    since: now - 60_000,
    afterChange: false,
    notForwarded: true,
  };
  return fakeEngine({ status: status({ monitors: { items: [monitor] } }) });
}

async function monitorsCard(words: Words, code?: string): Promise<HTMLElement> {
  renderApp(monitored(code), '#/', { words });
  await screen.findByTestId('monitor-web');
  return document.querySelector<HTMLElement>('section[aria-labelledby="monitors-h"]')!;
}

describe('the service monitors card', () => {
  it('in German: the badges, the missing mapping and the inside-check note', async () => {
    const text = (await monitorsCard(GERMAN)).textContent!;
    expect(text).toContain('ausgefallen');
    expect(text).toContain('vom Router nicht weitergeleitet');
    expect(text).toContain('Diese Prüfungen laufen von diesem Rechner aus');
    expect(text).not.toContain('not forwarded by the router');
  });

  it('in Indonesian', async () => {
    const text = (await monitorsCard(INDONESIAN)).textContent!;
    expect(text).toContain('mati');
    expect(text).toContain('tidak diteruskan oleh router');
    expect(text).not.toContain('These checks run from this machine');
  });

  it('in the pseudo-language: no word outside the catalogue', async () => {
    const card = await monitorsCard(pseudoWords());
    expect(unmarkedText(readableText(card), ['Nextcloud', 'https://cloud.example.org'])).toEqual([]);
  });

  it('a reason code of another version: its English field, and nothing logged', async () => {
    const logged = vi.spyOn(console, 'error');
    const text = (await monitorsCard(GERMAN, 'reason.newer')).textContent!;
    expect(text).toContain(reasonWords(down, english));
    expect(logged).not.toHaveBeenCalled();
  });
});

/** Activity with two notices: one sent, one a channel refused. */
async function activity(words: Words): Promise<HTMLElement> {
  const fake = fakeEngine();
  fake.client.getRecentEvents.mockResolvedValue({
    at: now,
    items: [
      { type: 'notice', at: now - 59_000, channel: 'hook', kind: 'ipv4-changed', status: 'sent', error: null },
      { type: 'notice', at: now - 58_000, channel: 'mail', kind: 'offline', status: 'rejected', error: null },
    ],
  });
  renderApp(fake, '#/activity', { words });
  return screen.findByRole('list', { name: words.messages['web.activity.list'] });
}

describe("Activity's notices", () => {
  it('name the notice in German, quoted as German quotes', async () => {
    const list = await activity(GERMAN);
    expect(await vi.waitFor(() => list.textContent)).toContain('„IPv4-Adresse geändert“ an hook gesendet');
    expect(list.textContent).toContain('mail hat „Offline“ abgelehnt');
  });

  it('in Indonesian', async () => {
    const list = await activity(INDONESIAN);
    expect(await vi.waitFor(() => list.textContent)).toContain('“Alamat IPv4 berubah” terkirim ke hook');
  });

  it('in the pseudo-language: no word outside the catalogue', async () => {
    const list = await activity(pseudoWords());
    await vi.waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(2));
    // The times are data: Intl's, in the pseudo-language's English.
    const times = Array.from(list.querySelectorAll('time'), (t) => t.textContent!);
    expect(unmarkedText(readableText(list), ['hook', 'mail', ...times])).toEqual([]);
    // A name inside a sentence's marker is the sentence's argument: it must be the catalogue's too.
    expect(list.textContent).toContain(pseudoTranslator().t('editors.event.ipv4-changed'));
  });
});

/** What the HTTP client throws for the API's answer `body` with `status`. */
async function refusal(httpStatus: number, body: unknown): Promise<Error> {
  const fetch = async () => new Response(JSON.stringify(body), { status: httpStatus });
  const client = createHttpClient({ connection: createConnection('connected'), fetch });
  return client.checkNow().then(
    () => {
      throw new Error('the call did not fail');
    },
    (err: Error) => err,
  );
}

/** "Check now" pressed on a Dashboard whose engine refuses it with `error`. */
async function checkNowFails(words: Words | undefined, error: Error): Promise<string> {
  const fake = fakeEngine();
  fake.client.checkNow.mockRejectedValue(error);
  renderApp(fake, '#/', words ? { words } : {});
  const label = (words?.messages ?? { 'web.dash.checkNow': 'Check now' })['web.dash.checkNow'];
  fireEvent.click(await screen.findByRole('button', { name: label }));
  const said = await vi.waitFor(() => {
    const found = document.querySelector('.page-actions .error-text');
    if (!found) throw new Error('nothing said yet');
    return found;
  });
  return said.textContent!;
}

const VIEWER = 'a viewer reads everything and changes nothing: check now sends or spends a request outside this host.';

describe('a refused action', () => {
  it('403 in German: the refusal in words, the English quoted as the app said it', async () => {
    const error = await refusal(403, { error: { code: 'forbidden', message: VIEWER } });
    expect(await checkNowFails(GERMAN, error)).toBe(
      `die App hat das abgelehnt: Ihre Anmeldung darf das nicht (HTTP 403); Antwort der App: „${VIEWER}“`,
    );
  });

  it('500 in German: the API\u2019s fixed sentence in German', async () => {
    const error = await refusal(500, { error: { code: 'internal', message: 'the request failed; the log says why' } });
    expect(await checkNowFails(GERMAN, error)).toBe('die Anfrage ist fehlgeschlagen; den Grund nennt das Protokoll');
  });

  it('in English, the API\u2019s sentence as it was', async () => {
    const error = await refusal(403, { error: { code: 'forbidden', message: VIEWER } });
    expect(await checkNowFails(undefined, error)).toBe(VIEWER);
  });

  it('a body without a sentence: the status in words, never "HTTP 502" alone', async () => {
    const error = await refusal(502, 'not json');
    expect(await checkNowFails(GERMAN, error)).toBe('in der App ist ein Fehler aufgetreten (HTTP 502)');
  });
});
