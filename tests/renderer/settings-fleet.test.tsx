// @vitest-environment happy-dom
/**
 * The fleet's settings section: its fields drawn from the schema (the password as a secret, the
 * certificate files folded), the broker link from the status in words, and a Test that says what
 * the engine answered (what the broker lets this runner publish and read).
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, type Mock } from 'vitest';

import { FleetSection, linkWords } from '../../renderer/src/settings/fleet/FleetSection';
import type { FleetStatus, FleetTestResult } from '../../shared/contract/fleet';
import { EMPTY_FLEET_SUMMARY } from '../../shared/fleet-summary';
import { english } from '../../shared/i18n/translators';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const fleet = (link: FleetStatus['link']): FleetStatus => ({
  link,
  publish: { enabled: true, site: 'home', lastPublishedAt: null },
  watch: { enabled: false, summary: EMPTY_FLEET_SUMMARY, refused: 0, twoRunners: [] },
});

describe('the fleet section', () => {
  it('edits the site and broker, keeps the password secret, shows the link and tests the fleet as edited', async () => {
    const user = userEvent.setup();
    const failing = {
      state: 'failing' as const,
      error: 'nothing accepts connections at that address and port',
      since: 1,
    };
    const fake = fakeEngine({ status: status({ fleet: fleet(failing) }) });
    (fake.client.testFleet as Mock<() => Promise<FleetTestResult>>).mockResolvedValueOnce({
      ok: true,
      detail: 'signed in to mqtt://b:1883; can publish under ipwatch/fleet/home/',
      ms: 12,
      publish: { ok: true, detail: 'can publish under ipwatch/fleet/home/' },
      read: null,
    });
    const saved = storedView((s) => ({
      ...s,
      fleet: {
        ...(s.fleet as object),
        publish: true,
        site: 'home',
        brokerUrl: 'mqtt://b:1883',
        password: 'Br0kerPass-77',
      },
    }));
    expect(JSON.stringify(saved)).not.toContain('Br0kerPass-77');
    const { draft } = renderPanel(fake, saved, (ctx) => <FleetSection ctx={ctx} />);
    const site = screen.getByRole('textbox', { name: /Site name/ });
    await user.clear(site);
    await user.type(site, 'office');
    expect(draft().fleet).toMatchObject({ publish: true, site: 'office' });
    const password = screen.getByLabelText('Broker password', { selector: 'input' });
    expect(password.getAttribute('type')).toBe('password');
    expect(
      await screen.findByText('Not reaching the broker: nothing accepts connections at that address and port.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Test the broker' }));
    expect(
      await screen.findByText('Worked: signed in to mqtt://b:1883; can publish under ipwatch/fleet/home/ (12 ms).'),
    ).toBeTruthy();
    // The fleet as edited, not as saved: the site typed in, the stored password as its marker only.
    expect(fake.client.testFleet).toHaveBeenCalledTimes(1);
    expect(fake.client.testFleet).toHaveBeenCalledWith({
      fleet: expect.objectContaining({ site: 'office', brokerUrl: 'mqtt://b:1883', password: { set: true } }),
    });
  });

  it.each([
    [undefined, null],
    [{ state: 'off', error: null, since: null }, null],
    [
      { state: 'off', error: 'fleet.password: environment variable P is not set', since: null },
      { text: 'Not started: fleet.password: environment variable P is not set.', ok: false },
    ],
    [
      { state: 'connecting', error: null, since: 1 },
      { text: 'Connecting to the broker…', ok: true },
    ],
    [
      { state: 'connected', error: null, since: 1 },
      { text: 'Connected to the broker.', ok: true },
    ],
    [
      { state: 'connected', error: 'the broker refused to take x', since: 1 },
      { text: 'Connected, but: the broker refused to take x.', ok: false },
    ],
  ] as const)('the link %j reads %j', (link, words) => {
    expect(linkWords(link, english)).toEqual(words);
  });
});
