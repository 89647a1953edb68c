/**
 * Settings files as properties (fast-check, seeded by tests/helpers/properties.ts), through the
 * real file in a data folder: any settings text the schema accepts loads as the settings it says,
 * and saved by the house's writer (editSettingsFile, as the API, the bot and the upgrade save)
 * then loaded again gives the same settings; any text it refuses is refused in words naming the
 * file, and the file is left as it was. Texts are drawn from the defaults with leaves changed
 * (any leaf, a value of its own type or another), so each run reaches another part of the schema.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadSettingsFile, settingsPath } from '../../../electron/host/settings-file';
import { editSettingsFile } from '../../../electron/host/settings-write';
import { defaultSettings, parseSettings } from '../../../shared/settings';
import { propertyRun } from '../../helpers/properties';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every leaf of a JSON value, by its path. */
function leaves(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return entries.length === 0 ? [at] : entries.flatMap(([k, x]) => leaves(x, [...at, k]));
}

function setAt(root: Json, at: (string | number)[], value: Json): Json {
  if (at.length === 0) return value;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  copy[at[0]!] = setAt(copy[at[0]!] ?? null, at.slice(1), value);
  return copy as Json;
}

const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<Json>(true, false, 0, 1, 30, 300, 3600, 65_535, -1, 1.5, '', 'x', null) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>([], {}, ['a'], 'https://example.org/x', 'debug', 'warn', 'off') },
);

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-settings-property-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('any settings text', () => {
  it('loads as it says, and saved then loaded again is the same; refused in words, the file untouched', async () => {
    const base = JSON.parse(JSON.stringify(defaultSettings())) as Json;
    const paths = leaves(base);
    const changes = fc.array(fc.tuple(fc.nat(paths.length - 1), value), { maxLength: 4 });
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(changes, fc.constantFrom(0, 2, undefined), async (edits, indent) => {
        const raw = edits.reduce((r, [i, v]) => setAt(r, paths[i]!, v), base);
        const text = `${JSON.stringify(raw, null, indent)}\n`;
        const file = settingsPath(dataDir);
        await writeFile(file, text, { mode: 0o600 });
        const expected = parseSettings(raw);
        const first = await loadSettingsFile(dataDir, {});
        if (!expected.ok) {
          expect(first.ok).toBe(false);
          if (!first.ok) for (const e of first.errors) expect(e).toMatch(new RegExp(`^${file}: \\S+ \\S+`));
          expect(await readFile(file, 'utf8')).toBe(text);
          return;
        }
        loaded++;
        expect(first).toMatchObject({ ok: true, settings: expected.settings, text });
        // Saved as every writer of the house saves (a no-op edit: read, validate, replace), then loaded.
        await editSettingsFile(dataDir, {}, () => undefined);
        const again = await loadSettingsFile(dataDir, {});
        expect(again.ok && again.settings).toEqual(expected.settings);
        // The settings in force, written out whole (what a save of every field gives), load as themselves.
        await editSettingsFile(dataDir, {}, (r) => {
          for (const k of Object.keys(r)) delete r[k];
          Object.assign(r, JSON.parse(JSON.stringify(expected.settings)));
        });
        const whole = await loadSettingsFile(dataDir, {});
        expect(whole.ok && whole.settings).toEqual(expected.settings);
      }),
      propertyRun('settings text round trip', 60),
    );
    expect(loaded).toBeGreaterThan(0); // not a property of nothing: some texts are accepted
  }, 60_000);
});
