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
import { parseSettings } from '../../../shared/settings';
import { propertyRun } from '../../helpers/properties';
import { editedDefaults } from '../../helpers/settings-arbitraries';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-settings-property-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('any settings text', () => {
  it('loads as it says, and saved then loaded again is the same; refused in words, the file untouched', async () => {
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(editedDefaults(), fc.constantFrom(0, 2, undefined), async (raw, indent) => {
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
