// @vitest-environment happy-dom
/**
 * The Connections page (issue 63) on the fake engine, whose egress report is the real inventory at
 * default settings plus a few minutes of contacts (fake-egress.ts): what may be contacted, what
 * was, the names looked up; undeclared contacts marked in words, errors in words (never the code),
 * enforce's line; its empty, failing and refreshed states; the menu entry; and the page in the
 * pseudo-language, German and Indonesian.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { SignedInAs } from '../../renderer/src/api/http';
import { EGRESS_REFRESH_MS } from '../../renderer/src/pages/Connections';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { fakeEgress, UNDECLARED_HOST } from './fake-egress';
import { DOM_WAIT_MS, fakeEngine, renderApp, status } from './fake-engine';
import { pageData } from './page-data';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rowOf = (host: string, testId = 'contacted-row') =>
  screen.getAllByTestId(testId).find((r) => within(r).queryByRole('rowheader', { name: new RegExp(`^${host}`) }))!;

async function opened(fake = fakeEngine(), opts: Parameters<typeof renderApp>[2] = {}) {
  const view = renderApp(fake, '#/connections', opts);
  await screen.findAllByTestId('declared-row');
  return { ...view, main: screen.getByRole('main') };
}

describe('the Connections page', () => {
  it('groups what may be contacted by purpose, a long group folded with its count (issue 75)', async () => {
    await opened();
    const groups = screen.getAllByTestId('declared-group');
    const echo = groups.find((g) => g.getAttribute('data-purpose') === 'echo')! as HTMLDetailsElement;
    const echoRows = within(echo).getAllByTestId('declared-row');
    expect(echoRows.length).toBeGreaterThan(3);
    expect(echo.open).toBe(false);
    expect(echo.querySelector('summary')!.textContent).toBe(
      `Built-in web source: tells IPWatch your public address (${echoRows.length} destinations)`,
    );
    // One group a purpose: no purpose is said twice.
    const purposes = groups.map((g) => g.getAttribute('data-purpose'));
    expect(new Set(purposes).size).toBe(purposes.length);
    const stun = groups.find((g) => g.getAttribute('data-purpose') === 'stun') as HTMLDetailsElement;
    expect(stun.open).toBe(within(stun).getAllByTestId('declared-row').length <= 3);
  });

  it("tells a source's ok with an address from one that answered with none, by the last check (issue 75)", async () => {
    const st = status();
    const attempt = (sourceId: string, ok: boolean) => ({
      sourceId,
      provider: sourceId,
      kind: 'http' as const,
      ok,
      latencyMs: 30,
    });
    st.families.v4.lastCheck = {
      ...st.families.v4.lastCheck!,
      attempts: [attempt('ipify-v4', false), attempt('icanhazip-v4', true)],
    };
    await opened(fakeEngine({ status: st }));
    const result = (host: string) =>
      within(rowOf(host))
        .getAllByRole('cell')
        .find((c) => c.hasAttribute('data-answer'));
    expect(result('api.ipify.org')?.textContent).toBe('answered, but with no address');
    expect(result('ipv4.icanhazip.com')?.textContent).toBe('answered with an address');
    // Not a source: its ok stays ok.
    expect(within(rowOf(UNDECLARED_HOST)).getByText('ok')).toBeTruthy();
  });

  it('lists every declared destination with its port, purpose, setting (a link to its section) and pace', async () => {
    const fake = fakeEngine();
    await opened(fake);
    const report = await fake.client.getEgress();
    expect(screen.getByRole('heading', { level: 1, name: 'Connections' })).toBeTruthy();
    // One row per destination: the entries that read the same (a source's IPv4 and IPv6 at one host) share it.
    const rows = screen.getAllByTestId('declared-row');
    expect(rows.flatMap((r) => r.getAttribute('data-ids')!.split(' '))).toEqual(report.declared.map((d) => d.id));
    expect(rowOf('ifconfig.co', 'declared-row').getAttribute('data-ids')).toBe(
      'source:ifconfigco-v4 source:ifconfigco-v6',
    );
    expect(rows.filter((r) => within(r).getByRole('rowheader').textContent === 'ifconfig.co')).toHaveLength(1);
    expect(screen.getByText(`${rows.length} destinations for the current settings`)).toBeTruthy();
    const ipify = rowOf('api.ipify.org', 'declared-row');
    expect(ipify.textContent).toContain('TCP 443');
    expect(ipify.closest('details')!.querySelector('summary')!.textContent).toMatch(
      /^Built-in web source: tells IPWatch your public address \(\d+ destinations\)$/,
    );
    expect(ipify.textContent).toContain('at most every 1 min');
    expect(within(ipify).getByRole('link', { name: 'Built-in web sources' }).getAttribute('href')).toBe(
      '#/settings/egress',
    );
    // A role in words where the host is learned at run time, and the router watch's section.
    const natPmp = rowOf('the gateway', 'declared-row');
    expect(natPmp.textContent).toContain('UDP 5351');
    expect(within(natPmp).getByRole('link', { name: 'Ask the router' }).getAttribute('href')).toBe(
      '#/settings/monitor',
    );
    const upnp = rowOf('the router that answered on the local network', 'declared-row');
    expect(upnp.textContent).toContain('TCP, port learned at run time');
    // The system's resolver: the address, its role, and words for what turns it on.
    const dns = rowOf('127.0.0.53', 'declared-row');
    expect(dns.textContent).toContain('a DNS server of the system');
    expect(dns.textContent).toContain('any destination above named by a host name');
    expect(dns.textContent).toContain('on demand or on an event');
  });

  it('lists what was contacted: undeclared first and marked in words, errors in words, never a code', async () => {
    const { main } = await opened();
    const rows = screen.getAllByTestId('contacted-row');
    expect(rows).toHaveLength(6);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toContain(UNDECLARED_HOST);
    expect(rows[0]!.textContent).toContain('Undeclared');
    expect(rows[0]!.textContent).toContain('not in the list of destinations for the current settings');
    expect(rows.filter((r) => r.textContent?.includes('Undeclared'))).toHaveLength(1);
    expect(rowOf('stun.l.google.com').textContent).toContain('failed: no answer in time');
    expect(rowOf('208.67.222.222').textContent).toContain('failed: the host refused the connection');
    expect(rowOf('208.67.222.222').textContent).toContain('none (an address)');
    expect(rowOf('api.ipify.org').textContent).toContain("the system's resolver");
    expect(rowOf('api.ipify.org').textContent).toContain('Built-in web source');
    expect(main.textContent).not.toMatch(/ECONNREFUSED|timeout\b/);
    expect(main.textContent).toContain('6 destinations, 1 undeclared');
    expect(screen.getAllByTestId('lookup-row')).toHaveLength(4);
    const enforce = screen.getByTestId('egress-enforce');
    expect(enforce.textContent).toContain('are recorded, not refused');
    expect(within(enforce).getByRole('link').getAttribute('href')).toBe('#/settings/egress');
  });

  it('with egress.enforce on, says so and the undeclared contact reads refused', async () => {
    const fake = fakeEngine();
    fake.setEgress(fakeEgress(Date.now(), { enforce: true }));
    await opened(fake);
    expect(screen.getByTestId('egress-enforce').textContent).toContain(
      'Connections to a destination not in this list are refused.',
    );
    const refused = rowOf(UNDECLARED_HOST);
    expect(within(refused).getByText('refused').className).toContain('badge');
  });

  it('says an unknown error code in words, and a certificate failure as such', async () => {
    const fake = fakeEngine();
    const report = fakeEgress(Date.now());
    report.contacted[0] = { ...report.contacted[0]!, lastResult: 'failed', lastError: 'EWEIRD_NEW_CODE' };
    report.contacted[1] = { ...report.contacted[1]!, lastResult: 'failed', lastError: 'CERT_HAS_EXPIRED' };
    fake.setEgress(report);
    const { main } = await opened(fake);
    expect(rowOf(report.contacted[0]!.host).textContent).toContain('failed: an unknown error');
    expect(rowOf(report.contacted[1]!.host).textContent).toContain('certificate or TLS');
    expect(main.textContent).not.toMatch(/EWEIRD|CERT_HAS/);
  });

  it('says when nothing is declared and nothing was contacted yet', async () => {
    const fake = fakeEngine();
    fake.setEgress({ at: Date.now(), since: Date.now(), enforce: false, declared: [], contacted: [], lookups: [] });
    renderApp(fake, '#/connections');
    await screen.findByText('Nothing: with the current settings IPWatch contacts no one.');
    expect(screen.getByText(/^Nothing contacted yet since /)).toBeTruthy();
    expect(screen.getByText('No name looked up yet.')).toBeTruthy();
  });

  it('says it could not load them, and loads them on Try again', async () => {
    const fake = fakeEngine();
    const answer = fakeEgress(Date.now());
    // Every try fails (the query client tries three times) until the engine answers again.
    fake.client.getEgress.mockRejectedValue(new Error('the engine did not answer'));
    renderApp(fake, '#/connections');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the connections');
    fake.client.getEgress.mockResolvedValue(answer);
    within(alert).getByRole('button', { name: 'Try again' }).click();
    await screen.findAllByTestId('declared-row');
  });

  it('reads the report again on its interval: a new contact appears without a reload', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    const fake = fakeEngine();
    await opened(fake);
    const later = fakeEgress(Date.now());
    later.contacted.push({ ...later.contacted[0]!, host: 'late.example.org', declared: [], purposes: [] });
    fake.setEgress(later);
    const asked = fake.client.getEgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(EGRESS_REFRESH_MS);
    expect(fake.client.getEgress.mock.calls.length).toBeGreaterThan(asked);
    await vi.waitFor(() => expect(rowOf('late.example.org')).toBeTruthy(), DOM_WAIT_MS);
  });

  it('reads the report again when a check ran: its contacts show at once, not 30 s later', async () => {
    const fake = fakeEngine();
    await opened(fake);
    const later = fakeEgress(Date.now());
    later.contacted.push({ ...later.contacted[0]!, host: 'after-check.example.org', declared: [], purposes: [] });
    fake.setEgress(later);
    act(() =>
      fake.emit({
        type: 'check',
        at: Date.now(),
        family: 4,
        trigger: 'manual',
        result: 'unchanged',
        ip: '81.2.69.142',
        requests: 1,
        durationMs: 5,
        attempts: [],
      }),
    );
    await vi.waitFor(() => expect(rowOf('after-check.example.org')).toBeTruthy(), DOM_WAIT_MS);
  });

  it('is in the menu of a signed-in viewer', async () => {
    const who: SignedInAs = { name: 'viewer token', role: 'viewer', via: 'session' };
    await opened(fakeEngine(), { web: true, who });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: 'Connections' });
    expect(link.getAttribute('href')).toBe('#/connections');
    expect(link.getAttribute('aria-current')).toBe('page');
  });
});

describe('the Connections page in other languages', () => {
  it('in the pseudo-language, with enforce on and failures, every word comes from the catalogue', async () => {
    const fake = fakeEngine();
    const report = fakeEgress(Date.now(), { enforce: true });
    report.contacted[0] = { ...report.contacted[0]!, lastResult: 'failed', lastError: 'EWEIRD_NEW_CODE' };
    fake.setEgress(report);
    const { main, queryClient } = await opened(fake, { words: pseudoWords() });
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0), DOM_WAIT_MS);
    expect(unmarkedText(readableText(main), await pageData(fake))).toEqual([]);
  });

  it.each([
    [
      'de',
      de,
      [
        'Verbindungen',
        'Erlaubte Ziele',
        'das Gateway',
        'Nicht gelistet',
        'fehlgeschlagen: keine Antwort',
        'der Resolver des Systems',
        'höchstens',
      ],
    ],
    [
      'id',
      id,
      [
        'Koneksi',
        'Boleh dihubungi',
        'Tidak terdaftar',
        'gagal: tidak ada jawaban tepat waktu',
        'resolver sistem',
        'Pencarian nama',
      ],
    ],
  ] as const)('in %s', async (language, messages, words) => {
    const { main } = await opened(fakeEngine(), { words: { language, messages } });
    await screen.findByRole('heading', { level: 1, name: words[0] });
    for (const w of words) expect(main.textContent).toContain(w);
  });

  // One table words an error everywhere (shared/words/error.ts): the codes it learned for this page.
  it.each([
    ['de', de, 'fehlgeschlagen: die Verbindung wurde unterbrochen', 'fehlgeschlagen: vor einer Antwort abgebrochen'],
    ['id', id, 'gagal: koneksi terputus', 'gagal: dibatalkan sebelum ada jawaban'],
  ] as const)('in %s, a closed socket and a cancelled request', async (language, messages, closed, cancelled) => {
    const fake = fakeEngine();
    const report = fakeEgress(Date.now());
    report.contacted[0] = { ...report.contacted[0]!, lastResult: 'failed', lastError: 'UND_ERR_CLOSED' };
    report.contacted[1] = { ...report.contacted[1]!, lastResult: 'failed', lastError: 'ABORT_ERR' };
    fake.setEgress(report);
    const { main } = await opened(fake, { words: { language, messages } });
    expect(rowOf(report.contacted[0]!.host).textContent).toContain(closed);
    expect(rowOf(report.contacted[1]!.host).textContent).toContain(cancelled);
    expect(main.textContent).not.toMatch(/UND_ERR|ABORT_ERR/);
  });

  it('in German, the enforce line leads to the Settings section it names, titled as it says', async () => {
    await opened(fakeEngine(), { words: { language: 'de', messages: de } });
    const link = within(screen.getByTestId('egress-enforce')).getByRole('link');
    expect(link.textContent).toBe('Ändern unter Einstellungen › Verbindungen');
    window.location.hash = link.getAttribute('href')!;
    const section = await screen.findByRole('heading', { level: 2, name: 'Verbindungen' });
    expect(section.id).toBe('set-egress-h');
  });
});
