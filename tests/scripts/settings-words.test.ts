/**
 * The English catalogue of the settings' words is the schema's own (scripts/settings-words.ts),
 * never a copy gone stale, and every label, help and choice name the schema gives has its key.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { EN_DIR, settingsWordFiles } from '../../scripts/settings-words';
import { en, type MessageId } from '../../shared/i18n/catalogues/en';
import { createTranslator } from '../../shared/i18n/translator';
import { settingsSchema } from '../../shared/settings';
import { CHANNEL_OPTIONS } from '../../shared/settings/channel-options';
import { icuLiteral, metaKey } from '../../shared/settings/meta-keys';
import { leavesOf } from '../../shared/settings/schema-fields';

describe('the settings words catalogue', () => {
  it('holds what the schema generates (npx tsx scripts/settings-words.ts)', async () => {
    for (const [name, text] of await settingsWordFiles()) {
      const committed = await readFile(path.join(EN_DIR, name), 'utf8').catch(() => '');
      expect(committed === text, `${name} is stale: run npx tsx scripts/settings-words.ts`).toBe(true);
    }
  });

  it('has every label, help and choice of every setting, under its key', () => {
    const messages: Record<string, string> = en;
    let seen = 0;
    for (const { meta, path: at } of leavesOf(settingsSchema)) {
      const words: [Parameters<typeof metaKey>[0], string | undefined][] = [
        ['label', meta.label],
        ['help', meta.help],
        ...Object.values(meta.choices ?? {}).map((c): ['choice', string] => ['choice', c]),
      ];
      for (const [kind, text] of words) {
        if (!text) continue;
        seen++;
        expect(messages[metaKey(kind, text)], `${at}: ${kind} "${text}"`).toBe(icuLiteral(text));
      }
    }
    expect(seen).toBeGreaterThan(300);
  });

  it("formats each message back to exactly the schema's words (ICU syntax in them quoted)", () => {
    const english = createTranslator('en', en);
    // The channel types' options too: their words are the schema's, outside settingsSchema.
    for (const { meta } of [settingsSchema, ...Object.values(CHANNEL_OPTIONS)].flatMap((s) => leavesOf(s))) {
      const words: [Parameters<typeof metaKey>[0], string | undefined][] = [
        ['label', meta.label],
        ['help', meta.help],
        ...Object.values(meta.choices ?? {}).map((c): ['choice', string] => ['choice', c]),
      ];
      for (const [kind, text] of words) if (text) expect(english.t(metaKey(kind, text) as MessageId)).toBe(text);
    }
    const fleet = 'Every site publishes under it: <prefix>/<site>/state and <prefix>/<site>/event.';
    expect(english.t(metaKey('help', fleet) as MessageId)).toBe(fleet);
    const odd = "settings.v<N>.json, {x} {{event}} it's '<'";
    expect(
      createTranslator('en', { ...en, [metaKey('help', odd)]: icuLiteral(odd) }).t(metaKey('help', odd) as MessageId),
    ).toBe(odd);
  });

  it('keys a text by its words and the whole of it', () => {
    expect(metaKey('label', 'TCP port')).toMatch(/^setting\.label\.tcp-port-[0-9a-f]{6}$/);
    expect(metaKey('help', 'A b c d e f')).toMatch(/^setting\.help\.a-b-c-d-[0-9a-f]{6}$/);
    // Same start, another end: another key.
    expect(metaKey('help', 'A b c d e f')).not.toBe(metaKey('help', 'A b c d e g'));
    expect(metaKey('label', 'Port')).not.toBe(metaKey('help', 'Port'));
  });
});
