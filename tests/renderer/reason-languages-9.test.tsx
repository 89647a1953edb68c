// @vitest-environment happy-dom
/**
 * The last engine English a Settings page showed, now codes (issue 62, area reasons-9): the fleet
 * broker link's error, a heartbeat URL's secret reference not resolved and a hook run's failure,
 * each built by the engine's own functions and said in German, Indonesian and the
 * pseudo-language; English as before. The program's own stderr line stays as it wrote it.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { brokerReason, unreadableReason } from '../../electron/engine/fleet/words';
import { startErrorReason } from '../../electron/engine/hook/process';
import { inEnglish, reason } from '../../electron/engine/reason';
import { resolveSecretRefs, unresolvedReason } from '../../electron/engine/secrets/resolve';
import { FleetSection, linkWords } from '../../renderer/src/settings/fleet/FleetSection';
import { heartbeatWords, hookRunWords } from '../../renderer/src/settings/watcher/watcher-words';
import type { FleetStatus } from '../../shared/contract/fleet';
import type { HeartbeatStatus, HookRun } from '../../shared/contract/watcher';
import { EMPTY_FLEET_SUMMARY } from '../../shared/fleet-summary';
import { de } from '../../shared/i18n/catalogues/de';
import type { Translator } from '../../shared/i18n/translator';
import { english, translator } from '../../shared/i18n/translators';
import type { Reason } from '../../shared/reason';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, status } from './fake-engine';
import { renderPanel } from './form-harness';

afterEach(cleanup);

const sysError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** A reason as the engine keeps it: its English beside it. */
const told = (r: Reason) => ({ error: inEnglish(r), reason: r });

const refused = told(brokerReason(sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1883')));
const link = (l: Partial<FleetStatus['link']>): FleetStatus['link'] => ({
  state: 'failing',
  error: null,
  since: 1,
  ...l,
});

const unresolved = resolveSecretRefs({ url: { env: 'HB_URL' } }, { env: {}, readFile: () => '' });
if (unresolved.ok) throw new Error('HB_URL resolved');
const heartbeat = (r: Reason): HeartbeatStatus =>
  ({
    state: 'failing',
    lastPing: { at: 0, signal: 'up', ok: false, detail: inEnglish(r), reason: r, ms: 0 },
    lastOkAt: null,
    failures: 1,
  }) as HeartbeatStatus;

const run = (r: Reason): HookRun => ({
  event: 'test',
  at: 0,
  durationMs: 5,
  exitCode: 3,
  signal: null,
  timedOut: false,
  ...told(r),
});
const ended = reason('reason.hook.ended', {
  how: 'exit',
  code: '3',
  signal: '',
  hasStderr: 'yes',
  stderr: 'cannot reach the firewall',
});

/** Each line in `words`' language: the link, the heartbeat's secret, three hook runs. */
const lines = (words: Translator): string[] => [
  linkWords(link(refused), words)!.text,
  linkWords(
    link({
      state: 'connected',
      ...told(reason('reason.fleetLink.readRefused', { first: 'ipwatch/+/state', second: 'none' })),
    }),
    words,
  )!.text,
  linkWords(link(told(unreadableReason('caFile', '/etc/ca.pem', sysError('ENOENT')))), words)!.text,
  heartbeatWords(heartbeat(unresolvedReason(unresolved.unresolved)), 0, words).text,
  hookRunWords(run(ended), 0, words).text,
  hookRunWords(run(startErrorReason(sysError('ENOENT'), '/opt/hook')), 0, words).text,
  hookRunWords(run(reason('reason.hook.timedOut', { seconds: '30' })), 0, words).text,
];

describe('the fleet link, the heartbeat secret and the hook run, in the page language', () => {
  it('English as the engine wrote it', () => {
    const en = lines(english);
    expect(en[0]).toBe(
      'Not reaching the broker: nothing accepts connections at that address and port (connect ECONNREFUSED 127.0.0.1:1883).',
    );
    expect(en[2]).toBe('Not reaching the broker: cannot read the CA file /etc/ca.pem: no such file.');
    expect(en[3]).toContain('url: environment variable HB_URL is not set');
    expect(en[4]).toContain('exit code 3: cannot reach the firewall');
  });

  it('German', () => {
    const said = lines(translator('de'));
    expect(said[0]).toContain('Broker nicht erreichbar: ');
    expect(said[1]).toBe('Verbunden, aber: der Broker lässt diesen Benutzer ipwatch/+/state nicht lesen (seine ACL).');
    expect(said[2]).toContain('CA-Datei /etc/ca.pem ist nicht lesbar: Datei existiert nicht');
    expect(said[3]).toContain('url: Umgebungsvariable HB_URL ist nicht gesetzt');
    // The program's own line stays as it wrote it.
    expect(said[4]).toContain('Exit-Code 3: cannot reach the firewall');
    expect(said[5]).toContain('/opt/hook wurde nicht gefunden');
    expect(said[6]).toContain('nach 30 s abgebrochen (Zeitlimit)');
  });

  it('Indonesian', () => {
    const said = lines(translator('id'));
    expect(said[1]).toBe('Terhubung, tetapi: broker tidak mengizinkan pengguna ini membaca ipwatch/+/state (ACL-nya).');
    expect(said[2]).toContain('tidak dapat membaca file CA /etc/ca.pem: file tidak ada');
    expect(said[3]).toContain('url: variabel lingkungan HB_URL tidak diatur');
    expect(said[4]).toContain('kode keluar 3: cannot reach the firewall');
    expect(said[5]).toContain('/opt/hook tidak ditemukan');
    expect(said[6]).toContain('dihentikan setelah batas waktu 30 dtk');
  });

  it('the pseudo-language leaves nothing unmarked but the values', () => {
    const data = [
      'connect ECONNREFUSED 127.0.0.1:1883',
      'ipwatch/+/state',
      '/etc/ca.pem',
      'HB_URL',
      'url',
      'cannot reach the firewall',
      '/opt/hook',
      '(test)',
    ];
    for (const line of lines(pseudoTranslator())) expect(unmarkedText(line, data), line).toEqual([]);
  });

  it('Settings shows the link in German', async () => {
    const fleet: FleetStatus = {
      link: link(refused),
      publish: { enabled: true, site: 'home', lastPublishedAt: null },
      watch: { enabled: false, summary: EMPTY_FLEET_SUMMARY, refused: 0, twoRunners: [] },
    };
    const fake = fakeEngine({ status: status({ fleet }) });
    renderPanel(fake, {}, (ctx) => <FleetSection ctx={ctx} />, { language: 'de', messages: de });
    expect(
      await screen.findByText(
        /^Broker nicht erreichbar: unter dieser Adresse und diesem Port nimmt nichts Verbindungen an/,
      ),
    ).toBeTruthy();
  });
});
