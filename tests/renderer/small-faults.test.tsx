// @vitest-environment happy-dom
/** Faults seen in use (issue 29): the skip link, the empty-state wording. */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { queryStateText } from '../../renderer/src/components/query-state-text';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('the skip link', () => {
  it('moves focus to the page without leaving it', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/history');
    await screen.findByRole('table', { name: 'Address history' });
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(window.location.hash).toBe('#/history');
    expect(document.activeElement?.id).toBe('main');
    expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeTruthy();
  });
});

describe('the loading, error and empty messages', () => {
  // Every `what` a page passes to QueryState.
  it.each([
    ['status', 'Loading status…', 'Could not load status', 'No status yet.'],
    ['changes', 'Loading changes…', 'Could not load changes', 'No changes yet.'],
    ['history', 'Loading history…', 'Could not load history', 'No history yet.'],
    ['statistics', 'Loading statistics…', 'Could not load statistics', 'No statistics yet.'],
    ['settings', 'Loading settings…', 'Could not load settings', 'No settings yet.'],
    ['the audit log', 'Loading the audit log…', 'Could not load the audit log', 'Nothing in the audit log yet.'],
    [
      "the bot's state",
      "Loading the bot's state…",
      "Could not load the bot's state",
      "Nothing in the bot's state yet.",
    ],
  ])('for %s', (what, loading, failed, empty) => {
    expect(queryStateText(what)).toEqual({ loading, failed, empty });
  });

  it('an empty audit log reads as a sentence', async () => {
    renderApp(fakeEngine(), '#/activity');
    expect(await screen.findByText('Nothing in the audit log yet.')).toBeTruthy();
  });
});
