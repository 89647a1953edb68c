// @vitest-environment happy-dom
/**
 * The Settings pages people can use: a page per section from a side menu, one draft across them,
 * every field with the schema's label and help, "applies after a restart" said once per page
 * for the fields the engine names, editors for lists and empty-able values, and a refusal over HTTP
 * (422) shown beside its field like one over IPC.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { createHttpClient } from '../../renderer/src/api/http';
import { type FormCtx, LeafField } from '../../renderer/src/settings/fields';
import { labelOfPathIn, notesOf, restartText } from '../../renderer/src/settings/form-notes';
import { revealPath } from '../../renderer/src/settings/ItemList';
import { setAt } from '../../renderer/src/settings/schema-walk';
import { ownFormSections } from '../../renderer/src/settings/sections';
import { english } from '../../shared/i18n/translators';
import { monitorSchema, settingsSchema, sourcesSchema } from '../../shared/settings';
import { apiSettingsSchema } from '../../shared/settings/api';
import { restartFields } from '../../shared/settings/changes';
import { guildSchema } from '../../shared/settings/discord';
import { fieldMeta, fieldSchema, unwrap } from '../../shared/settings/schema-fields';
import { fakeEngine, renderApp } from './fake-engine';
import { InEnglish } from './in-words';

afterEach(cleanup);

const described = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

/** Moves to a page of Settings from its side menu and waits for its heading. */
async function openPage(user: ReturnType<typeof userEvent.setup>, title: string): Promise<void> {
  const nav = screen.getByRole('navigation', { name: 'Settings sections' });
  await user.click(within(nav).getByRole('link', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }));
  await screen.findByRole('heading', { level: 2, name: title });
}

/** The engine's own answer: the restart fields as the real service names them. */
function engineWithRestartFields() {
  const fake = fakeEngine();
  const view = async () => ({
    settings: fake.settings,
    secrets: [],
    envOverrides: ['monitor.quorum'],
    restartFields: restartFields(),
  });
  // The fake's own answer names no such fields; its mock is typed by it.
  fake.client.getSettings.mockImplementation(view as unknown as typeof fake.client.getSettings);
  return fake;
}

