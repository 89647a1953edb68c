// @vitest-environment happy-dom
/**
 * The DDNS section: each record one line (host name, provider and type, state from the status,
 * Test, Edit, Remove), the one being edited with its provider's own fields; a record added per
 * provider, edited, tested before saving and removed; the TSIG secret's Generate with the key
 * lines for Knot and BIND.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DdnsEditor } from '../../renderer/src/settings/ddns/DdnsEditor';
import type { DdnsRecordStatus } from '../../shared/contract/ddns';
import { ddnsRecordSchema } from '../../shared/settings/ddns';
import { KNOT } from './fake-ddns-records';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const rows = () => within(screen.getByRole('list', { name: 'DNS records' }));
const records = (d: Record<string, unknown>) => (d.ddns as { records: Record<string, unknown>[] }).records;

const CF = {
  id: 'cf6',
  provider: 'cloudflare',
  enabled: true,
  type: 'AAAA',
  token: 'tok',
  zone: 'example.com',
  name: 'v6.example.com',
  apiBase: 'http://127.0.0.1:8787/client/v4',
};

function recordStatus(over: Partial<DdnsRecordStatus> & Pick<DdnsRecordStatus, 'id'>): DdnsRecordStatus {
  return {
    provider: 'rfc2136',
    name: 'home.example.org',
    type: 'A',
    state: 'in-step',
    why: null,
    address: '81.2.69.142',
    holds: '81.2.69.142',
    waitingFor: [],
    notAsked: [],
    nextAttemptAt: null,
    lastUpdateAt: Date.now() - 60_000,
    lastPropagationMs: 1_430,
    lastLookAt: Date.now() - 5_000,
    ...over,
  };
}

function engineWith(ddns: DdnsRecordStatus[]) {
  return fakeEngine({ status: status({ ddns: { records: ddns } }) });
}

const withRecords = (list: Record<string, unknown>[]) => storedView((s) => ({ ...s, ddns: { records: list } }));

describe('DDNS records as rows', () => {
  it("shows each record's host name, provider and type, and its state from the status with the last propagation", async () => {
    const fake = engineWith([
      recordStatus({ id: 'home-knot' }),
      recordStatus({
        id: 'cf6',
        provider: 'cloudflare',
        name: 'v6.example.com',
        type: 'AAAA',
        state: 'propagating',
        waitingFor: ['ns2.example.com'],
        lastPropagationMs: null,
      }),
    ]);
    renderPanel(fake, withRecords([KNOT, CF]), (ctx) => <DdnsEditor ctx={ctx} />);
    const knot = rows().getByRole('listitem', { name: 'home.example.org' });
    expect(within(knot).getByText('RFC 2136 (your own server) · A')).toBeTruthy();
    expect(await within(knot).findByText('in step · last propagated in 1.4 s')).toBeTruthy();
    const cf = rows().getByRole('listitem', { name: 'v6.example.com' });
    expect(within(cf).getByText('Cloudflare · AAAA')).toBeTruthy();
    expect(within(cf).getByText('propagating (waiting for ns2.example.com)').className).toContain('badge-warn');
    // No form until one is edited.
    expect(screen.queryAllByRole('group', { name: /^DNS record/ })).toHaveLength(0);
  });

  it('says failed with its reason in the open form, and off for a record switched off', async () => {
    const user = userEvent.setup();
    const fake = engineWith([
      recordStatus({ id: 'home-knot', state: 'failed', why: 'the server refused the key (BADSIG)' }),
    ]);
    renderPanel(fake, withRecords([KNOT, { ...CF, enabled: false }]), (ctx) => <DdnsEditor ctx={ctx} />);
    const knot = rows().getByRole('listitem', { name: 'home.example.org' });
    expect((await within(knot).findByText(/^failed/)).className).toContain('badge-bad');
    expect(within(knot).queryByText(/BADSIG/)).toBeNull();
    expect(within(rows().getByRole('listitem', { name: 'v6.example.com' })).getByText('off')).toBeTruthy();
    await user.click(rows().getByRole('button', { name: 'Edit home.example.org' }));
    // In words (ErrorText): the engine's why is words already, so nothing is folded under Details.
    expect(knot.querySelector('.item-detail')!.textContent).toMatch(
      /^failed.*: The server refused the key \(BADSIG\)\.$/,
    );
  });

  it('a record IPWatch switched off says so on its row with why, and "Try again" re-arms it in one click, its settings untouched', async () => {
    const user = userEvent.setup();
    const why = 'Cloudflare v6.example.com AAAA refused the credentials: Authentication error (HTTP 403 Forbidden)';
    const fake = engineWith([
      recordStatus({
        id: 'cf6',
        provider: 'cloudflare',
        name: 'v6.example.com',
        state: 'stopped',
        why,
        holds: null,
        lastPropagationMs: null,
      }),
    ]);
    const { draft } = renderPanel(fake, withRecords([CF]), (ctx) => <DdnsEditor ctx={ctx} />);
    const row = rows().getByRole('listitem', { name: 'v6.example.com' });
    expect((await within(row).findByText('switched off')).className).toContain('badge-bad');
    expect(within(row).getByTestId('ddns-stop-cf6').textContent).toBe(`Switched off: ${why}`);
    // The form says it is switched off and why, with the same one click.
    await user.click(within(row).getByRole('button', { name: 'Edit v6.example.com' }));
    expect(row.querySelector('.item-detail')!.textContent).toBe(`switched off: ${why}.`);
    // Its switch reads off as the runner has it (issue 59), why and Try again beside it; switching it on is Try again.
    const onOff = () => within(row).getByRole('checkbox', { name: 'Keep this record in step' }) as HTMLInputElement;
    expect(onOff().checked).toBe(false);
    const beside = within(onOff().closest<HTMLElement>('.ddns-stopped-switch')!);
    expect(beside.getByTestId('ddns-stop-cf6').textContent).toBe(`Switched off: ${why}`);
    expect(beside.getByRole('button', { name: 'Try again cf6' })).toBeTruthy();
    await user.click(onOff());
    expect(fake.client.retryDdnsRecord).toHaveBeenCalledWith({ recordId: 'cf6' });
    // The engine's status after it: on its way again; the row no longer says switched off, the switch reads on.
    expect(await within(row).findByText('updating')).toBeTruthy();
    expect(within(row).queryByText(/Switched off/)).toBeNull();
    expect(onOff().checked).toBe(true);
    // `enabled` was never the stop: the settings are as they were.
    expect(records(draft())[0]).toMatchObject({ id: 'cf6', enabled: true });
  });

  it('removes a record from its row', async () => {
    const user = userEvent.setup();
    const { draft } = renderPanel(engineWith([]), withRecords([KNOT, CF]), (ctx) => <DdnsEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Remove home.example.org' }));
    expect(records(draft()).map((r) => r.id)).toEqual(['cf6']);
    expect(rows().getAllByRole('listitem')).toHaveLength(1);
  });
});

/** Fills a provider's required fields by their labels (the schema's own). */
const FILL: Record<string, [label: string, value: string][]> = {
  'RFC 2136 (your own server)': [
    ['Primary server', '127.0.0.1'],
    ['DNS zone', 'example.org'],
    ['Host name', 'home.example.org'],
    ['TSIG key name', 'ipwatch-key'],
    ['TSIG secret', 'c2VjcmV0'],
  ],
  Cloudflare: [
    ['API token', 'scoped-token'],
    ['DNS zone', 'example.com'],
    ['Host name', 'home.example.com'],
  ],
  'dyndns2 (No-IP, Dyn, Dynu…)': [
    ['Update server', 'http://127.0.0.1:8245'],
    ['Account (user name)', 'me'],
    ['Password or update key', 'pw'],
    ['Host name', 'home.ddns.net'],
  ],
  DuckDNS: [
    ['DuckDNS sub-domain', 'myhome'],
    ['DuckDNS token', 'duck-token'],
  ],
  deSEC: [
    ['Host name', 'myhome.dedyn.io'],
    ['Update token', 'desec-token'],
  ],
};

