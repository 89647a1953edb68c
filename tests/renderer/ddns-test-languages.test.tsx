// @vitest-environment happy-dom
/**
 * A DNS record's Test in Settings (issue 62, area reasons-11) says the engine's answer from its
 * reason code in the page's language: no confirmed address yet, a provider that cannot read a
 * record, settings the engine cannot build (each schema line said again as Settings says it), in
 * German, Indonesian and the pseudo-language (the engine's English under Details); English as before.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { DdnsEditor } from '../../renderer/src/settings/ddns/DdnsEditor';
import type { DdnsTestResult } from '../../shared/contract/ddns';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { KNOT } from './fake-ddns-records';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';
import { ENGLISH } from './in-words';

afterEach(cleanup);

const NO_ADDRESS: DdnsTestResult = {
  ok: false,
  error: 'no confirmed IPv4 address yet to compare the A record with',
  reason: { code: 'reason.ddns.testNoAddress', values: { family: 4, type: 'A' } },
  ms: 2,
};
const CANNOT_READ: DdnsTestResult = {
  ok: true,
  holds: null,
  detail: 'credentials cannot be checked without an update: this provider has no way to read a record',
  reason: { code: 'reason.ddns.cannotRead', values: {} },
  ms: 4,
};
const ISSUES = "address: the suffix :: is all zeros: give the device's own, such as ::1:2:3:4";
const BAD_SETTINGS: DdnsTestResult = {
  ok: false,
  error: ISSUES,
  reason: { code: 'reason.ddns.badSettings', values: { issues: ISSUES } },
  ms: 1,
};

/** The row's Test clicked with the engine answering `result`: the status line beside it. */
async function tested(result: DdnsTestResult, words: Words) {
  const fake = fakeEngine({ status: status({ ddns: { records: [] } }) });
  fake.client.testDdnsRecord.mockResolvedValueOnce(result as never);
  renderPanel(
    fake,
    storedView((s) => ({ ...s, ddns: { records: [KNOT] } })),
    (ctx) => <DdnsEditor ctx={ctx} />,
    words,
  );
  const row = screen.getByRole('listitem', { name: 'home.example.org' });
  await userEvent.setup().click(within(row).getAllByRole('button')[0]!);
  const said = await within(row).findByRole('status');
  await vi.waitFor(() => expect(said.textContent).toMatch(/\S/));
  return said;
}

describe("a record's Test, said from its code", () => {
  it.each([
    [
      'de',
      de,
      NO_ADDRESS,
      'Fehlgeschlagen: Noch keine bestätigte IPv4-Adresse, mit der sich der A-Eintrag vergleichen lässt.',
    ],
    ['id', id, NO_ADDRESS, 'Gagal: Belum ada alamat IPv4 terkonfirmasi untuk dibandingkan dengan record A.'],
    [
      'de',
      de,
      BAD_SETTINGS,
      'Fehlgeschlagen: Die Einstellungen des Eintrags sind ungültig: address: das Suffix :: besteht nur aus Nullen: Geben Sie das Suffix des Geräts an, z. B. ::1:2:3:4.',
    ],
    [
      'id',
      id,
      BAD_SETTINGS,
      'Gagal: Pengaturan record tidak valid: address: sufiks :: semuanya nol: isi sufiks milik perangkat itu, seperti ::1:2:3:4.',
    ],
  ] as const)('a failure in %s, the English under Details', async (language, messages, result, words) => {
    const said = await tested(result, { language, messages });
    await vi.waitFor(() => expect(said.querySelector('.error-words')).not.toBeNull());
    expect(`${said.textContent!.split(' ')[0]} ${said.querySelector('.error-words')!.textContent}`).toBe(words);
    expect(said.querySelector('details.error-details code')!.textContent).toBe(result.ok ? '' : result.error);
  });

  it.each([
    ['de', de, 'Zugangsdaten lassen sich nur mit einem Update prüfen: Dieser Anbieter kann keinen DNS-Eintrag lesen.'],
    ['id', id, 'Kredensial tidak bisa diperiksa tanpa pembaruan: penyedia ini tidak bisa membaca record.'],
  ] as const)('a provider that cannot read a record, in %s', async (language, messages, detail) => {
    const said = await tested(CANNOT_READ, { language, messages });
    expect(said.textContent).toContain(detail);
  });

  it.each([NO_ADDRESS, CANNOT_READ, BAD_SETTINGS])('the pseudo-language marks every word ($ms ms)', async (result) => {
    const said = await tested(result, pseudoWords());
    const shown = said.querySelector('.error-words')?.textContent ?? said.textContent!;
    expect(unmarkedText(shown, ['::1:2:3:4', 'address', 'IPv4'])).toEqual([]);
  });

  it('English as before: the text the engine gave', async () => {
    const said = await tested(NO_ADDRESS, ENGLISH);
    await vi.waitFor(() =>
      expect(said.textContent).toBe('Failed: No confirmed IPv4 address yet to compare the A record with.'),
    );
    cleanup();
    expect((await tested(CANNOT_READ, ENGLISH)).textContent).toContain(
      'Works: the provider accepted the credentials. Credentials cannot be checked without an update',
    );
  });
});
