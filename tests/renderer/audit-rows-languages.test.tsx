// @vitest-environment happy-dom
/**
 * The Audit log on the Activity page says its rows' details in the page's language (issue 62):
 * a token's sign-in, a refusal's why, the sessions a gone token ended, and a row counted several
 * times with its count and the count's duration (migration 19). The rows are built as the engine
 * builds them (auth-hook.ts, refusals.ts, repeated-rows.ts; the real API's are held by
 * tests/electron/engine/api/repeated-audit-languages.test.ts). German and Indonesian say them in
 * real words, the pseudo-language leaves no unmarked text, and English keeps the stored bytes.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { refusalReason } from '../../electron/engine/api/audit/refusals';
import { repeatDetail } from '../../electron/engine/api/audit/repeated-rows';
import { inEnglish } from '../../electron/engine/reason';
import type { AuditEntry } from '../../renderer/src/api/types';
import type { Words } from '../../renderer/src/i18n/I18n';
import { auditWords } from '../../renderer/src/pages/audit-words';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english } from '../../shared/i18n/translators';
import { reason, type Reason } from '../../shared/reason';
import { STRANGER } from '../helpers/discord-cast';
import { FROM, SIGN_IN_ROWS } from '../helpers/discord-sign-in-rows';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

const AT = Date.UTC(2026, 10, 27);
/** A row as the engine writes it: its English from the code, counted `times` over `spanMs` when more than once. */
function row(n: number, e: Pick<AuditEntry, 'actor' | 'action' | 'result'>, r: Reason, times = 1, spanMs = 0) {
  const verb = e.result === 'refused' ? 'refused' : 'signedIn';
  const counted = times > 1 ? { repeated: { times, spanMs } } : {};
  return { ...e, id: n, at: AT - n, detail: repeatDetail(inEnglish(r), verb, times, spanMs), reason: r, ...counted };
}

const refusedDiscord = SIGN_IN_ROWS[0]!;
const ROWS: AuditEntry[] = [
  row(1, { actor: 'grafana (viewer, token)', action: 'session.sign-in', result: 'ok' }, tokenSignIn(), 3, 40_000),
  row(2, { actor: 'grafana (viewer, token)', action: 'pause', result: 'refused' }, viewerPause(), 20, 400),
  row(3, { actor: 'prometheus (metrics, token)', action: 'session.sign-in', result: 'refused' }, noSession()),
  row(4, { actor: 'cli (on this host)', action: 'session.end', result: 'applied' }, tokenGone()),
  { ...row(5, refusedDiscord, refusedDiscord.reason as Reason, 2, 150_000) },
];
const DATA = ['grafana', 'prometheus', FROM, 'ci', 'b7', STRANGER.username, STRANGER.id];

function tokenSignIn() {
  return reason('reason.audit.tokenSignIn', { from: FROM, here: 'no' });
}
function viewerPause() {
  return refusalReason('viewer', 'write', 'pause')!;
}
function noSession() {
  return reason('reason.audit.metricsNoSession');
}
function tokenGone() {
  return reason('reason.audit.tokenGone', { name: 'ci', id: 'b7', why: 'revoked', count: 2 });
}

/** The Activity page with these audit rows, in `words`: its main region and the details shown. */
async function detailsShown(words: Words) {
  const fake = fakeEngine();
  fake.client.getAudit.mockImplementation(async () => ({ items: ROWS, total: ROWS.length }));
  const view = renderApp(fake, '#/activity', { words });
  const main = await screen.findByRole('main');
  await vi.waitFor(() => {
    expect(main.querySelector('.state.loading')).toBeNull();
    expect(view.queryClient.isFetching()).toBe(0);
    expect(main.querySelectorAll('.audit-detail')).toHaveLength(ROWS.length);
  }, DOM_WAIT_MS);
  return { fake, main, details: [...main.querySelectorAll('.audit-detail')].map((e) => e.textContent) };
}

describe("the audit log's details in the page's language", () => {
  it('in English, the stored detail, count and all', () => {
    expect(ROWS.map((r) => auditWords(r, english).detail)).toEqual(ROWS.map((r) => r.detail));
    expect(ROWS[0]!.detail).toBe(
      `with a token, from ${FROM} (signed in 3 times in 40 s, each within a minute of the one before)`,
    );
  });

  it('in German', async () => {
    const { details } = await detailsShown({ language: 'de', messages: de });
    expect(details).toEqual([
      `mit einem Token, von ${FROM} (3-mal angemeldet in 40 Sek., jeweils binnen einer Minute nach dem vorigen Mal)`,
      'Betrachter lesen alles und ändern nichts: „Überwachung pausieren“ ist eine Änderung und braucht einen Admin (20-mal abgelehnt in unter einer Sekunde, jeweils binnen einer Minute nach dem vorigen Mal)',
      'Ein Metrik-Token erreicht nur /metrics, /healthz und das Badge, nicht das Dashboard: Mit ihm kann man sich nicht anmelden. Senden Sie es als „Authorization: Bearer <token>“ an /metrics, oder melden Sie sich mit einem Betrachter- oder Admin-Token an',
      'Sitzungen beendet: Token ci (b7) widerrufen; 2 Browsersitzungen',
      `mit Discord, von ${FROM}: Ihr Discord-Konto ist weder Mitglied des Discord-Servers, den dieses IPWatch bedient, noch als Admin eingetragen. (2-mal abgelehnt in 2 Min. 30 Sek., jeweils binnen einer Minute nach dem vorigen Mal)`,
    ]);
  });

  it('in Indonesian', async () => {
    const { details } = await detailsShown({ language: 'id', messages: id });
    expect(details).toEqual([
      `dengan token, dari ${FROM} (masuk 3 kali dalam 40 dtk, masing-masing kurang dari satu menit setelah yang sebelumnya)`,
      'pelihat membaca semuanya dan tidak mengubah apa pun: "menjeda pemantauan" adalah perubahan, yang memerlukan admin (ditolak 20 kali dalam kurang dari satu detik, masing-masing kurang dari satu menit setelah yang sebelumnya)',
      'token metrik hanya menjangkau /metrics, /healthz, dan badge, bukan dasbor: token ini tidak dapat masuk. Kirim sebagai "Authorization: Bearer <token>" ke /metrics, atau masuk dengan token pelihat atau admin',
      'sesi diakhiri: token ci (b7) dicabut; 2 sesi browser',
      `dengan Discord, dari ${FROM}: Akun Discord Anda bukan anggota server Discord yang dilayani IPWatch ini, dan tidak terdaftar sebagai admin. (ditolak 2 kali dalam 2 mnt 30 dtk, masing-masing kurang dari satu menit setelah yang sebelumnya)`,
    ]);
  });

  it('in the pseudo-language, with no unmarked text', async () => {
    const { fake, main, details } = await detailsShown(pseudoWords());
    for (const d of details) expect(d).toMatch(/⟦/);
    expect(unmarkedText(readableText(main), await pageData(fake, DATA))).toEqual([]);
  });
});
