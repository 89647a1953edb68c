// @vitest-environment happy-dom
/**
 * A viewer's page sends no tests (issue 50): in a browser signed in as a viewer, Check now and
 * the Test buttons are off, with the reason beside them, since the API gives them to admins only
 * (`acts` in shared/contract/); an admin's page and the app's own window keep them on.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { english } from '../../shared/i18n/translators';
import { viewersCannotTest } from '../../shared/words/roles';
import { fakeEngine, renderApp } from './fake-engine';
import { ADMIN, expectOffForViewer, expectOnFor, type GuardedButton, NOT_VIEWERS, VIEWER } from './viewer-harness';

// The words as the engine says them (English); the modules are functions of a Translator now.
const VIEWERS_CANNOT_TEST = viewersCannotTest(english);

afterEach(cleanup);

const CHECK_NOW: GuardedButton = {
  place: { role: 'group', name: 'Actions' },
  button: 'Check now',
  method: 'checkNow',
  reason: VIEWERS_CANNOT_TEST,
};

describe('Check now', () => {
  it('is off for a viewer, with the reason beside it, and nothing is asked of the engine', async () => {
    await expectOffForViewer(CHECK_NOW);
  });

  it.each(NOT_VIEWERS)('is on for %s', async (_who, opts) => {
    await expectOnFor(CHECK_NOW, opts);
  });
});

describe("a source's Test on the Settings page", () => {
  it("is out of a viewer's reach (the form is read-only), and on for an admin", async () => {
    for (const who of [VIEWER, ADMIN]) {
      const fake = fakeEngine();
      renderApp(fake, '#/settings/sources', { web: true, who });
      const add = await screen.findByRole('button', { name: 'Add a custom source' });
      if (who.role === 'viewer') {
        // A viewer's Settings form is read-only (viewer-changes.test.tsx): no source to add or test.
        expect(add.closest('fieldset[disabled]')).not.toBeNull();
        cleanup();
        continue;
      }
      await userEvent.click(add);
      const item = screen.getByRole('group', { name: 'Custom source 1' });
      expect(within(item).getByRole('button', { name: 'Test this source' })).toBeTruthy();
      expect(within(item).getByText('Fill in the fields above to test it.')).toBeTruthy();
      expect(within(item).queryByText(VIEWERS_CANNOT_TEST)).toBeNull();
      cleanup();
    }
  });
});
