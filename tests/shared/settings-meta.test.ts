/**
 * Every setting has a label and one line of help on its schema (the Settings page, the OpenAPI
 * document and docs/settings.md all read them there), in words for people, not its key.
 */
import { describe, expect, it } from 'vitest';

import { settingsSchema } from '../../shared/settings';
import { fieldMeta, leavesOf, shapeOf } from '../../shared/settings/schema-fields';

const leaves = leavesOf(settingsSchema);
const keyWords = (path: string) =>
  (path.split('.').at(-1) ?? '')
    .replace('[]', '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();

describe('the settings schema speaks for itself', () => {
  it('has every field, down to the items of lists', () => {
    expect(leaves.length).toBeGreaterThan(60);
    expect(leaves.map((l) => l.path)).toEqual(
      expect.arrayContaining(['monitor.intervalSec', 'sources.custom[].url', 'discord.guilds[].read.roles']),
    );
  });

  it.each(leaves.map((l) => [l.path, l] as const))('%s has a label and one line of help', (path, leaf) => {
    const { label, help } = leaf.meta;
    expect(label, path).toMatch(/^[A-Z0-9/"]/);
    // Not the key dressed up ("Api base", "Lan"): words of its own.
    expect(label!.toLowerCase(), path).not.toBe(keyWords(path));
    expect(help, path).toMatch(/^[A-Z0-9/"].{10,110}\.$/);
    expect(help, path).not.toContain('\n');
  });

  it.each(leaves.filter((l) => l.shape.kind === 'enum' && l.meta.choices).map((l) => [l.path, l] as const))(
    '%s has words for each of its choices',
    (path, leaf) => {
      const shape = shapeOf(leaf.schema);
      if (shape.kind !== 'enum') throw new Error(path);
      for (const o of shape.options) expect(leaf.meta.choices?.[String(o)], `${path} ${o}`).toBeTruthy();
    },
  );

  it('names each group of fields (the sections of the page)', () => {
    const shape = shapeOf(settingsSchema);
    if (shape.kind !== 'object') throw new Error('settings');
    for (const [key, s] of shape.fields) expect(fieldMeta(s).label, key).toBeTruthy();
  });
});
