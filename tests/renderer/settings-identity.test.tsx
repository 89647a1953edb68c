// @vitest-environment happy-dom
/**
 * The network identity's section: the online enrichment is off until chosen, each choice in
 * words, and the ipinfo token is a write-only secret (a saved one is never sent to the page).
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { IdentitySection } from '../../renderer/src/settings/identity/IdentitySection';
import { ownFormSections } from '../../renderer/src/settings/sections';
import { english } from '../../shared/i18n/translators';
import { fakeEngine } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

describe('the network identity section', () => {
  it('is a section of the settings form', () => {
    expect(ownFormSections(english).find((s) => s.keys.includes('identity'))?.title).toBe('Network identity');
  });

  it('switches the enrichment on and takes a token; a saved token stays on the engine', async () => {
    const user = userEvent.setup();
    const saved = storedView((s) => ({ ...s, identity: { ...(s.identity as object), token: 'ipinfo-secret-42' } }));
    expect(JSON.stringify(saved)).not.toContain('ipinfo-secret-42');
    const { draft } = renderPanel(fakeEngine(), saved, (ctx) => <IdentitySection ctx={ctx} />);
    // Its choices' words are long: radio buttons, so none is cut off on a phone.
    const provider = screen.getByRole('group', { name: 'Online enrichment' });
    expect(within(provider).getByRole('radio', { name: /^never: only the data shipped/ })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(provider).getByRole('radio', { name: /^ipinfo\.io's JSON API/ }));
    expect(draft().identity).toMatchObject({ provider: 'ipinfo', ask: 'missing' });
    const token = screen.getByLabelText('Token (ipinfo.io)', { selector: 'input' });
    expect(token.getAttribute('type')).toBe('password');
    expect((token as HTMLInputElement).value).toBe('');
    await user.type(token, 'new-token-7');
    expect(draft().identity).toMatchObject({ token: 'new-token-7' });
  });
});
