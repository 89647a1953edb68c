// @vitest-environment happy-dom
/**
 * A viewer's page changes nothing (issue 50): in a browser signed in as a viewer, Pause/Resume
 * and the Settings form (every field, Save) are off (and Run a speed test, a test), with one reason, said once in
 * shared/words/roles.ts, since the API gives `mutates` methods to admins only; an admin's page
 * and the app's own window keep them on.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { formSections } from '../../renderer/src/settings/sections';
import { english } from '../../shared/i18n/translators';
import { viewersCannotChange, viewersCannotTest } from '../../shared/words/roles';
import { fakeEngine, renderApp, status } from './fake-engine';
import { ADMIN, expectOffForViewer, expectOnFor, type GuardedButton, NOT_VIEWERS, VIEWER } from './viewer-harness';

// The words as the engine says them (English); the modules are functions of a Translator now.
const VIEWERS_CANNOT_CHANGE = viewersCannotChange(english);
const VIEWERS_CANNOT_TEST = viewersCannotTest(english);

afterEach(cleanup);

const PAUSE: GuardedButton = {
  place: { role: 'group', name: 'Actions' },
  button: 'Pause monitoring',
  method: 'pause',
  reason: VIEWERS_CANNOT_CHANGE,
};

describe('Pause on the dashboard', () => {
  it('is off for a viewer, with the reason, and nothing is asked of the engine', async () => {
    const { place } = await expectOffForViewer(PAUSE);
    // Copying an address is a read and stays on.
    for (const b of within(place).queryAllByRole('button', { name: /^Copy/ }))
      expect(b).toHaveProperty('disabled', false);
  });

  it.each(NOT_VIEWERS)('is on for %s', async (_who, opts) => {
    await expectOnFor(PAUSE, opts);
  });
});

describe('the Settings form', () => {
  // Every page of the form, DDNS (its Try again) and the hook (its Test) among them.
  it.each(formSections(english).map((s) => s.id))(
    '%s is read-only for a viewer: one line says why, every control is off, no Save',
    async (id) => {
      const fake = fakeEngine();
      renderApp(fake, `#/settings/${id}`, { web: true, who: VIEWER });
      expect(await screen.findByText(VIEWERS_CANNOT_CHANGE)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
      const form = document.querySelector('form.settings')!;
      const controls = [...form.querySelectorAll('input, select, textarea, button')];
      expect(controls.length).toBeGreaterThan(0);
      // happy-dom does not carry a fieldset's disabled to its controls, so ask the fieldset.
      for (const c of controls) expect(c.closest('fieldset[disabled]') ?? c.hasAttribute('disabled')).toBeTruthy();
      expect(fake.client.saveSettings).not.toHaveBeenCalled();
    },
  );

  it('stays editable for an admin', async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/sources', { web: true, who: ADMIN });
    const add = await screen.findByRole('button', { name: 'Add a custom source' });
    expect(add).toHaveProperty('disabled', false);
    expect(screen.queryByText(VIEWERS_CANNOT_CHANGE)).toBeNull();
    expect(document.querySelector('form.settings fieldset[disabled]')).toBeNull();
  });
});

describe('Run a speed test on the dashboard', () => {
  const speed = {
    enabled: true,
    runningSince: null,
    last: null,
    nextAt: null,
    skipped: null,
    metered: { state: 'unmetered', detail: 'NetworkManager (eth0): not metered' },
  } as const;

  const RUN: GuardedButton = {
    place: { role: 'region', name: 'Speed test' },
    button: 'Run a speed test',
    method: 'runSpeedTest',
    reason: VIEWERS_CANNOT_TEST,
    engine: () => fakeEngine({ status: status({ speedTest: speed }) }),
  };

  it('is off for a viewer, with the reason, and nothing is asked of the engine', async () => {
    await expectOffForViewer(RUN);
  });

  it.each(NOT_VIEWERS)('is on for %s', async (_who, opts) => {
    await expectOnFor(RUN, opts);
  });
});

describe('Backup, restore and import', () => {
  it('is off for a viewer with the reason, and on for an admin', async () => {
    for (const who of [VIEWER, ADMIN]) {
      const fake = fakeEngine();
      renderApp(fake, '#/settings/backup', { web: true, who });
      if (who.role === 'viewer') await screen.findByText(VIEWERS_CANNOT_CHANGE);
      const backup = await screen.findByRole('button', { name: 'Back up history now' });
      const off = backup.closest('fieldset[disabled]');
      if (who.role === 'viewer') {
        expect(off).not.toBeNull();
        expect(screen.getAllByText(VIEWERS_CANNOT_CHANGE)).toHaveLength(1); // one line at the top
        await userEvent.click(backup);
        expect(fake.client.backup).not.toHaveBeenCalled();
        // happy-dom does not carry a fieldset's disabled to its controls: every one sits in it.
        for (const c of screen.getAllByRole('button')) {
          if (/Back up|Import|Restore/.test(c.textContent ?? '')) expect(c.closest('fieldset[disabled]')).toBe(off);
        }
      } else {
        expect(off).toBeNull();
        await userEvent.click(backup);
        await waitFor(() => expect(fake.client.backup).toHaveBeenCalledTimes(1));
        expect(screen.queryByText(VIEWERS_CANNOT_CHANGE)).toBeNull();
      }
      cleanup();
    }
  });
});

describe("a viewer's pages hold no enabled control that would write", () => {
  // Reads, paging, the menu and the viewer's own session: the only buttons a viewer may press.
  const READS =
    /^(☰ Menu|Menu|Sign out|Sign out everywhere|Account: .*|Previous|Next|Copy IPv[46]|Copy the IPv[46] address|Export.*|Download.*|CSV|JSON)$/;
  const name = (b: HTMLElement) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();

  it.each(['#/', '#/history'])('%s', async (hash) => {
    renderApp(fakeEngine(), hash, { web: true, who: VIEWER });
    await screen.findByRole('button', { name: 'Account: vic, viewer' });
    if (hash === '#/') await screen.findByText(VIEWERS_CANNOT_CHANGE);
    const on = screen.getAllByRole('button').filter((b) => !(b as HTMLButtonElement).disabled);
    expect(on.length).toBeGreaterThan(0);
    expect(on.map(name).filter((n) => !READS.test(n))).toEqual([]);
  });
});

describe('Appearance (this browser)', () => {
  it("says nothing is read-only to a viewer: its choices are the browser's own", async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/settings/appearance', { web: true, who: VIEWER });
    const choices = await screen.findAllByRole('combobox');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.closest('fieldset[disabled]') === null && !c.hasAttribute('disabled'))).toBe(true);
    expect(screen.queryByText(VIEWERS_CANNOT_CHANGE)).toBeNull();
  });
});
