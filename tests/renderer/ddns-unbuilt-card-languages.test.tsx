// @vitest-environment happy-dom
/**
 * A DNS record the engine cannot build for its settings (registry.ts, `reason.ddns.badSettings`,
 * issue 62) on the Dashboard: its card frames the schema's lines in the page's language, the
 * lines as the schema wrote them; the English `why` as before, beside the code.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { ddnsHttp } from '../../electron/engine/ddns/http';
import { buildUpdater } from '../../electron/engine/ddns/registry';
import { createUdpClient } from '../../electron/engine/net';
import type { Words } from '../../renderer/src/i18n/I18n';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { recordStatus } from '../helpers/ddns-record-status';
import { pseudoTranslator, pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);
const udp = createUdpClient();
afterAll(() => udp.close());

const ISSUE = 'zoneId: expected the 32 hex digits Cloudflare shows as Zone ID';
const deps = { udp, http: ddnsHttp, clock: { now: () => 0 }, timeoutMs: 1000 };
const built = buildUpdater(
  { id: 'cf', provider: 'cloudflare', zone: 'example.org', name: 'home.example.org', token: 't', zoneId: 'nope' },
  deps,
  { env: {}, readFile: () => '' },
);

async function card(words: Words): Promise<string> {
  if (built.ok) throw new Error('built');
  const record = recordStatus({
    id: 'cf',
    name: 'home.example.org',
    state: 'stopped',
    why: built.reason,
    reason: built.code!,
  });
  renderApp(fakeEngine({ status: status({ ddns: { records: [record] } }) }), '#/', { words });
  return (await screen.findByTestId('ddns-cf')).textContent!;
}

describe('a record not built for its settings, on its card', () => {
  it('keeps its English beside its code', () => {
    expect(built).toMatchObject({
      ok: false,
      reason: ISSUE,
      code: { code: 'reason.ddns.badSettings', values: { issues: ISSUE } },
    });
  });

  it.each([
    ['de', de, 'die Einstellungen des Eintrags sind ungültig: zoneId:'],
    ['id', id, 'pengaturan record tidak valid: zoneId:'],
  ] as const)('in %s', async (language, messages, framed) => {
    expect((await card({ language, messages })).toLowerCase()).toContain(framed.toLowerCase());
  });

  it('in the pseudo-language, framed by the catalogue', async () => {
    expect(await card(pseudoWords())).toContain(pseudoTranslator().t('reason.ddns.badSettings', { issues: ISSUE }));
  });
});
