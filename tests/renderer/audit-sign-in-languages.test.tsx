// @vitest-environment happy-dom
/**
 * The Audit log on the Activity page says why a person signing in with Discord got a role, or was
 * refused, in the page's language (issue 62): the rows are what the real API sends
 * (tests/helpers/discord-sign-in-rows.ts, held by discord-sign-in-audit.test.ts), their detail a
 * code beside its English. German and Indonesian say it in real words, the pseudo-language leaves
 * no unmarked text, and a row kept before codes, or counted several times, shows its English. A
 * followed session's end or new role (follow.ts) is said alike.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { AuditEntry } from '../../renderer/src/api/types';
import type { Words } from '../../renderer/src/i18n/I18n';
import { auditWords } from '../../renderer/src/pages/audit-words';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english, translator } from '../../shared/i18n/translators';
import { reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { SERVER, SERVER_NAME, STRANGER, VIEW_ROLE, VIEWER } from '../helpers/discord-cast';
import { FROM, SIGN_IN_ROWS } from '../helpers/discord-sign-in-rows';
import { pseudoWords, readableText, unmarkedText } from '../helpers/pseudo-language';
import { DOM_WAIT_MS, fakeEngine, renderApp } from './fake-engine';
import { pageData } from './page-data';

afterEach(cleanup);

const ROWS: AuditEntry[] = SIGN_IN_ROWS.map((r, i) => ({ ...r, id: 2 - i, at: Date.UTC(2026, 10, 2 - i) }));
const DATA = [VIEWER.username, STRANGER.username, STRANGER.id, SERVER_NAME, SERVER, VIEW_ROLE, FROM];

/** The Activity page with these audit rows, in `words`: its main region once loaded. */
async function auditShown(words: Words, rows: AuditEntry[] = ROWS) {
  const fake = fakeEngine();
  fake.client.getAudit.mockImplementation(async () => ({ items: rows, total: rows.length }));
  const view = renderApp(fake, '#/activity', { words });
  const main = await screen.findByRole('main');
  await vi.waitFor(() => {
    expect(main.querySelector('.state.loading')).toBeNull();
    expect(view.queryClient.isFetching()).toBe(0);
  }, DOM_WAIT_MS);
  await within(main).findAllByText(new RegExp(SERVER_NAME));
  return { fake, main, details: [...main.querySelectorAll('.audit-detail')].map((e) => e.textContent) };
}

describe('why a Discord sign-in got a role, on the Audit log', () => {
  it('in English, the stored detail as before', () => {
    expect(ROWS.map((r) => auditWords(r, english).detail)).toEqual(ROWS.map((r) => r.detail));
  });

  it('in German', async () => {
    const { details } = await auditShown({ language: 'de', messages: de });
    expect(details).toEqual([
      `mit Discord, von ${FROM}: Ihr Discord-Konto ist weder Mitglied des Discord-Servers, den dieses IPWatch bedient, noch als Admin eingetragen.`,
      `mit Discord, von ${FROM}; hat eine in den Anmeldeeinstellungen eingetragene Betrachterrolle im Discord-Server „${SERVER_NAME}“ (Rollen-ID ${VIEW_ROLE}, Server-ID ${SERVER})`,
    ]);
  });

  it('in Indonesian', async () => {
    const { details } = await auditShown({ language: 'id', messages: id });
    expect(details).toEqual([
      `dengan Discord, dari ${FROM}: Akun Discord Anda bukan anggota server Discord yang dilayani IPWatch ini, dan tidak terdaftar sebagai admin.`,
      `dengan Discord, dari ${FROM}; memegang peran pelihat yang terdaftar di pengaturan masuk, di server Discord "${SERVER_NAME}" (ID peran ${VIEW_ROLE}, ID server ${SERVER})`,
    ]);
  });

  it('in the pseudo-language, with no unmarked text', async () => {
    const { fake, main, details } = await auditShown(pseudoWords());
    expect(details).toHaveLength(2);
    for (const d of details) expect(d).toMatch(/⟦/);
    expect(unmarkedText(readableText(main), await pageData(fake, DATA))).toEqual([]);
  });

  it('a session ended or given another role by what Discord says, in German and Indonesian', () => {
    const by = reason('reason.signIn.byDiscord', { changed: 'yes' });
    const changed = reason('reason.signIn.roleChanged', { name: 'Ada', userId: '4', was: 'admin', now: 'viewer' }, by);
    const row: AuditEntry = {
      id: 3,
      at: 0,
      actor: 'ipwatch',
      action: 'session.role',
      detail: reasonWords(changed, english),
      result: 'applied',
      reason: changed,
    };
    expect(row.detail).toBe(
      'session role changed from admin to viewer: as decided by what Discord says of the member; Ada (Discord user id 4)',
    );
    expect(auditWords(row, translator('de')).detail).toBe(
      'Rolle der Sitzung von Admin zu Betrachter geändert: so entschieden nach Discords Angaben zum Mitglied; Ada (Discord-Benutzer-ID 4)',
    );
    expect(auditWords(row, translator('id')).detail).toBe(
      'peran sesi berubah dari admin menjadi pelihat: sesuai keputusan dari data Discord tentang anggota ini; Ada (ID pengguna Discord 4)',
    );
  });

  it('a row kept before codes, or counted several times, shows its English', () => {
    const { reason: _, ...before } = ROWS[1]!;
    const counted = {
      ...ROWS[1]!,
      detail: `${ROWS[1]!.detail} (signed in 2 times in 30 seconds, each within a minute of the one before)`,
    };
    for (const row of [before, counted]) expect(auditWords(row, translator('de')).detail).toBe(row.detail);
  });
});
