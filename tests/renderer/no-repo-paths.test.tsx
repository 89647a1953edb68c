// @vitest-environment happy-dom
/**
 * Words a person reads never point at the repository's docs/ files: the packaged app does not
 * ship them (and package.json names no published docs site), so the page says it in words.
 * Checked on the rendered sign-in page and the channel forms' blurbs here; tests/docs/
 * renderer-paths.test.ts scans every string in renderer/src.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { HttpClient } from '../../renderer/src/api/http';
import { SignIn } from '../../renderer/src/pages/SignIn';
import { CHANNEL_FORMS } from '../../renderer/src/settings/channels/forms';
import { renderInEnglish } from './in-english';

afterEach(cleanup);

const REPO_PATH = /\bdocs\/[\w-]+\.md\b/;

describe('no repository paths on screen', () => {
  it('the sign-in page says where the token is in words', () => {
    renderInEnglish(<SignIn http={{ signInMethods: async () => ({ discord: false }) } as unknown as HttpClient} />);
    const help = screen.getByText(/The token is in the file/);
    expect(help.textContent).not.toMatch(REPO_PATH);
    expect(help.textContent).toMatch(/api-token.*data folder.*api\.token.*settings\.json/);
  });

  it('no channel form blurb names a docs/ file', () => {
    for (const form of Object.values(CHANNEL_FORMS)) expect(form.blurb ?? '').not.toMatch(REPO_PATH);
    expect(CHANNEL_FORMS.webhook.blurb).toMatch(/Standard Webhooks/);
  });
});
