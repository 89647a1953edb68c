// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { engineErrorLead } from '../../renderer/src/components/EngineErrorLine';
import { english } from '../../shared/i18n/translators';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

describe("the engine's kept failure in words", () => {
  it.each([
    ['store: check', 'Could not save the check to the history'],
    ['store: source attempts', 'Could not save the source attempts to the history'],
    ['check', 'A check failed'],
    ['notifier', 'The notifications failed'],
    ['ddns (start)', 'The DNS records failed (start)'],
    ['speed', 'The speed test failed'],
    ['something new', 'Something new failed'],
    ['discord bot', 'The Discord bot failed'],
  ])('%s', (where, lead) => expect(engineErrorLead(where, english)).toBe(lead));

  it('on the dashboard: the lead, the error as a sentence, the code under Details', async () => {
    const st = status({
      lastError: { where: 'notifier', message: 'connect ECONNREFUSED 127.0.0.1:9', at: Date.now() - 30_000 },
    });
    renderApp(fakeEngine({ status: st }));
    const line = await screen.findByTestId('engine-error');
    expect(line.textContent).toMatch(
      /^The notifications failed, \d+ s ago: Nothing answered at 127\.0\.0\.1:9: is the service running\?Detailsconnect ECONNREFUSED 127\.0\.0\.1:9$/,
    );
  });
});
