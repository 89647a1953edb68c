// @vitest-environment happy-dom
/**
 * More of the engine's reasons in the page's language (issue 62): a speed test that failed, a
 * desktop channel off for want of a desktop session, each sent as the API sends it (the English
 * field and its code), on the Dashboard in German, Indonesian and the pseudo-language, and in
 * English as before; and a DuckDNS sub-name refused by the schema's own message, in Settings' words.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { issueWords } from '../../renderer/src/settings/issue-words';
import type { SpeedStatus } from '../../shared/contract/speed';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english, translator } from '../../shared/i18n/translators';
import { reason } from '../../shared/reason';
import { duckdnsRecordSchema } from '../../shared/settings/ddns';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, pseudoWords } from '../helpers/pseudo-language';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const now = Date.now();
const failed = reason('reason.speed.refused', { kind: 'wait', status: 429 });
const noSession = reason('reason.desktop.container');

function engine() {
  const speedTest: SpeedStatus = {
    enabled: true,
    runningSince: null,
    last: {
      id: 1,
      at: now - 60_000,
      trigger: 'manual',
      server: 'https://speed.cloudflare.com',
      family: 4,
      downloadMbps: null,
      uploadMbps: null,
      latencyMs: null,
      jitterMs: null,
      bytes: 0,
      durationMs: 120,
      cut: null,
      error: reasonWords(failed, english),
      reason: failed,
    },
    nextAt: null,
    skipped: null,
    metered: null,
  };
  const base = status();
  const desktop = {
    ...base.notifications[0]!,
    state: 'disabled' as const,
    reason: reasonWords(noSession, english),
    reasonCode: noSession,
  };
  return fakeEngine({ status: status({ speedTest, notifications: [desktop] }) });
}

async function dashboard(words: Words | undefined) {
  renderApp(engine(), '#/', words ? { words } : {});
  const speed = await screen.findByTestId('speed-card');
  const channels = await vi.waitFor(() => {
    const found = document.querySelector<HTMLElement>('ul.channels');
    if (!found) throw new Error('no channel list yet');
    return found;
  });
  return { speed: speed.textContent!, channels: channels.textContent! };
}

describe('a failed speed test and a desktop channel without a session, on the Dashboard', () => {
  it('in English, as before', async () => {
    const shown = await dashboard(undefined);
    expect(shown.speed).toContain('the speed test server asks to wait before the next test (HTTP 429)');
    expect(shown.channels).toContain('No desktop session: running in a container.');
  });

  it('in German', async () => {
    const shown = await dashboard({ language: 'de', messages: de });
    expect(shown.speed).toContain('der Speedtest-Server bittet, vor dem nächsten Test zu warten (HTTP 429)');
    expect(shown.channels).toContain('Keine Desktop-Sitzung: läuft in einem Container.');
  });

  it('in Indonesian', async () => {
    const shown = await dashboard({ language: 'id', messages: id });
    expect(shown.speed).toContain('server tes kecepatan meminta Anda menunggu sebelum tes berikutnya (HTTP 429)');
    expect(shown.channels).toContain('Tidak ada sesi desktop: berjalan di dalam kontainer.');
  });

  it('in the pseudo-language: both from the catalogue', async () => {
    const shown = await dashboard(pseudoWords());
    expect(shown.speed).toContain(reasonWords(failed, pseudoTranslator()));
    expect(shown.speed).not.toContain(reasonWords(failed, english));
    expect(shown.channels).not.toContain('running in a container');
  });
});

describe("a DuckDNS sub-name refused by the schema's own message", () => {
  const issue = duckdnsRecordSchema.safeParse({
    id: 'duck',
    provider: 'duckdns',
    token: 'duck-token-1234',
    domain: 'my home',
  }).error!.issues[0]!;
  const said = (language: 'en' | 'de' | 'id') =>
    issueWords(issue, { label: 'x', input: 'my home' }, translator(language));

  it('reads in English as written, and in German and Indonesian', () => {
    expect(said('en')).toBe('Expected the sub-name, e.g. myhome for myhome.duckdns.org.');
    expect(said('de')).toBe('Nur die Subdomain, z. B. myhome für myhome.duckdns.org.');
    expect(said('id')).toBe('Isi subdomainnya saja, misalnya myhome untuk myhome.duckdns.org.');
    expect(issueWords(issue, { label: 'x' }, pseudoTranslator())).toMatch(/⟦/);
  });
});