describe('a record per provider', () => {
  it.each(Object.entries(FILL))(
    'adds a %s record with only its fields, and tests it before saving',
    async (label, fill) => {
      const user = userEvent.setup();
      const fake = engineWith([]);
      const { draft } = renderPanel(fake, withRecords([]), (ctx) => <DdnsEditor ctx={ctx} />);
      expect(screen.getByText('No records: no host name is kept pointing here.')).toBeTruthy();
      await user.selectOptions(screen.getByLabelText('Provider of the new record'), label);
      await user.click(screen.getByRole('button', { name: 'Add a record' }));
      const form = screen.getByRole('group', { name: /^DNS record / });
      // The new row is not red: it has not run.
      expect(within(rows().getAllByRole('listitem')[0]!).getByText('not saved yet').className).toContain(
        'badge-neutral',
      );
      expect(within(form).getByRole('button', { name: 'Test this record' })).toHaveProperty('disabled', true);
      // Only this provider's fields: no other provider's labels.
      const others = Object.entries(FILL)
        .filter(([l]) => l !== label)
        .flatMap(([, f]) => f.map(([l]) => l))
        .filter((l) => !fill.some(([mine]) => mine === l));
      for (const other of others) expect(within(form).queryByLabelText(other), other).toBeNull();
      for (const [field, value] of fill) await user.type(within(form).getByLabelText(field), value);
      const record = records(draft())[0]!;
      expect(ddnsRecordSchema.safeParse(record).success).toBe(true);
      await user.click(within(form).getByRole('button', { name: 'Test this record' }));
      expect(await within(form).findByText(/^Works: the record already points at this address\./)).toBeTruthy();
      expect(fake.client.testDdnsRecord).toHaveBeenCalledWith({ record });
    },
  );
});

