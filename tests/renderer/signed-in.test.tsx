// @vitest-environment happy-dom
/**
 * The sign-in page offers Discord only when the server does, beside the token form; the
 * header's account corner names who is signed in and as what, with Sign out and, for a
 * person's session, Sign out everywhere; on a narrow window the same behind the account button
 * (a disclosure: Enter opens it, Escape closes it and gives focus back, a click outside closes it).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { HttpClient, SignedInAs } from '../../renderer/src/api/http';
import { newQueryClient } from '../../renderer/src/App';
import { SignIn } from '../../renderer/src/pages/SignIn';
import { signedInWords } from '../../renderer/src/shell/account-words';
import { accountLabel } from '../../renderer/src/shell/AccountMenu';
import { SignedIn } from '../../renderer/src/shell/SignedIn';
import { english } from '../../shared/i18n/translators';
import { inEnglish } from './in-english';

afterEach(cleanup);

const httpWith = (o: { discord?: boolean; who?: SignedInAs | null; calls?: string[] }) =>
  ({
    signInMethods: async () => ({ discord: o.discord ?? false }),
    whoAmI: async () => o.who ?? null,
    signIn: async () => ({ ok: true }),
    signOut: async () => void o.calls?.push('signOut'),
    signOutEverywhere: async () => void o.calls?.push('signOutEverywhere'),
  }) as unknown as HttpClient;

/** The corner inside a query client, as in the app (who is asked once per page, useWhoAmI). */
const corner = (http: HttpClient) =>
  render(<QueryClientProvider client={newQueryClient()}>{inEnglish(<SignedIn http={http} />)}</QueryClientProvider>);

describe('SignIn', () => {
  it('offers Sign in with Discord, to the server’s start of it, beside the token form', async () => {
    render(inEnglish(<SignIn http={httpWith({ discord: true })} />));
    const link = await screen.findByRole('link', { name: 'Sign in with Discord' });
    expect(link.getAttribute('href')).toBe('/api/v1/session/discord');
    expect(screen.getByLabelText('API token')).toBeTruthy();
  });

  it('offers only the token when Discord is not set up', async () => {
    render(inEnglish(<SignIn http={httpWith({ discord: false })} />));
    expect(await screen.findByLabelText('API token')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 0)); // the methods' answer has come (an already resolved promise)
    expect(screen.queryByRole('link', { name: 'Sign in with Discord' })).toBeNull();
  });
});

describe('SignedIn', () => {
  it('names the person and their role, and signs out here or everywhere', async () => {
    const calls: string[] = [];
    corner(httpWith({ who: { name: 'Ada', role: 'viewer', via: 'session' }, calls }));
    expect((await screen.findByTestId('signed-in-as')).textContent).toBe('Ada (viewer, read only)');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(calls).toEqual(['signOutEverywhere', 'signOut']);
  });

  it('keeps Sign out when who is signed in cannot be told', async () => {
    corner(httpWith({ who: null }));
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.queryByTestId('signed-in-as')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out everywhere' })).toBeNull();
  });
});

describe('the account button (narrow windows)', () => {
  it('opens with Enter to the name, role, how signed in and both sign-outs; Escape closes it and gives focus back', async () => {
    const calls: string[] = [];
    corner(httpWith({ who: { name: 'Ada', role: 'viewer', via: 'session' }, calls }));
    const button = await screen.findByRole('button', { name: 'Account: Ada, viewer' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Account' })).toBeNull();
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('group', { name: 'Account' });
    expect(within(panel).getByTestId('account-who').textContent).toBe(
      'NameAdaRoleviewer, read onlyHowSigned in with Discord',
    );
    const items = within(panel)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(items).toEqual(['Sign out', 'Sign out everywhere']);
    expect(document.activeElement?.textContent).toBe('Sign out');
    await userEvent.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Account' })).toBeNull();
    expect(document.activeElement).toBe(button);
    // Space opens it too; Sign out everywhere from the panel.
    await userEvent.keyboard(' ');
    await userEvent.click(within(screen.getByRole('group', { name: 'Account' })).getByText('Sign out everywhere'));
    expect(calls).toEqual(['signOutEverywhere']);
  });

  it('closes on a click outside', async () => {
    corner(httpWith({ who: { name: 'admin', role: 'admin', via: 'token' } }));
    const button = await screen.findByRole('button', { name: 'Account: admin, admin' });
    await userEvent.click(button);
    const panel = screen.getByRole('group', { name: 'Account' });
    expect(within(panel).getByTestId('account-who').textContent).toContain('Signed in with a token');
    // A token has no sessions to end elsewhere: only Sign out.
    expect(
      within(panel)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Sign out']);
    await userEvent.click(document.body);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Account' })).toBeNull();
  });

  it('shows no account button while who is signed in cannot be told; Sign out stays in the header', async () => {
    const calls: string[] = [];
    const { container } = corner(httpWith({ who: null, calls }));
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(calls).toEqual(['signOut']);
    expect(screen.queryByRole('button', { name: /^Account/ })).toBeNull();
    // The narrow window's CSS (account.css) keeps this Sign out in view while nobody is known.
    expect(container.querySelector('.signed-in')?.getAttribute('data-who')).toBe('unknown');
  });

  it('draws its person, no emoji (it needs a colour-emoji font: an empty box in Debian chromium)', async () => {
    const { container } = corner(httpWith({ who: { name: 'Ada', role: 'admin', via: 'session' } }));
    const button = await screen.findByRole('button', { name: 'Account: Ada, admin' });
    expect(button.querySelector('svg.account-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.textContent).toBe('Ada');
    expect(container.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(container.querySelector('.signed-in')?.getAttribute('data-who')).toBe('known');
  });

  it.each([
    [{ name: 'Ada', role: 'viewer' as const }, 'Account: Ada, viewer'],
    [{ name: 'grafana', role: 'metrics' as const }, 'Account: grafana, metrics'],
  ])('%o is labelled %s', (who, label) => {
    expect(accountLabel(who, english)).toBe(label);
  });
});

describe("the account corner's words", () => {
  it.each([
    [{ name: 'Ada', role: 'viewer' as const }, 'Ada (viewer, read only)'],
    [{ name: 'grafana', role: 'metrics' as const }, 'grafana (metrics only)'],
    [{ name: 'admin', role: 'admin' as const }, 'admin'],
    [{ name: 'viewer', role: 'viewer' as const }, 'viewer, read only'],
  ])('%o reads %s', (who, words) => {
    expect(signedInWords(who, english)).toBe(words);
  });
});