describe('the Settings page', () => {
  it('labels every field in words and gives it its one line of help, page by page', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings');
    const interval = await screen.findByLabelText('Check every (seconds)');
    expect(described(interval)).toContain(fieldMeta(monitorSchema.shape.intervalSec).help);
    expect(screen.getByLabelText('Request timeout (ms)')).toBeTruthy();
    // A choice whose words a select would cut off on a phone is a radio button each.
    expect(screen.getByRole('radio', { name: 'A new /64 prefix (privacy addresses are not changes)' })).toBeTruthy();
    for (const [page, labels] of [
      ['History and log', ['Log level', 'Daily backups kept']],
      ['Web dashboard and API', ['TCP port']],
      ['Notifications', ['Time zone of messages']],
    ] as const) {
      await openPage(user, page);
      for (const label of labels) expect(screen.getByLabelText(label), label).toBeTruthy();
      // No label made of a key name.
      for (const keyish of ['Api', 'Lan', 'Api base', 'Interval (s)', 'Quorum'])
        expect(screen.queryByLabelText(keyish), keyish).toBeNull();
    }
  });

  it('has a place for every group of the settings, the router and the public-source cadence included', async () => {
    renderApp(fakeEngine(), '#/settings/monitor');
    await screen.findByLabelText('Check every (seconds)');
    const placed = new Set(ownFormSections(english).flatMap((s) => s.keys));
    expect(Object.keys(settingsSchema.shape).filter((k) => !placed.has(k))).toEqual([]);
    for (const label of ['Ask the router', 'Hear router announcements', 'Ask public sources at least every (minutes)'])
      expect(screen.getByLabelText(label), label).toBeTruthy();
  });

  it('puts Watch IPv4 and Watch IPv6 side by side in a row of their own, neither beside the interval', async () => {
    renderApp(fakeEngine(), '#/settings/monitor');
    const interval = await screen.findByLabelText('Check every (seconds)');
    const families = screen.getByRole('group', { name: 'Families watched' });
    const boxes = within(families).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent!.trim())).toEqual(['Watch IPv4', 'Watch IPv6']);
    // Each switch a direct cell of the same grid, and the interval in another grid.
    const cells = boxes.map((b) => b.closest('.field')!.parentElement);
    expect(cells[0]).toBe(families);
    expect(cells[1]).toBe(families);
    expect(families.className).toBe('field-grid');
    expect(families.contains(interval)).toBe(false);
    // Still saved where they were.
    expect(boxes.map((b) => b.getAttribute('data-path'))).toEqual(['monitor.ipv4', 'monitor.ipv6']);
  });

  it('says once per page which of its changed fields apply after a restart, by name, and where the environment wins', async () => {
    const user = userEvent.setup();
    renderApp(engineWithRestartFields(), '#/settings/api');
    const port = await screen.findByLabelText('TCP port');
    expect(described(port)).not.toContain('restart');
    // Nothing changed, nothing to restart for (issue 75).
    expect(document.querySelectorAll('.restart-note')).toHaveLength(0);
    await user.clear(port);
    await user.type(port, '8788');
    const notes = document.querySelectorAll('.restart-note');
    expect(notes.length).toBe(1);
    expect(notes[0]!.textContent).toMatch(/^TCP port applies after a restart\./);
    // In a browser the page cannot restart the engine: it says how to.
    expect(notes[0]!.textContent).toContain('docker restart ipwatch');
    expect(screen.getAllByText(/after a restart/).length).toBe(1);
    await openPage(user, 'History and log');
    expect(document.querySelectorAll('.restart-note')).toHaveLength(0);
    await openPage(user, 'Monitoring');
    expect(described(screen.getByLabelText('Check every (seconds)'))).not.toContain('restart');
    expect(described(screen.getByLabelText('Sources that must agree'))).toContain('environment variable');
  });

  it('has a side menu with a page per section, and the older ?section= links open that page', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings');
    const nav = await screen.findByRole('navigation', { name: 'Settings sections' });
    await screen.findByLabelText('Check every (seconds)');
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual(
      expect.arrayContaining(['Monitoring', 'Sources', 'Notification channels', 'Appearance (this window)', 'About']),
    );
    expect(within(nav).getByRole('link', { name: 'Monitoring' }).getAttribute('aria-current')).toBe('page');
    await openPage(user, 'Web dashboard and API');
    expect(window.location.hash).toBe('#/settings/api');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Web dashboard and API' }));
    // One section per page, still the Settings page.
    expect(screen.queryByLabelText('Check every (seconds)')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/settings?section=discord';
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Discord bot' })).toBeTruthy();
  });

  it('keeps an edit across pages, and a save checks every page: the summary opens the field on its page', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/monitor');
    const interval = await screen.findByLabelText('Check every (seconds)');
    await user.clear(interval);
    await user.type(interval, '1');
    await openPage(user, 'About');
    expect(screen.getByText('Unsaved changes on the settings pages.')).toBeTruthy();
    await openPage(user, 'Web dashboard and API');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(within(nav).getByRole('link', { name: 'Monitoring (to fix)' })).toBeTruthy();
    const summary = screen.getByRole('heading', { name: 'Fix these settings' }).parentElement!;
    await user.click(within(summary).getByRole('button', { name: 'Check every (seconds)' }));
    expect(window.location.hash).toBe('#/settings/monitor');
    const field = await screen.findByLabelText('Check every (seconds)');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect((field as HTMLInputElement).value).toBe('1');
  });

  it('names each field still to fix by its label after a refused save', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'history.backupsKeep', message: 'the disk is too small for that many' }],
    });
    renderApp(fake, '#/settings/history');
    const backups = await screen.findByLabelText('Daily backups kept');
    await user.clear(backups);
    await user.type(backups, '300');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    // The engine's message, as a sentence (capitalised) once the field words have it.
    expect(described(backups)).toMatch(/the disk is too small for that many/i);
    const summary = screen.getByRole('heading', { name: 'Fix these settings' }).parentElement!;
    expect(summary.textContent).toMatch(/Daily backups kept: the disk is too small for that many/i);
  });

  it('flags the row of an item with a field to fix only after a refused save, and opens its form for a link to the field', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'notifications.channels.0.enabled', message: 'not on this server' }],
    });
    renderApp(fake, '#/settings/history');
    const backups = await screen.findByLabelText('Daily backups kept');
    await user.clear(backups);
    await user.type(backups, '30');
    await openPage(user, 'Notification channels');
    const channels = within(await screen.findByRole('list', { name: 'Notification channels' }));
    const desktop = channels.getByRole('listitem', { name: 'desktop' });
    expect(within(desktop).queryByText('needs fixing')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await within(desktop).findByText('needs fixing')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^Desktop notification/ })).toBeNull();
    // An error link elsewhere on the page reaches the field: the item's form is open at once.
    let found = false;
    act(() => {
      found = revealPath('notifications.channels.0.enabled');
    });
    expect(found).toBe(true);
    expect(screen.getByRole('group', { name: 'Desktop notification: desktop' })).toBeTruthy();
    expect(revealPath('notifications.channels.9.url')).toBe(false);
  });
});

/** One field in a bare form, its draft in state, as the page holds it. */
function Harness({
  schema,
  path,
  initial,
}: {
  schema: Parameters<typeof LeafField>[0]['schema'];
  path: string[];
  initial: unknown;
}) {
  const [draft, setDraft] = useState<unknown>(initial);
  const ctx: FormCtx = { draft, errors: new Map(), set: (p, v) => setDraft((d: unknown) => setAt(d, p, v)) };
  return (
    <>
      <LeafField schema={schema} path={path} ctx={ctx} />
      <output data-testid="draft">{JSON.stringify(draft)}</output>
    </>
  );
}
const draft = () => JSON.parse(screen.getByTestId('draft').textContent!) as Record<string, unknown>;

