// @vitest-environment happy-dom
/**
 * The app's first-run wizard offers a host name kept pointing here: a record added there is
 * checked on the page, saved to the engine's settings through saveSettings before the shell's
 * real completeFirstRun (electron/shell/shell-api.ts on a temporary data folder) runs; a record
 * the engine refuses stops the first run from completing; unasked, nothing is added.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openAppState } from '../../../electron/shell/app-state';
import type { ShellClient } from '../../../shared/contract/bridge';
import { SHELL_METHODS, shellApi } from '../../../shared/contract/shell';
import { fakeEngine, renderApp } from '../../renderer/fake-engine';
import { testShellApi } from './shell-api-fixture';

let dir: string;

function realShell(): ShellClient {
  const handlers = testShellApi(dir);
  return Object.fromEntries(
    SHELL_METHODS.map((m) => [
      m,
      (input?: unknown) => (handlers[m] as (i: unknown) => Promise<unknown>)(shellApi[m].input.parse(input)),
    ]),
  ) as unknown as ShellClient;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-first-run-ddns-'));
});
afterEach(async () => {
  cleanup();
  delete window.ipwatch;
  await rm(dir, { recursive: true, force: true });
});

async function openWizard(fake: ReturnType<typeof fakeEngine>) {
  window.ipwatch = { shell: realShell() };
  renderApp(fake, '#/first-run');
  return screen.findByRole('form', { name: 'Welcome to IPWatch' });
}

describe("the app's first run offers dynamic DNS", () => {
  it('adds a deSEC record, checked on the page first, saved to the engine before the first run completes', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const form = await openWizard(fake);
    expect(within(form).queryByRole('button', { name: 'Add a record' })).toBeNull();
    await user.click(within(form).getByLabelText('Keep a host name pointing here'));
    await user.selectOptions(within(form).getByLabelText('Provider of the new record'), 'deSEC');
    await user.click(within(form).getByRole('button', { name: 'Add a record' }));
    await user.click(within(form).getByRole('button', { name: 'Start watching' }));
    expect(
      await within(form).findByText('DNS records › desec › Host name: Expected a DNS name such as home.example.org.'),
    ).toBeTruthy();
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    const record = within(form).getByRole('group', { name: 'DNS record desec' });
    await user.type(within(record).getByLabelText('Host name'), 'myhome.dedyn.io');
    await user.type(within(record).getByLabelText('Update token'), 'desec-token');
    await user.click(within(form).getByRole('button', { name: 'Start watching' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect((fake.settings.ddns as { records: unknown[] }).records).toEqual([
      expect.objectContaining({ id: 'desec', provider: 'desec', hostname: 'myhome.dedyn.io', token: 'desec-token' }),
    ]);
    expect(openAppState(dir).firstRunDone()).toBe(true);
  });

  it('does not complete when the engine refuses the record, and says why', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'ddns.records.0.token', message: 'the vault is locked' }],
    });
    const form = await openWizard(fake);
    await user.click(within(form).getByLabelText('Keep a host name pointing here'));
    await user.selectOptions(within(form).getByLabelText('Provider of the new record'), 'DuckDNS');
    await user.click(within(form).getByRole('button', { name: 'Add a record' }));
    await user.type(within(form).getByLabelText('DuckDNS sub-domain'), 'myhome');
    await user.type(within(form).getByLabelText('DuckDNS token'), 'duck-token');
    await user.click(within(form).getByRole('button', { name: 'Start watching' }));
    expect(await within(form).findByText('DNS records › duckdns › DuckDNS token: The vault is locked.')).toBeTruthy();
    expect(openAppState(dir).firstRunDone()).toBe(false);
  });

  it('adds nothing when not asked for, nor once unticked', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const form = await openWizard(fake);
    await user.click(within(form).getByLabelText('Keep a host name pointing here'));
    await user.click(within(form).getByRole('button', { name: 'Add a record' }));
    await user.click(within(form).getByLabelText('Keep a host name pointing here'));
    await user.click(within(form).getByRole('button', { name: 'Start watching' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    expect(openAppState(dir).firstRunDone()).toBe(true);
  });
});
