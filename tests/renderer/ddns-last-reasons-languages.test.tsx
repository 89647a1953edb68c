// @vitest-environment happy-dom
/**
 * A DNS record's last reasons (reasons-8) on the Dashboard in the page's language (issue 62): a
 * drift its provider's API read and another writer seen so, DuckDNS's answer that is neither OK
 * nor KO, an rfc2136 answer whose TSIG cannot be believed, dyndns2's return code in a refused HTTP
 * answer and a record that cannot be built (a TSIG secret that is not base64). Each is built by
 * the engine's own functions and sent as the API sends it (the English `why` and its code).
 */
import { cleanup, screen } from '@testing-library/react';
import dnsPacket from 'dns-packet';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { compareRecords } from '../../electron/engine/ddns/desec-rest';
import { readDuckdns } from '../../electron/engine/ddns/duckdns';
import { dyndns2Said } from '../../electron/engine/ddns/dyndns2';
import { ddnsHttp, statusOutcome } from '../../electron/engine/ddns/http';
import { withApiAnswer } from '../../electron/engine/ddns/record-look';
import { buildUpdater } from '../../electron/engine/ddns/registry';
import { verifyAnswer } from '../../electron/engine/ddns/tsig';
import { anotherWriterReason } from '../../electron/engine/ddns/two-writers';
import { why } from '../../electron/engine/ddns/why';
import { createUdpClient } from '../../electron/engine/net';
import type { Words } from '../../renderer/src/i18n/I18n';
import type { WireReason } from '../../shared/contract/reason';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { recordStatus } from '../helpers/ddns-record-status';
import { pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);
const udp = createUdpClient();
afterAll(() => udp.close());

const WANT = '81.2.69.142';
type Said = { why: string; reason: WireReason };
const said = (text: string, code: WireReason | undefined): Said => ({ why: text, reason: code! });

const read = compareRecords(['81.2.69.7'], WANT, 'deSEC home.dedyn.io A');
const drift = withApiAnswer({ state: { state: 'in-step' }, resend: false, notAsked: [] }, WANT, read).state as {
  why: string;
  code: WireReason;
};
const writer = anotherWriterReason({ text: drift.why, code: drift.code });
const duck = readDuckdns('<html>a proxy</html>', 'DuckDNS home.duckdns.org') as { reason: string; code: WireReason };
const unsignedAnswer = dnsPacket.encode({ type: 'response', id: 1, flags: 0, answers: [] });
const check = verifyAnswer(
  unsignedAnswer,
  Buffer.alloc(32),
  { name: 'k.', algorithm: 'hmac-sha256', secret: Buffer.alloc(32) },
  0,
);
const tsig = why(
  'reason.ddns.notBelieved',
  { server: '192.0.2.53:53', rcode: 'NOERROR' },
  'reason' in check ? check.reason : undefined,
);
const refused = statusOutcome(
  { status: 401, body: 'badauth', headers: {} },
  'dyndns2 members.dyndns.org home.example.org',
  0,
  dyndns2Said('badauth'),
) as { reason: string; code: WireReason };
const deps = { udp, http: ddnsHttp, clock: { now: () => 0 }, timeoutMs: 1000 };
const rfc2136 = {
  id: 'k',
  provider: 'rfc2136',
  server: '192.0.2.53',
  zone: 'example.org',
  name: 'k.example.org',
  keyName: 'k.',
};
const unbuilt = buildUpdater({ ...rfc2136, secret: 'not base64!' }, deps, { env: {}, readFile: () => '' });

const CARDS: Record<
  string,
  { provider: 'desec' | 'duckdns' | 'rfc2136' | 'dyndns2'; state: 'updating' | 'stopped' | 'waiting'; said: Said }
> = {
  drift: { provider: 'desec', state: 'updating', said: said(drift.why, drift.code) },
  writer: { provider: 'desec', state: 'stopped', said: said(writer.text, writer.code) },
  duck: { provider: 'duckdns', state: 'waiting', said: said(duck.reason, duck.code) },
  tsig: { provider: 'rfc2136', state: 'waiting', said: said(tsig.text, tsig.code) },
  refused: { provider: 'dyndns2', state: 'stopped', said: said(refused.reason, refused.code) },
  unbuilt: {
    provider: 'rfc2136',
    state: 'stopped',
    said: said(unbuilt.ok ? '' : unbuilt.reason, unbuilt.ok ? undefined : unbuilt.code),
  },
};

