/**
 * The bot's reply to a failed command in the member's language (issue 62): /config set whose
 * settings writer fails. The real writer (electron/host/settings-write.ts) over a folder with no
 * settings.json fails with Node's ENOENT, said in words, never as Node's English; an error that
 * carries a reason is said by its code; only text of neither is quoted as it came. The real
 * engine and discord.js Client against the Discord stand-in; a German, an Indonesian and an
 * English member, and the pseudo-language over the same replies.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { failureWords } from '../../../../electron/engine/bot/failure-words';
import { reason, ReasonError } from '../../../../electron/engine/reason';
import type { RuntimeOptions } from '../../../../electron/engine/runtime';
import { editSettingsFile } from '../../../../electron/host/settings-write';
import { translator } from '../../../../shared/i18n/translators';
import { pseudoTranslator, unmarkedText } from '../../../helpers/pseudo-language';
import { answered, type BotHarness, callback, connected, startBot } from './helpers';

type Writer = NonNullable<RuntimeOptions['editSettings']>;

let h: BotHarness;
let folder: string;
let file: string;
/** What /config set's settings writer does, set by each test. */
let writer: Writer;
/** The settings writer of a folder with no settings.json: Node's ENOENT. */
const realWriter: Writer = (edit) => editSettingsFile(folder, {}, edit);
/** A writer whose failure carries a reason the engine decided (as a cause, the way a wrapper passes it on). */
const reasonWriter: Writer = async () => {
  throw new Error('the settings were not written', { cause: new ReasonError(reason('reason.ddns.tsigSecret')) });
};
/** A writer failing with a sentence of no code: nothing else could say it. */
const plainWriter: Writer = async () => {
  throw new Error('Halted by the writer');
};

const member = (locale: string) => ({
  user: { id: '300000000000000021', username: `m-${locale}` },
  permissions: 1n << 5n,
  locale,
});

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ipwatch-bot-failed-'));
  file = join(folder, 'settings.json');
  h = await startBot({ editSettings: (edit) => writer(edit) });
  await connected(h);
});
afterAll(async () => {
  await h?.close();
  await rm(folder, { recursive: true, force: true });
});

async function failedReply(locale: string, w: Writer): Promise<string> {
  writer = w;
  const log = h.discord.command('config set', { interval: 120 }, member(locale));
  await answered(log);
  return String(callback(log).data?.content);
}

describe("the bot's reply to a failed command", () => {
  it("says Node's ENOENT of the settings file in words, in the member's language", async () => {
    expect(await failedReply('de', realWriter)).toBe(
      `Das hat nicht geklappt: Die Datei ${file} ist nicht vorhanden: wurde sie verschoben oder gelöscht?`,
    );
    expect(await failedReply('id', realWriter)).toBe(
      `Gagal: Berkas ${file} tidak ada: apakah berkas itu dipindahkan atau dihapus?`,
    );
    const en = await failedReply('en-US', realWriter);
    expect(en).toBe(`That did not work: The file ${file} is not there: was it moved or deleted?`);
    expect(en).not.toContain('ENOENT');
  });

  it('says a reason the error carries by its code', async () => {
    expect(await failedReply('de', reasonWriter)).toBe(
      'Das hat nicht geklappt: der TSIG-Schlüssel ist nicht Base64-kodiert',
    );
    expect(await failedReply('id', reasonWriter)).toBe('Gagal: secret TSIG bukan Base64');
    expect(await failedReply('en-US', reasonWriter)).toBe('That did not work: the TSIG secret is not base64');
  });

  it('quotes only text of no code and no reason, as it came', async () => {
    expect(await failedReply('de', plainWriter)).toBe('Das hat nicht geklappt: Halted by the writer');
  });
});

describe('failureWords', () => {
  it("goes by a Node error's code when its message has none", () => {
    const refused = Object.assign(new Error('the request failed'), { code: 'ECONNREFUSED' });
    expect(failureWords(refused, translator('de'))).toBe('Dort hat nichts geantwortet: läuft der Dienst?');
    expect(failureWords(refused, translator('id'))).toBe(
      'Tidak ada yang menjawab di sana: apakah layanannya berjalan?',
    );
  });
});

describe('the pseudo-language over the failed replies', () => {
  it('leaves no unmarked text but the data (the path)', async () => {
    const pseudo = pseudoTranslator();
    for (const w of [realWriter, reasonWriter]) {
      const err = await w(() => undefined).then(
        () => new Error('the writer did not fail'),
        (e: unknown) => e,
      );
      const said = pseudo.t('bot.reply.failed', { message: failureWords(err, pseudo) });
      expect(unmarkedText(said, [file]), said).toEqual([]);
    }
  });
});
