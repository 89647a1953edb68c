/** docs/settings.md's table of settings is the schema's own (scripts/settings-docs.ts), never a copy gone stale. */
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { renderSettingsDoc, SETTINGS_DOC, settingsTables } from '../../scripts/settings-docs';
import { settingsSchema } from '../../shared/settings';
import { leavesOf } from '../../shared/settings/schema-fields';

describe('docs/settings.md', () => {
  it('holds the table the schema generates (npx tsx scripts/settings-docs.ts)', async () => {
    const committed = await readFile(SETTINGS_DOC, 'utf8');
    const generated = await renderSettingsDoc(committed);
    expect(committed === generated, 'docs/settings.md is stale: run npx tsx scripts/settings-docs.ts').toBe(true);
  });

  it('has a row for every setting, with its label and after-restart mark', () => {
    const tables = settingsTables();
    for (const leaf of leavesOf(settingsSchema)) expect(tables, leaf.path).toContain(`| \`${leaf.path}\` |`);
    expect(tables).toMatch(/\| `api\.port` \| `8787` \| \*\*TCP port\*\*: .* \*\*Applies after a restart\.\*\* \|/);
    expect(tables).not.toMatch(/\| `monitor\.intervalSec` \|.*restart/);
  });
});
