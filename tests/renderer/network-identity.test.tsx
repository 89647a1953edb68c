// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { NetworkIdentity } from '../../renderer/src/components/NetworkIdentity';

afterEach(cleanup);

describe('NetworkIdentity', () => {
  it('names the network', () => {
    render(<NetworkIdentity identity={{ asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null }} />);
    expect(screen.getByText('AS3320 Deutsche Telekom AG, DE')).toBeTruthy();
    expect(screen.queryByText('VPN or proxy')).toBeNull();
  });

  it('flags a VPN or proxy exit with its reason', () => {
    render(<NetworkIdentity identity={{ asn: 9009, org: 'M247 Europe SRL', country: 'RO', vpn: 'vpn-asn' }} />);
    expect(screen.getByText('AS9009 M247 Europe SRL, RO')).toBeTruthy();
    expect(screen.getByLabelText(/^VPN or proxy: the address belongs to a VPN provider/).textContent).toBe(
      'VPN or proxy',
    );
  });

  it('shows nothing when the identity is unknown', () => {
    const { container } = render(<NetworkIdentity identity={null} />);
    expect(container.innerHTML).toBe('');
  });
});
