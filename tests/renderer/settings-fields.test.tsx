// @vitest-environment happy-dom
/**
 * The settings fields as a person meets them: nothing red before it is touched or a save was
 * tried, a secret visible while typed and masked once stored, a webhook's signing secret made
 * by a button, an error summary whose names are links to their fields, and the value an
 * IPWATCH_* variable puts in force beside the stored one.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { ShowErrors } from '../../renderer/src/settings/FieldRow';
import { type FormCtx, LeafField } from '../../renderer/src/settings/fields';
import { ErrorSummary } from '../../renderer/src/settings/form-notes';
import { OptionInput } from '../../renderer/src/settings/options/OptionInput';
import { clientErrors, setAt } from '../../renderer/src/settings/schema-walk';
import { SecretInput } from '../../renderer/src/settings/SecretInput';
import { defaultSettings, historySchema, monitorSchema, settingsSchema } from '../../shared/settings';
import { CHANNEL_OPTIONS } from '../../shared/settings/channel-options';
import { fakeEngine, renderApp } from './fake-engine';
import { InEnglish } from './in-words';

afterEach(cleanup);

const described = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

/** Three settings that are wrong from the start, in a form as the page has it; `later` draws one more after a save. */
function Bare({ wrap = (n) => n }: { wrap?: (n: ReactNode) => ReactNode }) {
  const start = setAt(
    setAt(setAt(defaultSettings(), ['monitor', 'intervalSec'], 5), ['monitor', 'timeoutMs'], 1),
    ['history', 'backupsKeep'],
    -1,
  );
  const [draft, setDraft] = useState<unknown>(start);
  const [saved, setSaved] = useState(false);
  const ctx: FormCtx = {
    draft,
    errors: clientErrors(settingsSchema, draft),
    set: (p, v) => setDraft((d: unknown) => setAt(d, p, v)),
  };
  const field = (schema: typeof monitorSchema.shape.intervalSec, path: string[]) => (
    <LeafField schema={schema} path={path} ctx={ctx} />
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(true);
      }}
    >
      {wrap(
        <>
          {field(monitorSchema.shape.intervalSec, ['monitor', 'intervalSec'])}
          {field(monitorSchema.shape.timeoutMs, ['monitor', 'timeoutMs'])}
          {field(monitorSchema.shape.quorum, ['monitor', 'quorum'])}
          {saved && field(historySchema.shape.backupsKeep, ['history', 'backupsKeep'])}
        </>,
      )}
      <button type="submit">Save</button>
    </form>
  );
}

const invalid = () => document.querySelectorAll('[aria-invalid="true"]').length;