describe('editors for values the page skipped', () => {
  it('edits a list of ids item by item', async () => {
    const user = userEvent.setup();
    render(<Harness schema={sourcesSchema.shape.disabled} path={['disabled']} initial={{ disabled: ['aws-v4'] }} />, {
      wrapper: InEnglish,
    });
    const group = screen.getByRole('group', { name: 'Built-in sources switched off' });
    await user.click(within(group).getByRole('button', { name: 'Add to Built-in sources switched off' }));
    await user.type(within(group).getByLabelText('Built-in sources switched off, item 2'), 'ipify-v6');
    expect(draft().disabled).toEqual(['aws-v4', 'ipify-v6']);
    await user.click(within(group).getByRole('button', { name: 'Remove item 1 of Built-in sources switched off' }));
    expect(draft().disabled).toEqual(['ipify-v6']);
  });

  it('edits a choice of several as checkboxes, in the order of the choices', async () => {
    const user = userEvent.setup();
    const guild = unwrap(guildSchema);
    render(<Harness schema={fieldSchema(guild, 'events')!} path={['events']} initial={{ events: ['flap'] }} />, {
      wrapper: InEnglish,
    });
    await user.click(screen.getByRole('checkbox', { name: 'ipv4-changed' }));
    expect(draft().events).toEqual(['ipv4-changed', 'flap']);
  });

  it('stores null when a value that may be empty is emptied (a guild with no channel)', async () => {
    const user = userEvent.setup();
    const guild = unwrap(guildSchema);
    render(
      <Harness
        schema={fieldSchema(guild, 'channel')!}
        path={['channel']}
        initial={{ channel: '234567890123456789' }}
      />,
      { wrapper: InEnglish },
    );
    await user.clear(screen.getByLabelText('Channel for change posts'));
    expect(draft()).toEqual({ channel: null });
  });

  it('shows a secret only as set, and "Remove" clears a secret that may be absent', async () => {
    const user = userEvent.setup();
    render(<Harness schema={apiSettingsSchema.shape.token} path={['token']} initial={{ token: { set: true } }} />, {
      wrapper: InEnglish,
    });
    const input = screen.getByLabelText('API token');
    expect((input as HTMLInputElement).type).toBe('password');
    expect(described(input)).toContain('type to replace it');
    await user.click(screen.getByRole('button', { name: 'Remove API token' }));
    expect(draft()).toEqual({});
  });

  it('takes a secret of the form from an environment variable, as the channel forms do', async () => {
    const user = userEvent.setup();
    render(<Harness schema={apiSettingsSchema.shape.token} path={['token']} initial={{}} />, { wrapper: InEnglish });
    await user.selectOptions(screen.getByLabelText('API token: given as'), 'env');
    const input = screen.getByLabelText('API token');
    await user.type(input, 'IPWATCH_API_TOKEN');
    expect(draft()).toEqual({ token: { env: 'IPWATCH_API_TOKEN' } });
    expect(described(input)).toContain('API token: from environment variable IPWATCH_API_TOKEN');
    expect(described(input)).toContain(fieldMeta(apiSettingsSchema.shape.token).help);
  });
});

describe('a settings write refused over HTTP', () => {
  it('comes back as the field errors, as over IPC', async () => {
    const issues = [{ path: 'monitor.intervalSec', message: 'Too small: expected number to be >=10' }];
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ error: { code: 'invalid_settings', message: 'x', issues } }), {
          status: 422,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const client = createHttpClient({ connection: createConnection('connected'), fetch, EventSource: undefined });
    expect(await client.saveSettings({ settings: {} })).toEqual({ ok: false, errors: issues });
    // Any other failure stays an error.
    fetch.mockResolvedValueOnce(
      new Response(JSON.stringify({ error: { message: 'settings.json is not valid now' } }), { status: 409 }),
    );
    await expect(client.saveSettings({ settings: {} })).rejects.toThrow('settings.json is not valid now');
  });
});

describe('fields named for people, from the paths the engine gives', () => {
  it.each([
    ['monitor.intervalSec', 'Check every (seconds)'],
    ['api.token.env', 'API token'],
    ['notifications.channels.2.id', 'Channel id (item 3)'],
    ['notifications.channels.0.url', 'Notification channels (item 1)'],
    ['(root)', '(root)'],
  ])('%s is %s', (path, label) => expect(labelOfPathIn(path, english)).toBe(label));

  it('says which saved fields wait for a restart', () => {
    expect(restartText(['api.port'], english)).toBe('TCP port applies after a restart.');
    expect(restartText(['api.port', 'api.lan', 'history.backupsKeep'], english)).toBe(
      'TCP port, Open to the local network and Daily backups kept apply after a restart.',
    );
  });

  it('notes beside a field only that the environment sets it (a restart is said once per page)', () => {
    const notes = notesOf({ envOverrides: ['api.port'] }, english);
    expect(notes.get('api.port')).toMatch(/^Set by an IPWATCH_\* environment variable/);
    expect(notes.has('history.backupsKeep')).toBe(false);
  });
});
