// @vitest-environment happy-dom
/** The custom source forms: each kind's own fields with the schema's labels and messages, and a test. */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { SourcesEditor } from '../../renderer/src/settings/SourcesEditor';
import { fakeEngine } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

describe('custom source forms', () => {
  it('adds an HTTP source, checks it with the schema and tests it before saving', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const { draft } = renderPanel(
      fake,
      storedView((s) => s),
      (ctx) => <SourcesEditor ctx={ctx} />,
    );
    await user.click(screen.getByRole('button', { name: 'Add a custom source' }));
    const card = screen.getByRole('group', { name: 'Custom source 1' });
    const test = within(card).getByRole('button', { name: 'Test this source' });
    expect(test).toHaveProperty('disabled', true);
    // The JSON field shows only for a JSON or key=value answer.
    expect(within(card).queryByLabelText('Field with the address')).toBeNull();
    await user.type(within(card).getByLabelText('Source id'), 'mine');
    const mine = screen.getByRole('group', { name: 'Custom source mine' });
    const url = within(mine).getByLabelText('Address (URL)');
    expect(url.getAttribute('aria-required')).toBe('true');
    await user.type(url, 'not a url');
    expect(within(mine).getByText('expected an http:// or https:// URL')).toBeTruthy();
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:9/ip');
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
    const saved = storedView((s) => ({
      ...s,
      sources: {
        builtIn: true,
        disabled: [],
        custom: [{ id: 'echo', kind: 'http', url: 'https://e.example/', family: 6 }],
      },
    }));
    const { draft } = renderPanel(fakeEngine(), saved, (ctx) => <SourcesEditor ctx={ctx} />);
    const card = screen.getByRole('group', { name: 'Custom source echo' });
    await user.selectOptions(within(card).getByLabelText('Source kind'), 'DNS source');
    const dns = screen.getByRole('group', { name: 'Custom source echo' });
    expect(within(dns).queryByLabelText('Address (URL)')).toBeNull();
    await user.type(within(dns).getByLabelText('Server (host:port)'), '127.0.0.1');
    expect(within(dns).getByText(/expected host:port/)).toBeTruthy();
    await user.type(within(dns).getByLabelText('Server (host:port)'), ':53');
    await user.type(within(dns).getByLabelText('Name to look up'), 'myip.opendns.com');
    expect(within(dns).queryByText(/expected host:port/)).toBeNull();
    expect((draft().sources as { custom: unknown[] }).custom).toEqual([
      { id: 'echo', kind: 'dns', server: '127.0.0.1:53', name: 'myip.opendns.com', type: 'A', class: 'IN', family: 6 },
    ]);
  });
});