describe('nothing is red before it is touched', () => {
  it('shows a message once its field is changed or left, and every one after a save attempt', async () => {
    const user = userEvent.setup();
    render(<Bare />, { wrapper: InEnglish });
    const interval = screen.getByLabelText('Check every (seconds)');
    const timeout = screen.getByLabelText('Request timeout (ms)');
    expect(invalid()).toBe(0);
    expect(screen.queryByText(/^Must be/)).toBeNull();
    // Another field edited: these two stay quiet.
    await user.clear(screen.getByLabelText('Sources that must agree'));
    await user.type(screen.getByLabelText('Sources that must agree'), '2');
    expect(invalid()).toBe(0);
    // Visited and left: now it says what is wrong, in a sentence, and the control points to it.
    await user.click(interval);
    await user.tab();
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect(described(interval)).toContain('Must be at least 10 seconds.');
    expect(timeout.getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(described(timeout)).toContain('Must be at least 200 ms.');
    // A field drawn after the attempt (an item's form opened from the summary) shows its message at once.
    expect(described(screen.getByLabelText('Daily backups kept'))).toContain('Must be at least 1.');
    expect(invalid()).toBe(3);
  });

  it('shows every message inside ShowErrors (a test asked for with fields to fix)', () => {
    render(<Bare wrap={(n) => <ShowErrors value={true}>{n}</ShowErrors>} />, { wrapper: InEnglish });
    expect(invalid()).toBe(2);
    expect(described(screen.getByLabelText('Request timeout (ms)'))).toContain('Must be at least 200 ms.');
  });
});

function Secret({ initial, generate }: { initial: unknown; generate?: () => string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <SecretInput
        label="Bot token"
        value={value}
        stored={initial}
        onChange={setValue}
        cleared={null}
        generate={generate}
      />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

describe('secrets', () => {
  it('are visible while typed, with Hide and Show, and masked once stored', async () => {
    const user = userEvent.setup();
    render(<Secret initial="" />, { wrapper: InEnglish });
    const input = screen.getByLabelText('Bot token') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(screen.queryByRole('button', { name: 'Hide bot token' })).toBeNull();
    await user.type(input, 'MTIz.abc');
    expect(input.type).toBe('text');
    await user.click(screen.getByRole('button', { name: 'Hide bot token' }));
    expect(input.type).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Show bot token' }));
    expect(input.type).toBe('text');
    expect(input.value).toBe('MTIz.abc');
    cleanup();
    render(<Secret initial={{ set: true }} />, { wrapper: InEnglish });
    const stored = screen.getByLabelText('Bot token') as HTMLInputElement;
    expect(stored.type).toBe('password');
    expect(stored.value).toBe('');
    expect(screen.queryByRole('button', { name: /^(Hide|Show) bot token$/ })).toBeNull();
  });

  it("a webhook's signing secret has Generate, which fills in one the engine signs with, shown", async () => {
    const user = userEvent.setup();
    let value: unknown;
    const option = (path: string[]) => (
      <OptionInput
        schema={CHANNEL_OPTIONS.webhook}
        spec={{ path, kind: 'secret' }}
        value={value}
        error={undefined}
        required={false}
        onChange={(v) => (value = v)}
      />
    );
    const { rerender } = render(option(['secret']), { wrapper: InEnglish });
    await user.click(screen.getByRole('button', { name: 'Generate a signing secret' }));
    expect(typeof value).toBe('string');
    // The engine's own check of the form is tests/shared/settings/webhook-secret.test.ts (this side has no Node).
    expect(value).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    rerender(option(['secret']));
    const input = screen.getByLabelText('Signing secret') as HTMLInputElement;
    expect(input.value).toBe(value);
    expect(input.type).toBe('text');
    // Only where the page can make the secret: a gotify token comes from Gotify.
    cleanup();
    render(
      <OptionInput
        schema={CHANNEL_OPTIONS.gotify}
        spec={{ path: ['token'], kind: 'secret' }}
        value={undefined}
        error={undefined}
        required
        onChange={() => undefined}
      />,
      { wrapper: InEnglish },
    );
    expect(screen.queryByRole('button', { name: /^Generate/ })).toBeNull();
  });
});

describe('the error summary', () => {
  it('names an item by its id and takes the focus to the field, its fold opened', async () => {
    const user = userEvent.setup();
    const draft = {
      notifications: {
        channels: [
          { id: 'desktop', type: 'desktop' },
          { id: 'home-hook', type: 'webhook', url: 'hooks.example.org' },
        ],
      },
    };
    render(
      <>
        <ErrorSummary errors={new Map([['notifications.channels.1.url', 'Invalid URL']])} draft={draft} />
        <input aria-label="elsewhere" />
        <details>
          <summary>More options</summary>
          <input aria-label="URL" data-path="notifications.channels.1.url" />
        </details>
      </>,
      { wrapper: InEnglish },
    );
    const summary = screen.getByRole('heading', { name: 'Fix these settings' }).parentElement!;
    expect(summary.textContent).toContain(
      'Notification channels › home-hook › URL: Must be a web address (http:// or https://).',
    );
    await user.click(within(summary).getByRole('button', { name: 'Notification channels › home-hook › URL' }));
    expect(document.activeElement).toBe(screen.getByLabelText('URL'));
    expect(screen.getByText('More options').closest('details')!.open).toBe(true);
  });

  it('on the page, links to a field the engine refused and focuses it', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'monitor.quorum', message: 'more than the providers you have' }],
    });
    renderApp(fake, '#/settings');
    await user.type(await screen.findByLabelText('Check every (seconds)'), '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const link = await screen.findByRole('button', { name: 'Sources that must agree' });
    await user.click(link);
    const quorum = screen.getByLabelText('Sources that must agree');
    expect(document.activeElement).toBe(quorum);
    expect(described(quorum)).toContain('More than the providers you have.');
  });
});

describe('the error summary on the page, for a field in a closed item', () => {
  it("opens the item's form and focuses the field the engine refused", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'sources.custom.0.url', message: 'Invalid URL' }],
    });
    renderApp(fake, '#/settings/sources');
    await user.click(await screen.findByRole('button', { name: 'Add a custom source' }));
    await user.type(screen.getByLabelText('Source id'), 'home-echo');
    await user.type(screen.getByLabelText('Address (URL)'), 'http://127.0.0.1:9/ip');
    await user.click(screen.getByRole('button', { name: 'Close home-echo' }));
    expect(screen.queryByLabelText('Address (URL)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = (await screen.findByRole('heading', { name: 'Fix these settings' })).parentElement!;
    // The item by its id once the page hands the summary its draft; by its number until then.
    const link = within(summary).getByRole('button', {
      name: /^Your own sources › (home-echo|item 1) › Address \(URL\)$/,
    });
    await user.click(link);
    const url = screen.getByLabelText('Address (URL)');
    expect(document.activeElement).toBe(url);
    expect(described(url)).toContain('Must be a web address (http:// or https://).');
  });
});

describe('a setting the environment overrides', () => {
  it('shows the value in force and its variable beside the stored one', async () => {
    const fake = fakeEngine();
    const view = async () => ({
      settings: fake.settings,
      secrets: [],
      envOverrides: ['monitor.intervalSec'],
      inForce: [{ path: 'monitor.intervalSec', from: 'IPWATCH_INTERVAL_SEC', value: 30 }],
      restartFields: [],
    });
    fake.client.getSettings.mockImplementation(view as unknown as typeof fake.client.getSettings);
    renderApp(fake, '#/settings');
    const interval = (await screen.findByLabelText('Check every (seconds)')) as HTMLInputElement;
    expect(interval.value).toBe(String((fake.settings.monitor as { intervalSec: number }).intervalSec));
    expect(described(interval)).toContain(
      'In force: 30 seconds, from IPWATCH_INTERVAL_SEC. The value here applies once it is unset.',
    );
  });
});

describe('errors of the engine said in words', () => {
  it('a backup the engine did not answer says so, not the browser\'s "Failed to fetch"', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.backup.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderApp(fake, '#/settings/backup');
    await user.click(await screen.findByRole('button', { name: 'Back up history now' }));
    expect(
      await screen.findByText(
        'Backup failed: IPWatch did not answer: is it still running? The page retries when it is back.',
      ),
    ).toBeTruthy();
  });
});