async function cards(words: Words): Promise<Record<string, string>> {
  const records = Object.entries(CARDS).map(([key, c]) =>
    recordStatus({ id: key, name: `${key}.example.org`, provider: c.provider, state: c.state, ...c.said }),
  );
  renderApp(fakeEngine({ status: status({ ddns: { records } }) }), '#/', { words });
  const out: Record<string, string> = {};
  for (const key of Object.keys(CARDS)) out[key] = (await screen.findByTestId(`ddns-${key}`)).textContent!;
  return out;
}

/** The English of each reason, which no translated card may show. */
const ENGLISH = /holds|drifted from|another program|neither OK|not signed|refused the|do not match|not base64/;

describe("a DNS record's last English reasons on the Dashboard", () => {
  it('keep the English they had, beside their codes (the API and the CLI)', () => {
    expect(drift.why).toBe(`drifted from ${WANT}: deSEC home.dedyn.io A holds 81.2.69.7`);
    expect(writer.text).toContain('(now deSEC home.dedyn.io A holds 81.2.69.7). Stop the other program');
    expect(duck.reason).toBe('DuckDNS home.duckdns.org: an answer that is neither OK nor KO');
    expect(tsig.text).toBe('192.0.2.53:53: the answer is not signed (NOERROR)');
    expect(refused.reason).toBe(
      'dyndns2 members.dyndns.org home.example.org refused the credentials: the username and password do not match (badauth) (HTTP 401 Unauthorized)',
    );
    expect(unbuilt).toMatchObject({ ok: false, reason: 'the TSIG secret is not base64' });
    for (const c of Object.values(CARDS)) expect(c.said.reason?.code).toMatch(/^reason\.ddns\./);
  });

  it('in German', async () => {
    const shown = await cards({ language: 'de', messages: de });
    expect(shown.drift).toContain(`weicht von ${WANT} ab: deSEC home.dedyn.io A enthält 81.2.69.7`);
    expect(shown.writer).toContain('(jetzt deSEC home.dedyn.io A enthält 81.2.69.7). Beenden Sie das andere Programm');
    expect(shown.duck).toContain('DuckDNS home.duckdns.org: eine Antwort, die weder OK noch KO ist');
    expect(shown.tsig).toContain('192.0.2.53:53: die Antwort ist nicht signiert (NOERROR)');
    expect(shown.refused).toContain(
      'hat die Zugangsdaten abgelehnt: Benutzername und Passwort passen nicht zusammen (badauth) (HTTP 401 Unauthorized)',
    );
    expect(shown.unbuilt).toContain('der TSIG-Schlüssel ist nicht Base64-kodiert');
    for (const text of Object.values(shown)) expect(text).not.toMatch(ENGLISH);
  });

  it('in Indonesian', async () => {
    const shown = await cards({ language: 'id', messages: id });
    expect(shown.drift).toContain(`bergeser dari ${WANT}: deSEC home.dedyn.io A berisi 81.2.69.7`);
    expect(shown.writer).toContain('(sekarang deSEC home.dedyn.io A berisi 81.2.69.7)');
    expect(shown.duck).toContain('DuckDNS home.duckdns.org: jawaban yang bukan OK maupun KO');
    expect(shown.tsig).toContain('192.0.2.53:53: jawaban tidak ditandatangani (NOERROR)');
    expect(shown.refused).toContain('menolak kredensial: nama pengguna dan kata sandi tidak cocok (badauth)');
    expect(shown.unbuilt).toContain('secret TSIG bukan Base64');
    for (const text of Object.values(shown)) expect(text).not.toMatch(ENGLISH);
  });

  it('in the pseudo-language: every word of the reasons from the catalogue', async () => {
    const shown = await cards(pseudoWords());
    for (const text of Object.values(shown)) {
      expect(text).toMatch(/⟦/);
      expect(text).not.toMatch(ENGLISH);
    }
  });
});
