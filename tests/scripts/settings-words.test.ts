/**
 * The English catalogue of the settings' words is the schema's own (scripts/settings-words.ts),
 * never a copy gone stale, and every label, help and choice name the schema gives has its key.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { EN_DIR, icuLiteral, settingsWordFiles } from '../../scripts/settings-words';
import { en, type MessageId } from '../../shared/i18n/catalogues/en';
import { createTranslator } from '../../shared/i18n/translator';
import { english } from '../../shared/i18n/translators';
import { settingsSchema } from '../../shared/settings';
import { metaKey } from '../../shared/settings/meta-keys';
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
        const key = metaKey(kind, text);
        // The catalogue holds ICU (a `<` quoted): what it formats to is the schema's text.
        expect(key in messages && english.t(key as MessageId), `${at}: ${kind} "${text}"`).toBe(text);
      }
    }
    expect(seen).toBeGreaterThan(300);
  });

  it.each([
    ['Every site: <prefix>/<site>/state', "Every site: '<'prefix>/'<'site>/state"],
    ["it's {x} or <b>", "it''s '{'x'}' or '<'b>"],
    ["<'a", "'<'''a"],
    ["this host's own", "this host's own"],
  ])('writes %j as ICU that formats back to it', (text, icu) => {
    expect(icuLiteral(text)).toBe(icu);
    const words = createTranslator('en', { ...en, [metaKey('help', text)]: icu });
    expect(words.t(metaKey('help', text) as MessageId)).toBe(text);
  });

  it('keys a text by its words and the whole of it', () => {
    expect(metaKey('label', 'TCP port')).toMatch(/^setting\.label\.tcp-port-[0-9a-f]{6}$/);
    expect(metaKey('help', 'A b c d e f')).toMatch(/^setting\.help\.a-b-c-d-[0-9a-f]{6}$/);
    // Same start, another end: another key.
    expect(metaKey('help', 'A b c d e f')).not.toBe(metaKey('help', 'A b c d e g'));
    expect(metaKey('label', 'Port')).not.toBe(metaKey('help', 'Port'));
  });
});
