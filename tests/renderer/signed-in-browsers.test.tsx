// @vitest-environment happy-dom
/**
 * Settings, Web dashboard and API: the signed-in browsers (issue 50). An admin sees one row per
 * session in words (who, role, how, from where, last seen as the dashboard's relative time, "this
 * browser" for its own) with Revoke; revoking its own asks first and then signs this page out. A
 * viewer sees the one line of shared/words/roles.ts and nothing is asked of the engine; the app's
 * own window shows the engine's sentence that no browser signs in to the app.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';

import { sessionWords } from '../../renderer/src/settings/sessions/session-words';
import type { BrowserSession } from '../../shared/contract/sessions';
import { english } from '../../shared/i18n/translators';
import { viewersCannotSeeSignIns } from '../../shared/words/roles';
import { noBrowserSessions, revokedOwnSession, revokedSession as revokedIn } from '../../shared/words/sessions';
import { fakeEngine, renderApp } from './fake-engine';

// The words as the engine says them (English); the modules are functions of a Translator now.
const VIEWERS_CANNOT_SEE_SIGN_INS = viewersCannotSeeSignIns(english);
const NO_BROWSER_SESSIONS = noBrowserSessions(english);
const REVOKED_OWN_SESSION = revokedOwnSession(english);
const revokedSession = (name: string) => revokedIn(name, english);

const NOW = Date.UTC(2026, 10, 27, 12);
let confirm: Mock<(text: string) => boolean>;
beforeEach(() => {
  // Only the clock is fixed: the relative times read the same however long a run takes.
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  confirm = vi.fn(() => false);
  // happy-dom has no confirm dialog: the page's question is answered here.
  Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const ADMIN = { name: 'Ada', role: 'admin', via: 'session' } as const;
const VIEWER = { name: 'vic', role: 'viewer', via: 'session' } as const;
const MIN = 60_000;

const session = (over: Partial<BrowserSession>): BrowserSession => ({
  sid: 's0123456789ab',
  id: 'discord:1',
  name: 'Ada',
  role: 'admin',
  via: 'discord',
  onHost: false,
  browser: 'Firefox 128',
  system: 'Linux',
  address: '192.0.2.7',
  loopback: false,
  createdAt: NOW - 60 * MIN,
  lastSeenAt: NOW - 5 * MIN,
  expiresAt: NOW + 11 * 60 * MIN,
  current: false,
  ...over,
});
const OWN = session({ sid: 's000000000001', name: 'Ada', current: true, lastSeenAt: NOW });
const OTHER = session({
  sid: 's000000000002',
  id: 'token:t1',
  name: 'grafana',
  via: 'token',
  onHost: true,
  loopback: true,
  address: '127.0.0.1',
  browser: 'Chrome 126',
  system: 'Windows',
});

describe('sessionWords', () => {
  const now = NOW;
  const base = { who: 'Ada', role: 'admin', how: 'Discord', browser: 'Firefox 128 on Linux', where: '192.0.2.7' };
  it.each<[string, Partial<BrowserSession>, ReturnType<typeof sessionWords>]>([
    [
      'Discord, from an address on the network, this browser',
      { current: true, lastSeenAt: now - 5 * MIN },
      { ...base, who: 'Ada (this browser)', lastSeen: '5 min ago' },
    ],
    [
      'a token sign-in on this host, with its proof',
      { name: 'grafana', role: 'viewer', via: 'token', onHost: true, loopback: true, lastSeenAt: now - 2 * 3600_000 },
      {
        ...base,
        who: 'grafana',
        role: 'viewer, read only',
        how: 'the token "grafana"',
        where: 'this machine, with its proof (ipwatch open)',
        lastSeen: '2 h ago',
      },
    ],
    [
      'over loopback without the proof (127.0.0.1 is this machine, said so)',
      { address: '127.0.0.1', loopback: true, lastSeenAt: now },
      { ...base, where: 'this machine', lastSeen: 'just now' },
    ],
    [
      'kept before addresses and browsers were: unknown, in words',
      { address: null, browser: null, system: null, lastSeenAt: now },
      {
        ...base,
        browser: 'unknown browser',
        where: 'address unknown (signed in before addresses were kept)',
        lastSeen: 'just now',
      },
    ],
    [
      'a browser without its system',
      { system: null, lastSeenAt: now },
      { ...base, browser: 'Firefox 128, system unknown', lastSeen: 'just now' },
    ],
    [
      'a system without a browser',
      { browser: null, lastSeenAt: now },
      { ...base, browser: 'unknown browser on Linux', lastSeen: 'just now' },
    ],
    [
      "seen after the page's clock last ticked: just now, never in the future",
      { lastSeenAt: now + 8000 },
      { ...base, lastSeen: 'just now' },
    ],
  ])('%s', (_what, over, words) => {
    expect(sessionWords(session(over), now, english)).toEqual(words);
  });
});

describe('Signed-in browsers in Settings', () => {
  it('lists each session for an admin in words, and Revoke ends another browser’s', async () => {
    const fake = fakeEngine();
    fake.client.listSessions.mockResolvedValue({ sessions: [OWN, OTHER], unavailable: null });
    fake.client.revokeSession.mockResolvedValue({
      revoked: OTHER,
      own: false,
      message: revokedSession('grafana'),
    });
    renderApp(fake, '#/settings/api', { web: true, who: ADMIN });
    const table = await screen.findByRole('table', { name: 'Signed-in browsers' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 6).map((c) => c.textContent))).toEqual([
      ['Ada (this browser)', 'admin', 'Discord', 'Firefox 128 on Linux', '192.0.2.7', 'just now'],
      [
        'grafana',
        'admin',
        'the token "grafana"',
        'Chrome 126 on Windows',
        'this machine, with its proof (ipwatch open)',
        '5 min ago',
      ],
    ]);
    expect(rows.map((r) => r.getAttribute('data-current'))).toEqual(['true', null]);
    await userEvent.click(within(table).getByRole('button', { name: 'Revoke grafana' }));
    await waitFor(() => expect(fake.client.revokeSession).toHaveBeenCalledWith({ sid: OTHER.sid }));
    expect(confirm).not.toHaveBeenCalled();
    expect(await screen.findByText(revokedSession('grafana'))).toBeTruthy();
    // The list is asked again after a revoke.
    await waitFor(() => expect(fake.client.listSessions).toHaveBeenCalledTimes(2));
  });

  it('asks before revoking its own session; once confirmed, this page signs out', async () => {
    const fake = fakeEngine();
    fake.client.listSessions.mockResolvedValue({ sessions: [OWN, OTHER], unavailable: null });
    fake.client.revokeSession.mockResolvedValue({ revoked: OWN, own: true, message: REVOKED_OWN_SESSION });
    const { engine } = renderApp(fake, '#/settings/api', { web: true, who: ADMIN });
    const revoke = await screen.findByRole('button', { name: 'Revoke Ada (this browser)' });
    await userEvent.click(revoke);
    expect(confirm).toHaveBeenCalledWith(english.t('settings.sessions.revokeOwn'));
    expect(fake.client.revokeSession).not.toHaveBeenCalled();
    confirm.mockReturnValueOnce(true);
    await userEvent.click(revoke);
    await waitFor(() => expect(fake.client.revokeSession).toHaveBeenCalledWith({ sid: OWN.sid }));
    await waitFor(() => expect(engine.http!.signOut).toHaveBeenCalledTimes(1));
  });

  it('shows a viewer only that an admin can see sign-ins, asking the engine nothing', async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/api', { web: true, who: VIEWER });
    const section = await screen.findByRole('region', { name: 'Signed-in browsers' });
    await waitFor(() => expect(within(section).getByText(VIEWERS_CANNOT_SEE_SIGN_INS)).toBeTruthy());
    expect(within(section).queryByRole('table')).toBeNull();
    expect(fake.client.listSessions).not.toHaveBeenCalled();
  });

  it("says in the app's own window that no browser signs in to the app", async () => {
    const fake = fakeEngine();
    fake.client.listSessions.mockResolvedValue({ sessions: [], unavailable: NO_BROWSER_SESSIONS });
    renderApp(fake, '#/settings/api');
    expect(await screen.findByText(NO_BROWSER_SESSIONS)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Signed-in browsers' })).toBeNull();
  });

  it('shows why the list could not be read, in words', async () => {
    const fake = fakeEngine();
    fake.client.listSessions.mockRejectedValue(
      new Error('GET /api/v1/sessions: only an admin may see who is signed in'),
    );
    renderApp(fake, '#/settings/api', { web: true, who: null });
    expect(await screen.findByText(/only an admin may see who is signed in/)).toBeTruthy();
  });
});
