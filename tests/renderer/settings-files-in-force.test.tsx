// @vitest-environment happy-dom
/**
 * The Settings page says which settings files are in force (the engine's SettingsView `files`):
 * the base by its name, a profile over it and where its edits go, and a settings.json ignored
 * beside settings.yaml; in the reader's language, and nothing when the engine does not say.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { FilesInForce } from '../../renderer/src/settings/FilesInForce';
import { de } from '../../shared/i18n/catalogues/de';
import { inWords, InEnglish } from './in-words';

afterEach(cleanup);

describe('the settings files in force', () => {
  it('names the base alone', () => {
    const { container } = render(<FilesInForce files={{ base: 'settings.json' }} />, { wrapper: InEnglish });
    expect(container.textContent).toBe('These settings are stored in settings.json in the data folder.');
  });

  it('names a profile over settings.yaml, where its edits go, and the ignored settings.json', () => {
    const files = {
      base: 'settings.yaml',
      profile: { name: 'lab', file: 'settings.lab.yaml' },
      ignored: 'settings.json',
    };
    const { container } = render(<FilesInForce files={files} />, { wrapper: InEnglish });
    expect(container.textContent).toBe(
      'These settings are stored in settings.yaml in the data folder, with the profile “lab” from settings.lab.yaml over it; a change of a field the profile sets is saved in the profile. settings.json is beside it and ignored: settings.yaml wins.',
    );
  });

  it('says it in German too, and nothing when the engine does not say', () => {
    const { container } = render(<FilesInForce files={{ base: 'settings.yaml' }} />, {
      wrapper: inWords({ language: 'de', messages: de }),
    });
    expect(container.textContent).toBe('Diese Einstellungen stehen in settings.yaml im Datenordner.');
    cleanup();
    const none = render(<FilesInForce files={undefined} />, { wrapper: InEnglish });
    expect(none.container.textContent).toBe('');
  });
});
