// @vitest-environment happy-dom
/**
 * The custom sources as one-line rows (name, kind, state, Test, Edit, Remove), the one being
 * edited with its kind's own form: the schema's labels and checks, and a test before saving.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { SourcesEditor } from '../../renderer/src/settings/SourcesEditor';
import { fakeEngine } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

/** The field's message (the schema's, beside it), or null when it is not marked invalid. */
function messageOf(el: HTMLElement): string | null {
  if (el.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((p) => p?.classList.contains('field-error'));
  return error?.textContent ?? '';
}

const rows = () => within(screen.getByRole('list', { name: 'Your own sources' }));

/** Saved settings with these custom sources; the fake engine's status knows http0-v4 and dns-v4. */
function withSources(custom: Record<string, unknown>[]) {
  return storedView((s) => ({ ...s, sources: { builtIn: true, disabled: [], custom } }));
}

const ECHO4 = { id: 'http0-v4', kind: 'http', url: 'http://127.0.0.1:9/ip', format: 'text', family: 4 };
const DNS4 = {
  id: 'dns-v4',
  kind: 'dns',
  server: '127.0.0.1:53',
  name: 'myip.test',
  type: 'A',
  class: 'IN',
  family: 4,
};
const NEW6 = { id: 'stun-v6', kind: 'stun', server: '[::1]:3478', family: 6 };

describe('custom sources as rows', () => {
  it("shows one line per source with its kind and the engine's state, and no form until one is edited", async () => {
    renderPanel(fakeEngine(), withSources([ECHO4, DNS4, NEW6]), (ctx) => <SourcesEditor ctx={ctx} />);
    const echo = rows().getByRole('listitem', { name: 'http0-v4' });
    expect(within(echo).getByText('HTTP source · IPv4')).toBeTruthy();
    expect(await within(echo).findByText('answering')).toBeTruthy();
    const dns = rows().getByRole('listitem', { name: 'dns-v4' });
    // Its breaker is open: resting, not a raw breaker word; the reason waits in its form.
    expect(within(dns).getByText('resting after failures')).toBeTruthy();
    expect(within(dns).queryByText(/timed out/)).toBeNull();
    expect(within(dns).queryByText('open')).toBeNull();
    // Saved, but the engine has no such source in its status: not red.
    expect(within(rows().getByRole('listitem', { name: 'stun-v6' })).getByText('not in use')).toBeTruthy();
    expect(screen.queryAllByRole('group', { name: /^Custom source/ })).toHaveLength(0);
    expect(screen.queryAllByLabelText('Source id')).toHaveLength(0);
  });

  it('opens one form at a time, shows the reason behind the state there, and removes a source from its row', async () => {
    const user = userEvent.setup();
    const { draft } = renderPanel(fakeEngine(), withSources([ECHO4, DNS4, NEW6]), (ctx) => <SourcesEditor ctx={ctx} />);
    await rows().findByText('resting after failures');
    await user.click(rows().getByRole('button', { name: 'Edit dns-v4' }));
    const form = screen.getByRole('group', { name: 'Custom source dns-v4' });
    expect((within(form).getByLabelText('Server (host:port)') as HTMLInputElement).value).toBe('127.0.0.1:53');
    // The reason in words (ErrorText), the engine's own text folded under Details.
    const detail = rows().getByRole('listitem', { name: 'dns-v4' }).querySelector('.item-detail')!;
    expect(detail.querySelector('.error-words')!.textContent).toMatch(/^resting after failures: |^No answer in time/);
    expect(detail.textContent).toMatch(/^resting after failures: No answer in time: .*Detailstimed out$/);
    expect((detail.querySelector('details.error-details') as HTMLDetailsElement).open).toBe(false);
    expect(rows().getByRole('button', { name: 'Close dns-v4' }).getAttribute('aria-expanded')).toBe('true');
    // The rarely needed fields are folded.
    expect(within(form).getByText('More options').closest('details')!.open).toBe(false);
    await user.click(rows().getByRole('button', { name: 'Edit http0-v4' }));
    expect(screen.queryByRole('group', { name: 'Custom source dns-v4' })).toBeNull();
    expect(screen.getAllByRole('group', { name: /^Custom source/ })).toHaveLength(1);
    // Removing a row above the open one keeps that one open.
    await user.click(rows().getByRole('button', { name: 'Edit stun-v6' }));
    await user.click(rows().getByRole('button', { name: 'Remove dns-v4' }));
    expect(screen.getByRole('group', { name: 'Custom source stun-v6' })).toBeTruthy();
    expect((draft().sources as { custom: unknown[] }).custom).toEqual([ECHO4, NEW6]);
    expect(
      rows()
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('http0-v4'), expect.stringContaining('stun-v6')]);
  });

  it("tests a source from its row as it is on the page, and a row's test of an unfinished source opens its form", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderPanel(fake, withSources([ECHO4]), (ctx) => <SourcesEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Test http0-v4' }));
    const echo = rows().getByRole('listitem', { name: 'http0-v4' });
    expect(await within(echo).findByText('Answered 81.2.69.142 in 7 ms')).toBeTruthy();
    expect(fake.client.testSource).toHaveBeenCalledWith({ source: ECHO4 });
    await user.click(screen.getByRole('button', { name: 'Add a custom source' }));
    await user.click(rows().getByRole('button', { name: 'Close New source' }));
    expect(screen.queryByRole('group', { name: /^Custom source/ })).toBeNull();
    await user.click(rows().getByRole('button', { name: 'Test New source' }));
    expect(screen.getByRole('group', { name: 'Custom source 2' })).toBeTruthy();
    expect(fake.client.testSource).toHaveBeenCalledTimes(1);
  });
});

