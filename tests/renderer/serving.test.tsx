// @vitest-environment happy-dom
/**
 * How the dashboard is served, on the page (renderer/src/shell/Serving.tsx): the header says in
 * red that plain HTTP reaches other machines while api.allowPlainHttp is on, and the first-run
 * page shows the certificate's fingerprint to compare with the browser's (issue 50).
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { english } from '../../shared/i18n/translators';
import { plainHttpWords } from '../../shared/words/serving';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(':');
const tls = { fingerprint: FINGERPRINT, generated: true, notAfter: Date.UTC(2027, 11, 28) };

describe('the header', () => {
  it('says in red that plain HTTP reaches the network while it is allowed', async () => {
    renderApp(fakeEngine({ status: status({ api: { tls, plainHttpOnLan: true } }) }), '#/', { web: true });
    // The page's own header (the site's banner), not a page's head: happy-dom's roles also count
    // a <header> inside <main> as a banner, so whether one or two were found raced the page's chunk.
    await screen.findByRole('navigation', { name: 'Main' });
    const header = document.querySelector<HTMLElement>('header.top')!;
    const warning = await within(header).findByText(plainHttpWords(english));
    expect(warning.className).toBe('plain-http');
  });

  it('says nothing of it over HTTPS alone, nor in the app (no api part)', async () => {
    renderApp(fakeEngine({ status: status({ api: { tls, plainHttpOnLan: false } }) }), '#/', { web: true });
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByText(plainHttpWords(english))).toBeNull();
    cleanup();
    renderApp(fakeEngine(), '#/');
    await screen.findByRole('navigation', { name: 'Main' });
    expect(screen.queryByText(plainHttpWords(english))).toBeNull();
  });
});

describe('the first-run page', () => {
  it("shows the certificate's SHA-256 fingerprint to compare with the browser's", async () => {
    renderApp(fakeEngine({ firstRun: true, status: status({ api: { tls, plainHttpOnLan: false } }) }), '#/', {
      web: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Set up IPWatch' });
    const note = await screen.findByRole('region', { name: "This page's certificate" });
    expect(note.textContent).toContain('Certificate (made by IPWatch) SHA-256:');
    // The fingerprint whole on a line of its own, with a break allowed after each pair only.
    const fingerprint = within(note).getByTestId('fingerprint');
    expect(fingerprint.textContent).toBe(FINGERPRINT);
    expect(fingerprint.querySelectorAll('wbr')).toHaveLength(31);
    expect(note.textContent).toContain('Compare it with the fingerprint your browser shows');
    // The page cannot vouch for itself: the host's own word is named too.
    expect(note.textContent).toContain('the one ipwatch status prints on the machine that runs IPWatch');
    // The person has signed in already: what to do if they differ, not "do not sign in".
    expect(note.textContent).toMatch(
      /has seen how you signed in: stop here.*ipwatch token rotate NAME.*sign out everywhere/,
    );
  });
});
