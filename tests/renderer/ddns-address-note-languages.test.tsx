// @vitest-environment happy-dom
/**
 * Why an AAAA record holds another address than it asks for, on the Dashboard in the page's
 * language: a `stable` record that publishes the observed address (no stable address in the /64,
 * or this host's addresses unreadable: a reason inside a reason) and a record on a second prefix
 * (`@eth1`) with nothing there, each as the API sends it (the English `addressNote` beside its code,
 * `addressReason`), read in German, Indonesian and the pseudo-language; a note from an engine
 * before the codes (English alone) stays English in every language.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { en } from '../../shared/i18n/catalogues/en';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { recordStatus } from '../helpers/ddns-record-status';
import { pseudoTranslator, pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const noStable = reason('reason.ddns.observedNoStable', { prefix: '2001:db8:1:2::/64' });
const unread = reason('reason.ddns.observedPublished', {}, reason('reason.ddns.hostUnread', { said: 'ip: not found' }));
const noEth1 = reason('reason.ddns.nothingOnIface', { iface: 'eth1' });
const OLD = 'observed address published: no stable address of this host in 2001:db8:9:9::/64';

/** As the API sends it: the English note beside its code. */
const sent = (r: Reason) => ({ addressNote: reasonWords(r, english), addressReason: r });

async function card(words: Words) {
  const aaaa = { type: 'AAAA' as const, state: 'in-step' as const };
  const records = [
    recordStatus({ id: 'nostable', name: 'a.example.org', ...aaaa, ...sent(noStable) }),
    recordStatus({ id: 'unread', name: 'b.example.org', ...aaaa, ...sent(unread) }),
    recordStatus({ id: 'eth1', name: 'c.example.org', ...aaaa, ...sent(noEth1) }),
    recordStatus({ id: 'old', name: 'd.example.org', ...aaaa, addressNote: OLD }),
  ];
  renderApp(fakeEngine({ status: status({ ddns: { records } }) }), '#/', { words });
  const text = async (key: string) => (await screen.findByTestId(`ddns-${key}`)).textContent!;
  return {
    noStable: await text('nostable'),
    unread: await text('unread'),
    eth1: await text('eth1'),
    old: await text('old'),
  };
}

describe("why an AAAA record's address is not the one asked for, on the Dashboard", () => {
  it('in English, as the API wrote it', async () => {
    const shown = await card({ language: 'en', messages: en });
    expect(shown.eth1).toContain('nothing published: no address of this host on eth1');
    expect(shown.unread).toContain(
      "observed address published: this host's addresses could not be read (ip: not found)",
    );
  });

  it('in German', async () => {
    const shown = await card({ language: 'de', messages: de });
    expect(shown.noStable).toContain(
      'beobachtete Adresse veröffentlicht: keine feste Adresse dieses Hosts in 2001:db8:1:2::/64',
    );
    expect(shown.unread).toContain(
      'beobachtete Adresse veröffentlicht: die Adressen dieses Hosts konnten nicht gelesen werden (ip: not found)',
    );
    expect(shown.eth1).toContain('nichts veröffentlicht: keine Adresse dieses Hosts auf eth1');
    expect(shown.old).toContain(OLD);
  });

  it('in Indonesian', async () => {
    const shown = await card({ language: 'id', messages: id });
    expect(shown.noStable).toContain(
      'alamat teramati dipublikasikan: tidak ada alamat tetap host ini di 2001:db8:1:2::/64',
    );
    expect(shown.eth1).toContain('tidak ada yang dipublikasikan: tidak ada alamat host ini di eth1');
    expect(shown.old).toContain(OLD);
  });

  it('in the pseudo-language: every note from the catalogue, none in English', async () => {
    const shown = await card(pseudoWords());
    const pseudo = pseudoTranslator();
    expect(shown.noStable).toContain(reasonWords(noStable, pseudo));
    expect(shown.unread).toContain(reasonWords(unread, pseudo));
    expect(shown.eth1).toContain(reasonWords(noEth1, pseudo));
    for (const r of [noStable, unread, noEth1])
      expect([shown.noStable, shown.unread, shown.eth1].join(' ')).not.toContain(reasonWords(r, english));
  });
});