describe('custom source forms', () => {
  it('adds an HTTP source, checks it with the schema and tests it before saving', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const { draft } = renderPanel(
      fake,
      storedView((s) => s),
      (ctx) => <SourcesEditor ctx={ctx} />,
    );
    expect(screen.getByText('None yet: only the built-in sources are asked.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a custom source' }));
    // The new source's form opens at once; its row is not red: it has not run, so nothing failed.
    const row = rows().getByRole('listitem', { name: 'New source' });
    expect(within(row).getByText('not saved yet').className).toContain('badge-neutral');
    const card = screen.getByRole('group', { name: 'Custom source 1' });
    const test = within(card).getByRole('button', { name: 'Test this source' });
    expect(test).toHaveProperty('disabled', true);
    // The JSON field shows only for a JSON or key=value answer.
    expect(within(card).queryByLabelText('Field with the address')).toBeNull();
    await user.type(within(card).getByLabelText('Source id'), 'mine');
    const mine = screen.getByRole('group', { name: 'Custom source mine' });
    expect(rows().getByRole('listitem', { name: 'mine' })).toBeTruthy();
    const url = within(mine).getByLabelText('Address (URL)');
    expect(url.getAttribute('aria-required')).toBe('true');
    await user.type(url, 'not a url');
    expect(messageOf(url)).toBeTruthy();
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:9/ip');
    expect(messageOf(url)).toBeNull();
    await user.selectOptions(within(mine).getByLabelText('Answer format'), 'A field of a JSON answer');
    await user.type(within(mine).getByLabelText('Field with the address'), 'origin');
    await user.selectOptions(within(mine).getByLabelText('Address family'), 'IPv6');
    await user.click(within(mine).getByRole('button', { name: 'Test this source' }));
    expect(await within(mine).findByText('Answered 81.2.69.142 in 7 ms')).toBeTruthy();
    const source = {
      id: 'mine',
      kind: 'http',
      url: 'http://127.0.0.1:9/ip',
      format: 'json',
      field: 'origin',
      family: 6,
    };
    expect(fake.client.testSource).toHaveBeenCalledWith({ source });
    expect((draft().sources as { custom: unknown[] }).custom).toEqual([source]);
  });

  it("switches a source's kind to that kind's own fields, keeping its id and family", async () => {
    const user = userEvent.setup();
    const saved = withSources([{ id: 'echo', kind: 'http', url: 'https://e.example/', family: 6 }]);
    const { draft } = renderPanel(fakeEngine(), saved, (ctx) => <SourcesEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Edit echo' }));
    const card = screen.getByRole('group', { name: 'Custom source echo' });
    await user.selectOptions(within(card).getByLabelText('Source kind'), 'DNS source');
    const dns = screen.getByRole('group', { name: 'Custom source echo' });
    expect(within(rows().getByRole('listitem', { name: 'echo' })).getByText('DNS source · IPv6')).toBeTruthy();
    expect(within(dns).queryByLabelText('Address (URL)')).toBeNull();
    const server = within(dns).getByLabelText('Server (host:port)');
    await user.type(server, '127.0.0.1');
    expect(messageOf(server)).toBeTruthy();
    await user.type(server, ':53');
    await user.type(within(dns).getByLabelText('Name to look up'), 'myip.opendns.com');
    expect(messageOf(server)).toBeNull();
    expect((draft().sources as { custom: unknown[] }).custom).toEqual([
      { id: 'echo', kind: 'dns', server: '127.0.0.1:53', name: 'myip.opendns.com', type: 'A', class: 'IN', family: 6 },
    ]);
  });
});
