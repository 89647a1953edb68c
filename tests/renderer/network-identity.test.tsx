// @vitest-environment happy-dom
/**
 * The identity beside an address (its flag in the three words of shared/network-identity.ts) and
 * the credit its data asks for: "IP geolocation by DB-IP" linked to db-ip.com wherever DB-IP's
 * results show, and the countries' own source where only a country is shown.
 */
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { IdentityCredit, onlineSource } from '../../renderer/src/components/IdentityCredit';
import { NetworkIdentity } from '../../renderer/src/components/NetworkIdentity';
import { I18nProvider } from '../../renderer/src/i18n/I18n';
import { en } from '../../shared/i18n/catalogues/en';
import { fakeEngine, renderApp } from './fake-engine';

/** The component in the dashboard's words (it takes them from react-intl, as on the page), English here. */
const inEnglish = (ui: ReactElement) =>
  render(<I18nProvider fixed={{ language: 'en', messages: en }}>{ui}</I18nProvider>);

afterEach(cleanup);

const dbipLink = () => screen.getByRole('link', { name: 'IP geolocation by DB-IP' });

describe('NetworkIdentity', () => {
  it('names the network, unflagged', () => {
    inEnglish(<NetworkIdentity identity={{ asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null }} />);
    expect(screen.getByText('AS3320 Deutsche Telekom AG, DE')).toBeTruthy();
    expect(screen.queryByText(/VPN|hosting/)).toBeNull();
  });

  it.each([
    ['vpn-asn', 'VPN service', /^VPN service: the address belongs to a VPN provider/],
    ['warp', 'VPN service', /^VPN service: Cloudflare's trace says the connection goes through WARP/],
    ['hosting-asn', 'hosting or cloud network', /^hosting or cloud network: the address belongs to a hosting/],
  ] as const)('flags %s as "%s", with its reason', (vpn, words, label) => {
    inEnglish(<NetworkIdentity identity={{ asn: 9009, org: 'M247 Europe SRL', country: 'RO', vpn }} />);
    expect(screen.getByText('AS9009 M247 Europe SRL, RO')).toBeTruthy();
    expect(screen.getByLabelText(label).textContent).toBe(words);
  });

  it('shows nothing when the identity is unknown', () => {
    const { container } = inEnglish(<NetworkIdentity identity={null} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('IdentityCredit', () => {
  it('links DB-IP where a network is shown, and names the countries source', () => {
    render(<IdentityCredit identities={[{ asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null }]} />);
    expect(dbipLink().getAttribute('href')).toBe('https://db-ip.com');
    expect(screen.getByTestId('identity-credit').textContent).toBe(
      "Networks: IP geolocation by DB-IP, with RouteViews and the RIRs. Countries: the RIRs' registration data.",
    );
  });

  it('names only the countries source when only a country is shown', () => {
    render(<IdentityCredit identities={[null, { asn: null, org: null, country: 'DE', vpn: null }]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('identity-credit').textContent).toBe("Countries: the RIRs' registration data.");
  });

  it('shows nothing when no identity is shown', () => {
    const { container } = render(<IdentityCredit identities={[null, undefined]} />);
    expect(container.innerHTML).toBe('');
  });

  it.each([
    [false, 'Where these know nothing: ipinfo.io.'],
    [true, 'Asked first: ipinfo.io, whose answers win where it knows.'],
  ])('names the online service the engine asks (first: %s)', (first, words) => {
    render(
      <IdentityCredit
        identities={[{ asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null }]}
        online={{ name: 'ipinfo.io', first }}
      />,
    );
    expect(screen.getByTestId('identity-credit').textContent).toBe(
      `Networks: IP geolocation by DB-IP, with RouteViews and the RIRs. Countries: the RIRs' registration data. ${words}`,
    );
  });

  it("is in Settings' Network identity, with the lists' licence", async () => {
    renderApp(fakeEngine(), '#/settings/identity');
    expect((await screen.findByRole('link', { name: 'IP geolocation by DB-IP' })).getAttribute('href')).toBe(
      'https://db-ip.com',
    );
    expect(screen.getByText(/X4BNet's lists_vpn \(MIT\)/)).toBeTruthy();
    // No path into the source tree (a packaged app ships no docs/ folder).
    expect(document.body.textContent).not.toMatch(/docs\//);
    // On that page it does not send the reader to the page they are on: the service is set up above.
    expect(
      screen.getByText(/no request leaves this machine for them unless an online service is set up above\.$/),
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/set up under Network identity/);
    // Said once: no "off" line above the fields repeats that only the shipped databases are used.
    expect(document.body.textContent?.match(/databases shipped with IPWatch/g)).toHaveLength(1);
    expect(screen.queryByTestId('section-off')).toBeNull();
  });

  it("is on Settings' About page too, beside the version and IPWatch's licence", async () => {
    renderApp(fakeEngine(), '#/settings/about');
    expect((await screen.findByRole('link', { name: 'IP geolocation by DB-IP' })).getAttribute('href')).toBe(
      'https://db-ip.com',
    );
    expect(screen.getByText(/X4BNet's lists_vpn \(MIT\)/)).toBeTruthy();
    expect(screen.getByText(/free software under the MIT licence/)).toBeTruthy();
    // Here it names the page where the online service is set up.
    expect(screen.getByText(/unless an online service is set up under Network identity\.$/)).toBeTruthy();
    // No engine to ask here: the version is said to be unknown, not made up.
    expect(await screen.findByText(/^IPWatch, version unknown/)).toBeTruthy();
  });
});

describe('onlineSource', () => {
  it.each([
    [undefined, null],
    [{ provider: 'off' }, null],
    [
      { provider: 'ipinfo', ask: 'missing' },
      { name: 'ipinfo.io', first: false },
    ],
    [
      { provider: 'ipinfo', ask: 'always' },
      { name: 'ipinfo.io', first: true },
    ],
    [{ provider: 'ifconfig.co' }, { name: 'ifconfig.co', first: false }],
    [
      { provider: 'ifconfig.co', url: 'http://echoip.lan:8080' },
      { name: 'echoip.lan:8080', first: false },
    ],
    [
      { provider: 'ifconfig.co', url: 'not a url' },
      { name: 'ifconfig.co', first: false },
    ],
  ])('%j: %j', (identity, source) => {
    expect(onlineSource(identity)).toEqual(source);
  });
});