describe('editing a record', () => {
  it("switches the provider to that provider's fields, keeping the id and type, and folds the rare fields", async () => {
    const user = userEvent.setup();
    const { draft } = renderPanel(engineWith([]), withRecords([CF]), (ctx) => <DdnsEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Edit v6.example.com' }));
    const form = screen.getByRole('group', { name: 'DNS record cf6' });
    expect(within(form).getByText('More options').closest('details')!.open).toBe(false);
    // The stored token is never on the page: only that it is set.
    expect(within(form).getByText('set')).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('DNS provider'), 'DuckDNS');
    expect(within(form).queryByLabelText('API token')).toBeNull();
    await user.type(within(form).getByLabelText('DuckDNS sub-domain'), 'myhome');
    expect(records(draft())[0]).toEqual({
      id: 'cf6',
      provider: 'duckdns',
      enabled: true,
      type: 'AAAA',
      domain: 'myhome',
      token: '',
    });
    expect(
      within(rows().getByRole('listitem', { name: 'myhome.duckdns.org' })).getByText('DuckDNS · AAAA'),
    ).toBeTruthy();
  });

  it('asks an AAAA record which address it publishes, says a bad suffix beside it, and asks an A record nothing', async () => {
    const user = userEvent.setup();
    const { draft } = renderPanel(engineWith([]), withRecords([CF, KNOT]), (ctx) => (
      <DdnsEditor ctx={ctx} showErrors />
    ));
    await user.click(rows().getByRole('button', { name: 'Edit v6.example.com' }));
    const form = screen.getByRole('group', { name: 'DNS record cf6' });
    const address = within(form).getByLabelText('Address published (AAAA)');
    expect(address.getAttribute('placeholder')).toBe('stable');
    await user.type(address, '2001:db8::1');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/sets the prefix too: a suffix gives only the last 64 bits/)).toBeTruthy();
    await user.clear(address);
    await user.type(address, '::1:2:3:4');
    expect(address.getAttribute('aria-invalid')).toBeNull();
    expect(records(draft())[0]).toMatchObject({ id: 'cf6', address: '::1:2:3:4' });
    await user.click(rows().getByRole('button', { name: 'Edit home.example.org' }));
    const knot = screen.getByRole('group', { name: 'DNS record home-knot' });
    expect(within(knot).queryByLabelText('Address published (AAAA)')).toBeNull();
  });

  it('says a wrong field in words beside it, and opens the folded fields that hold an error', async () => {
    const user = userEvent.setup();
    renderPanel(engineWith([]), withRecords([{ ...KNOT, port: 70_000 }]), (ctx) => <DdnsEditor ctx={ctx} showErrors />);
    expect(rows().getByText('needs fixing')).toBeTruthy();
    await user.click(rows().getByRole('button', { name: 'Edit home.example.org' }));
    const form = screen.getByRole('group', { name: 'DNS record home-knot' });
    expect(within(form).getByText('More options').closest('details')!.open).toBe(true);
    const port = within(form).getByLabelText('Server port');
    expect(port.getAttribute('aria-invalid')).toBe('true');
    await user.clear(port);
    await user.type(port, '5353');
    expect(port.getAttribute('aria-invalid')).toBeNull();
    // The zone check runs once every field is right.
    const name = within(form).getByLabelText('Host name');
    await user.clear(name);
    await user.type(name, 'home.example.net');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/home\.example\.net is not in the zone example\.org/i)).toBeTruthy();
  });

  it('tests a record saved as shown by its id (the engine has its secret), and says a failure in words', async () => {
    const user = userEvent.setup();
    const fake = engineWith([recordStatus({ id: 'home-knot' })]);
    fake.client.testDdnsRecord.mockResolvedValueOnce({
      ok: false,
      error: 'connect ECONNREFUSED 127.0.0.1:5353',
      ms: 3,
    } as never);
    renderPanel(fake, withRecords([KNOT]), (ctx) => <DdnsEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Test home.example.org' }));
    const row = rows().getByRole('listitem', { name: 'home.example.org' });
    // In words, the engine's text folded under Details (ErrorText).
    const said = await within(row).findByRole('status');
    await vi.waitFor(() =>
      expect(said.textContent).toMatch(/^Failed: Nothing answered at 127\.0\.0\.1:5353: is the service running\?/),
    );
    expect(said.querySelector('.error-words')!.textContent).not.toMatch(/ECONNREFUSED/);
    expect(said.querySelector('details.error-details')!.textContent).toBe('Detailsconnect ECONNREFUSED 127.0.0.1:5353');
    expect(fake.client.testDdnsRecord).toHaveBeenCalledWith({ recordId: 'home-knot' });
  });
});

