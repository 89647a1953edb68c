/**
 * One check for the buttons a viewer may not press (issue 50), shared by viewer-changes.test.tsx
 * and viewer-tests.test.tsx: for a viewer in a browser the button is off, the reason stands
 * beside it and as its title, and a press asks nothing of the engine; for an admin in a browser
 * and in the app's own window it is on and a press reaches the engine once, with no reason shown.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

export const VIEWER = { name: 'vic', role: 'viewer', via: 'session' } as const;
export const ADMIN = { name: 'Ada', role: 'admin', via: 'session' } as const;

/** Who keeps the button on, for `it.each`: [in words, renderApp's options]. */
export const NOT_VIEWERS = [
  ['an admin in a browser', { web: true, who: ADMIN }],
  ["the app's own window", {}],
] as const;

type Fake = ReturnType<typeof fakeEngine>;
type Opts = Parameters<typeof renderApp>[2];

/** A button on the dashboard that only an admin (or the app's window) may press. */
export interface GuardedButton {
  /** The group or region it sits in, by accessible name. */
  place: { role: 'group' | 'region'; name: string };
  /** The button's accessible name. */
  button: string;
  /** The engine call a press makes. */
  method: keyof Fake['client'];
  /** The words a viewer is shown instead (shared/words/roles.ts). */
  reason: string;
  /** The engine to render on (a status with speed tests on, say); a plain fake by default. */
  engine?: () => Fake;
}

async function render(b: GuardedButton, opts: Opts) {
  const fake = (b.engine ?? fakeEngine)();
  renderApp(fake, '#/', opts);
  const place = await screen.findByRole(b.place.role, { name: b.place.name });
  return { fake, place, button: within(place).getByRole('button', { name: b.button }) };
}

/** A viewer finds it off with the reason, and a press asks nothing; returns what it rendered. */
export async function expectOffForViewer(b: GuardedButton) {
  const shown = await render(b, { web: true, who: VIEWER });
  await waitFor(() => expect(shown.button).toHaveProperty('disabled', true));
  expect(within(shown.place).getByText(b.reason)).toBeTruthy();
  expect(shown.button.getAttribute('title')).toBe(b.reason);
  await userEvent.click(shown.button);
  expect(shown.fake.client[b.method]).not.toHaveBeenCalled();
  return shown;
}

/** Anyone but a viewer finds it on: a press reaches the engine once, and no reason is shown. */
export async function expectOnFor(b: GuardedButton, opts: Opts) {
  const shown = await render(b, opts);
  await userEvent.click(shown.button);
  await waitFor(() => expect(shown.fake.client[b.method]).toHaveBeenCalledTimes(1));
  expect(screen.queryByText(b.reason)).toBeNull();
  return shown;
}
