// @vitest-environment happy-dom
/**
 * A DNS record's why on the Dashboard in the page's language (issue 62), for the reasons of
 * reasons-4: a record that drifted (its servers' answers, each line said in the language), one
 * stopped for another program writing it, and one dyndns2 refused (badauth), each built by the
 * engine's own functions and sent as the API sends it (the English `why` and its code).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { readDyndns2 } from '../../electron/engine/ddns/dyndns2';
import { recordState, type Seen } from '../../electron/engine/ddns/propagation';
import { anotherWriterReason } from '../../electron/engine/ddns/two-writers';
import type { Words } from '../../renderer/src/i18n/I18n';
import type { WireReason } from '../../shared/contract/reason';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { recordStatus } from '../helpers/ddns-record-status';
import { pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const WANT = '81.2.69.142';
const seen: Seen = {
  answers: [
    { server: { name: 'ns1.example.org', address: '192.0.2.53' }, addresses: ['81.2.69.7'] },
    { server: { name: 'ns2.example.org', address: '198.51.100.53' }, addresses: [] },
  ],
  notAsked: [],
};
const drift = recordState({ phase: 'settled' }, WANT, seen, 0, 60_000).state as { why: string; code: WireReason };
const writer = anotherWriterReason({ text: drift.why, code: drift.code });
const badauth = readDyndns2('badauth', 'dyndns2 members.dyndns.org home.example.org') as {
  reason: string;
  code: WireReason;
};

const rec = (r: Parameters<typeof recordStatus>[0]) => recordStatus({ provider: 'rfc2136', address: WANT, ...r });

async function card(words: Words) {
  const records = [
    rec({ id: 'drift', name: 'home.example.org', state: 'updating', why: drift.why, reason: drift.code }),
    rec({ id: 'writer', name: 'www.example.org', state: 'stopped', why: writer.text, reason: writer.code }),
    rec({
      id: 'dyn',
      name: 'dyn.example.org',
      provider: 'dyndns2',
      state: 'stopped',
      why: badauth.reason,
      reason: badauth.code,
    }),
  ];
  renderApp(fakeEngine({ status: status({ ddns: { records } }) }), '#/', { words });
  const text = async (id: string) => (await screen.findByTestId(`ddns-${id}`)).textContent!;
  return { drift: await text('drift'), writer: await text('writer'), dyn: await text('dyn') };
}

describe("a DNS record's drift, another writer and a dyndns2 refusal on the Dashboard", () => {
  it('in German', async () => {
    const shown = await card({ language: 'de', messages: de });
    expect(shown.drift).toContain(
      `weicht von ${WANT} ab: ns1.example.org (192.0.2.53) antwortet 81.2.69.7; ns2.example.org (198.51.100.53) hat keinen Eintrag`,
    );
    expect(shown.writer).toContain('ein anderes Programm aktualisiert diesen DNS-Eintrag ebenfalls');
    expect(shown.writer).toContain('(jetzt ns1.example.org (192.0.2.53) antwortet 81.2.69.7;');
    expect(shown.dyn).toContain(
      'dyndns2 members.dyndns.org home.example.org: Benutzername und Passwort passen nicht zusammen (badauth)',
    );
    for (const text of Object.values(shown)) expect(text).not.toMatch(/answers|drifted from|another program/);
  });

  it('in Indonesian', async () => {
    const shown = await card({ language: 'id', messages: id });
    expect(shown.drift).toContain(
      `bergeser dari ${WANT}: ns1.example.org (192.0.2.53) menjawab 81.2.69.7; ns2.example.org (198.51.100.53) tidak punya record`,
    );
    expect(shown.writer).toContain('program lain juga memperbarui record DNS ini');
    expect(shown.dyn).toContain(
      'dyndns2 members.dyndns.org home.example.org: nama pengguna dan kata sandi tidak cocok (badauth)',
    );
    for (const text of Object.values(shown)) expect(text).not.toMatch(/answers|drifted from|another program/);
  });

  it('in the pseudo-language: every word of the reasons from the catalogue', async () => {
    const shown = await card(pseudoWords());
    for (const text of Object.values(shown)) {
      expect(text).toMatch(/⟦/);
      expect(text).not.toMatch(/answers|drifted from|another program|do not match|no record/);
    }
  });
});
