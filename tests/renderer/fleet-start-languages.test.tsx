// @vitest-environment happy-dom
/**
 * Settings' fleet line (FleetSection) says the fleet's own start problem and how its last link
 * closed from the engine's codes (issue 62, electron/engine/runtime/fleet.ts): a secret reference
 * not resolved, a runtime with no status to publish, a link closed without a goodbye, in German,
 * Indonesian and the pseudo-language; English as the engine wrote it.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { FleetSection } from '../../renderer/src/settings/fleet/FleetSection';
import type { FleetStatus } from '../../shared/contract/fleet';
import { EMPTY_FLEET_SUMMARY } from '../../shared/fleet-summary';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';
import { ENGLISH } from './in-words';

afterEach(cleanup);

const UNRESOLVED: FleetStatus['link'] = {
  state: 'failing',
  error: 'fleet.password: environment variable MQTT_PW is not set',
  reason: { code: 'reason.secret.unresolved', values: { field: 'fleet.password', kind: 'env', name: 'MQTT_PW' } },
  since: null,
};
const NO_STATUS: FleetStatus['link'] = {
  state: 'failing',
  error: 'this runtime gives no status to publish',
  reason: { code: 'reason.fleet.noStatus', values: {} },
  since: null,
};
const CLOSED: FleetStatus['link'] = {
  state: 'off',
  error: 'closed without a goodbye: the broker did not answer within 2 s',
  reason: { code: 'reason.fleetLink.noGoodbye', values: { seconds: 2, dropped: 0 } },
  since: null,
};

/** The fleet section with the engine's status holding `link`: its line, once the status has come. */
async function line(link: FleetStatus['link'], words: Words): Promise<string> {
  const fleet: FleetStatus = {
    link,
    publish: { enabled: true, site: 'home', lastPublishedAt: null },
    watch: { enabled: false, summary: EMPTY_FLEET_SUMMARY, refused: 0, twoRunners: [] },
  };
  const saved = storedView((s) => ({ ...s, fleet: { ...(s.fleet as object), publish: true, site: 'home' } }));
  const { container } = renderPanel(
    fakeEngine({ status: status({ fleet }) }),
    saved,
    (ctx) => <FleetSection ctx={ctx} />,
    words,
  );
  const p = await vi.waitFor(() => {
    const found = container.querySelector('p.small.error-text');
    if (!found) throw new Error('no fleet line yet');
    return found;
  });
  return p.textContent!;
}

describe("the fleet's start problem, said from its code", () => {
  it.each([
    ['de', de, UNRESOLVED, 'Broker nicht erreichbar: fleet.password: Umgebungsvariable MQTT_PW ist nicht gesetzt.'],
    ['id', id, NO_STATUS, 'Broker tidak terjangkau: runner ini tidak memberi status untuk dipublikasikan.'],
    ['de', de, NO_STATUS, 'Broker nicht erreichbar: diese Instanz liefert keinen Status zum Veröffentlichen.'],
    ['de', de, CLOSED, 'Nicht gestartet: ohne Abmeldung beendet: Der Broker hat nicht innerhalb von 2 s geantwortet.'],
    ['id', id, CLOSED, 'Belum dimulai: ditutup tanpa berpamitan: broker tidak menjawab dalam 2 dtk.'],
  ] as const)('in %s', async (language, messages, link, words) => {
    const shown = await line(link, { language, messages });
    if (typeof words === 'string') expect(shown).toBe(words);
    else expect(shown).toMatch(words);
  });

  it.each([UNRESOLVED, NO_STATUS, CLOSED])('the pseudo-language marks every word ($state)', async (link) => {
    const shown = await line(link, pseudoWords());
    expect(shown).toMatch(/⟦/);
    expect(unmarkedText(shown, ['fleet.password', 'MQTT_PW'])).toEqual([]);
  });

  it('English as the engine wrote it', async () => {
    expect(await line(CLOSED, ENGLISH)).toBe(
      'Not started: closed without a goodbye: the broker did not answer within 2 s.',
    );
    cleanup();
    expect(await line(UNRESOLVED, ENGLISH)).toBe(
      'Not reaching the broker: fleet.password: environment variable MQTT_PW is not set.',
    );
  });
});
