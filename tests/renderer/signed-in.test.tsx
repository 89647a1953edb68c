// @vitest-environment happy-dom
/**
 * The sign-in page offers Discord only when the server does, beside the token form; the
 * header's account corner names who is signed in and as what, with Sign out and, for a
 * person's session, Sign out everywhere.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { HttpClient, SignedInAs } from '../../renderer/src/api/http';
import { SignIn } from '../../renderer/src/pages/SignIn';
import { SignedIn, signedInWords } from '../../renderer/src/shell/SignedIn';

afterEach(cleanup);

const httpWith = (o: { discord?: boolean; who?: SignedInAs | null; calls?: string[] }) =>
  ({
    signInMethods: async () => ({ discord: o.discord ?? false }),
    whoAmI: async () => o.who ?? null,
    signIn: async () => ({ ok: true }),
    signOut: async () => void o.calls?.push('signOut'),
    signOutEverywhere: async () => void o.calls?.push('signOutEverywhere'),
  }) as unknown as HttpClient;

describe('SignIn', () => {
  it('offers Sign in with Discord, to the server’s start of it, beside the token form', async () => {
    render(<SignIn http={httpWith({ discord: true })} />);
    const link = await screen.findByRole('link', { name: 'Sign in with Discord' });
    expect(link.getAttribute('href')).toBe('/api/v1/session/discord');
    expect(screen.getByLabelText('API token')).toBeTruthy();
  });

  it('offers only the token when Discord is not set up', async () => {
    render(<SignIn http={httpWith({ discord: false })} />);
    expect(await screen.findByLabelText('API token')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 0)); // the methods' answer has come (an already resolved promise)
    expect(screen.queryByRole('link', { name: 'Sign in with Discord' })).toBeNull();
  });
});

describe('SignedIn', () => {
  it('names the person and their role, and signs out here or everywhere', async () => {
    const calls: string[] = [];
    render(<SignedIn http={httpWith({ who: { name: 'Ada', role: 'viewer', via: 'session' }, calls })} />);
    expect((await screen.findByTestId('signed-in-as')).textContent).toBe('Ada (viewer, read only)');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(calls).toEqual(['signOutEverywhere', 'signOut']);
  });

  it('keeps Sign out when who is signed in cannot be told', async () => {
    render(<SignedIn http={httpWith({ who: null })} />);
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.queryByTestId('signed-in-as')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out everywhere' })).toBeNull();
  });
});

describe("the account corner's words", () => {
  it.each([
    [{ name: 'Ada', role: 'viewer' as const }, 'Ada (viewer, read only)'],
    [{ name: 'grafana', role: 'metrics' as const }, 'grafana (metrics only)'],
    [{ name: 'admin', role: 'admin' as const }, 'admin'],
    [{ name: 'viewer', role: 'viewer' as const }, 'viewer, read only'],
  ])('%o reads %s', (who, words) => {
    expect(signedInWords(who)).toBe(words);
  });
});