describe('a record whose API address moves to another host', () => {
  it('asks for the token again at its field at once, and a new path on the same host does not', async () => {
    const user = userEvent.setup();
    renderPanel(engineWith([]), withRecords([CF]), (ctx) => <DdnsEditor ctx={ctx} />);
    await user.click(rows().getByRole('button', { name: 'Edit v6.example.com' }));
    const form = screen.getByRole('group', { name: 'DNS record cf6' });
    await user.click(within(form).getByText('More options'));
    const api = within(form).getByLabelText('API address');
    await user.clear(api);
    await user.type(api, 'http://127.0.0.1:8787/other/path');
    expect(within(form).queryByText(/enter the token again/)).toBeNull();
    await user.clear(api);
    await user.type(api, 'https://b.example/client/v4');
    const said = within(form).getByText(/enter the token again/i);
    expect(said.textContent).toMatch(
      /enter the token again: the record's API address changed \(was 127\.0\.0\.1, now b\.example\)/i,
    );
    // At the token's field: its control is marked invalid and described by the message first.
    const token = within(form).getByLabelText('API token');
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(token.getAttribute('aria-describedby')!.split(' ')[0]).toBe(said.id);
  });
});

describe('the TSIG secret', () => {
  it('is generated on the page (32 bytes, base64) with the key lines for Knot and BIND', async () => {
    const user = userEvent.setup();
    const { draft } = renderPanel(engineWith([]), withRecords([]), (ctx) => <DdnsEditor ctx={ctx} />);
    await user.selectOptions(screen.getByLabelText('Provider of the new record'), 'RFC 2136 (your own server)');
    await user.click(screen.getByRole('button', { name: 'Add a record' }));
    const form = screen.getByRole('group', { name: /^DNS record / });
    await user.type(within(form).getByLabelText('TSIG key name'), 'home-key');
    expect(within(form).queryByLabelText('Knot key configuration')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Generate a TSIG secret' }));
    const secret = records(draft())[0]!.secret as string;
    expect(secret).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(atob(secret)).toHaveLength(32);
    // Shown while it is on the page, to copy into the server's configuration.
    expect((within(form).getByLabelText('TSIG secret') as HTMLInputElement).value).toBe(secret);
    expect(within(form).getByLabelText('Knot key configuration').textContent).toBe(
      `# hmac-sha256:home-key:${secret}\nkey:\n  - id: home-key\n    algorithm: hmac-sha256\n    secret: ${secret}`,
    );
    expect(within(form).getByLabelText('BIND key statement').textContent).toBe(
      `key "home-key" {\n\talgorithm hmac-sha256;\n\tsecret "${secret}";\n};`,
    );
    // Another press makes another key.
    await user.click(within(form).getByRole('button', { name: 'Generate a TSIG secret' }));
    expect(records(draft())[0]!.secret).not.toBe(secret);
  });
});

describe('a Try again the engine could not take', () => {
  it('says why in words, the engine answer under Details', async () => {
    const user = userEvent.setup();
    const fake = engineWith([
      recordStatus({ id: 'cf6', provider: 'cloudflare', name: 'v6.example.com', state: 'stopped', why: 'refused' }),
    ]);
    fake.client.retryDdnsRecord.mockRejectedValueOnce(new Error('fetch failed: connect ECONNREFUSED 127.0.0.1:8787'));
    renderPanel(fake, withRecords([CF]), (ctx) => <DdnsEditor ctx={ctx} />);
    const row = rows().getByRole('listitem', { name: 'v6.example.com' });
    await user.click(await within(row).findByRole('button', { name: 'Try again cf6' }));
    const said = await within(row).findByText(/Could not try again:/);
    await vi.waitFor(() =>
      expect(said.querySelector('.error-words')!.textContent).toMatch(/^Nothing answered at 127\.0\.0\.1:8787/),
    );
    expect(said.querySelector('details.error-details code')!.textContent).toContain('ECONNREFUSED');
  });
});
