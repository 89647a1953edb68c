// @vitest-environment happy-dom
/**
 * A dynamic DNS record's why on the Dashboard in the page's language (issue 62): a record
 * waiting to retry after a provider's 503, one IPWatch stopped (DuckDNS said KO) and one in step
 * behind Cloudflare's proxy, each as the API sends it (the English `why` and its reason code), read
 * in German, Indonesian and the pseudo-language; and a record stopped before codes existed (a job
 * saved with its English alone), which every language shows in that English.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { recordStatus } from '../helpers/ddns-record-status';
import { pseudoTranslator, pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const now = Date.now();
const label = 'Cloudflare home.example.org A';
const waiting = reason('reason.ddns.http', { label, meaning: 'server', statusName: 'HTTP 503 Service Unavailable' });
const stopped = reason('reason.ddns.duckdnsKo', { label: 'DuckDNS myhome.duckdns.org A' });
const proxied = reason('reason.ddns.proxied', { address: '81.2.69.142' });
const OLD = 'DuckDNS old.duckdns.org A: KO (the token or the domain is wrong)';

const rec = recordStatus;

/** As the API sends it: the English why beside its code. */
const sent = (r: Reason) => ({ why: reasonWords(r, english), reason: r });

async function card(words: Words) {
  const records = [
    rec({ id: 'wait', name: 'home.example.org', state: 'waiting', nextAttemptAt: now + 60_000, ...sent(waiting) }),
    rec({ id: 'stop', name: 'myhome.duckdns.org', provider: 'duckdns', state: 'stopped', ...sent(stopped) }),
    rec({ id: 'proxy', name: 'www.example.org', state: 'in-step', holds: '81.2.69.142', ...sent(proxied) }),
    rec({ id: 'old', name: 'old.duckdns.org', provider: 'duckdns', state: 'stopped', why: OLD }),
  ];
  renderApp(fakeEngine({ status: status({ ddns: { records } }) }), '#/', { words });
  const text = async (id: string) => (await screen.findByTestId(`ddns-${id}`)).textContent!;
  return { wait: await text('wait'), stop: await text('stop'), proxy: await text('proxy'), old: await text('old') };
}

describe("a DNS record's why on the Dashboard", () => {
  it('in German', async () => {
    const shown = await card({ language: 'de', messages: de });
    expect(shown.wait).toContain(`${label} hat einen Fehler auf seiner Seite (HTTP 503 Service Unavailable)`);
    expect(shown.stop).toContain('DuckDNS myhome.duckdns.org A: KO (Token oder Domain falsch)');
    expect(shown.proxy).toContain('über den Cloudflare-Proxy; der DNS-Eintrag enthält 81.2.69.142');
    expect(shown.old).toContain(OLD);
  });

  it('in Indonesian', async () => {
    const shown = await card({ language: 'id', messages: id });
    expect(shown.wait).toContain(`${label} gagal di pihaknya (HTTP 503 Service Unavailable)`);
    expect(shown.stop).toContain('DuckDNS myhome.duckdns.org A: KO (token atau domain salah)');
    expect(shown.proxy).toContain('di-proxy oleh Cloudflare; record DNS berisi 81.2.69.142');
    expect(shown.old).toContain(OLD);
  });

  it('in the pseudo-language: every reason from the catalogue, none in English', async () => {
    const shown = await card(pseudoWords());
    const pseudo = pseudoTranslator();
    expect(shown.wait).toContain(reasonWords(waiting, pseudo));
    expect(shown.stop).toContain(reasonWords(stopped, pseudo));
    expect(shown.proxy).toContain(reasonWords(proxied, pseudo));
    for (const r of [waiting, stopped, proxied])
      expect([shown.wait, shown.stop, shown.proxy].join(' ')).not.toContain(reasonWords(r, english));
  });
});
