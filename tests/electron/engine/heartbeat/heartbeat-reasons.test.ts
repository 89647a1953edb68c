/**
 * The heartbeat's refusals that IPWatch words (issue 62) come with their codes, in the status's
 * last ping and in the Settings page's Test: the English field unchanged and written from the
 * code, and a German or Indonesian page says the code in its language. A service's own answer
 * ("OK") and a network error have no code: they are said as they came.
 */
import { afterEach, describe, expect, it } from 'vitest';

import type { WireReason } from '../../../../shared/contract/reason';
import { english, translator } from '../../../../shared/i18n/translators';
import { sayReason } from '../../../../shared/words/reason';
import { type HealthchecksStandIn, startHealthchecks } from '../../../fakes/healthchecks';
import { startUptimeKuma } from '../../../fakes/uptime-kuma-push';
import { until } from '../../../helpers/until';
import { checkEvent, heartbeat } from './heartbeat-harness';

const UUID = '5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35';
let stands: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(stands.map((s) => s.close()));
  stands = [];
});

/** The code said in each language: the English must be the field beside it. */
const inEach = (r: WireReason | undefined) => ({
  en: sayReason(r, '(no code)', english),
  de: sayReason(r, '(no code)', translator('de')),
  id: sayReason(r, '(no code)', translator('id')),
});

describe("the heartbeat's own words carry their codes", () => {
  it('no ping URL: the status and the Test', async () => {
    const { hb } = heartbeat({ url: '' });
    const ping = hb.status().lastPing!;
    expect(ping).toMatchObject({ detail: 'no ping URL is set', reason: { code: 'reason.heartbeat.noUrl' } });
    const test = await hb.test();
    expect(test).toMatchObject({ ok: false, error: 'no ping URL is set', reason: { code: 'reason.heartbeat.noUrl' } });
    expect(inEach(test.reason)).toEqual({
      en: 'no ping URL is set',
      de: 'keine Ping-URL eingetragen',
      id: 'URL ping belum diisi',
    });
  });

  it('a ping URL that is not a URL', async () => {
    const test = await heartbeat({ url: 'kuma.example.org/push' }).hb.test();
    expect(test).toMatchObject({ ok: false, error: 'url: the ping URL is not a URL' });
    expect(inEach(test.reason).de).toBe('url: Die Ping-URL ist keine gültige URL');
  });

  it("a paused Uptime Kuma monitor, in the status's last ping", async () => {
    const kuma = await startUptimeKuma(['Xb7kQ2pLm9']);
    stands.push(kuma);
    kuma.setActive('Xb7kQ2pLm9', false);
    const { hb } = heartbeat({ provider: 'uptime-kuma', url: kuma.pushUrl('Xb7kQ2pLm9') });
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hb.status().failures === 1, { what: 'the refusal' });
    const ping = hb.status().lastPing!;
    expect(inEach(ping.reason)).toEqual({
      en: ping.detail,
      de: 'Uptime Kuma kennt keinen aktiven Push-Monitor mit diesem Token (falsche URL oder pausiert)',
      id: 'Uptime Kuma tidak mengenal push monitor aktif dengan token ini (URL salah, atau dijeda)',
    });
  });

  it("a self-hosted Healthchecks' 404 in the Test; its accepted answer has no code", async () => {
    const hc: HealthchecksStandIn = await startHealthchecks({ mode: 'self-hosted', uuids: [UUID], bodyLimit: 100 });
    stands.push(hc);
    const missing = await heartbeat({ url: `${hc.url}/ping/0b1c2d3e-0000-4000-8000-000000000000` }).hb.test();
    expect(missing.ok).toBe(false);
    expect(inEach(missing.reason)).toEqual({
      en: missing.ok ? '' : missing.error,
      de: 'Healthchecks kennt unter dieser URL keinen Check (falsche URL oder Check gelöscht)',
      id: 'Healthchecks tidak mengenal check di URL ini (URL salah, atau check sudah dihapus)',
    });
    const ok = await heartbeat({ url: hc.pingUrl(UUID) }).hb.test();
    expect(ok).toEqual({ ok: true, detail: 'OK', ms: expect.any(Number) });
  });
});
