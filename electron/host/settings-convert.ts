/**
 * `ipwatch settings convert`: a settings file turned into the other format, in the data folder.
 * settings.json becomes settings.yaml (with a short header and each top-level section's
 * description from the schema as a comment above it), settings.yaml becomes settings.json; a
 * profile's settings.NAME.* the same. The source must read as valid settings; an existing target
 * is replaced only when asked (`force`); the source is then kept as a backup beside it
 * (SOURCE.bak, or SOURCE.bak.2 and on), so exactly one of the two is in force afterwards. Written
 * through the house's one writer, readable by its owner only. A runner already running keeps the
 * file it started with until it restarts (settings-source.ts decides at start).
 */
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';

import { Document, isMap, isScalar } from 'yaml';

import { english } from '../../shared/i18n/translators';
import { parseSettings, settingsSchema } from '../../shared/settings';
import { fieldMeta, shapeOf } from '../../shared/settings/schema-fields';
import { createFileAtomic } from '../engine/store/atomic-file';
import { docText, type Raw, readSettingsDoc, type SettingsFormat } from './settings-doc';
import { inTurn, writeSettingsText } from './settings-write';

export interface ConvertRequest {
  dataDir: string;
  /** The format to write; the source is the same file in the other. */
  to: SettingsFormat;
  /** A profile's files instead of the base's. */
  profile: string | null;
  force: boolean;
}

export type ConvertOutcome =
  { ok: true; source: string; target: string; backup: string } | { ok: false; error: string };

export async function convertSettings(r: ConvertRequest): Promise<ConvertOutcome> {
  const stem = r.profile === null ? 'settings' : `settings.${r.profile}`;
  const from: SettingsFormat = r.to === 'yaml' ? 'json' : 'yaml';
  const source = path.join(r.dataDir, `${stem}.${from}`);
  const target = path.join(r.dataDir, `${stem}.${r.to}`);
  if (!existsSync(source)) return { ok: false, error: english.t('settingsFile.convertNoSource', { source }) };
  if (existsSync(target) && !r.force) return { ok: false, error: english.t('settingsFile.convertExists', { target }) };
  return inTurn(source, async () => {
    const read = readSettingsDoc(await readFile(source, 'utf8'), source);
    const checked = read.ok ? parseSettings(read.doc.raw) : read;
    if (!read.ok || !checked.ok) {
      const errors = (read.ok ? (checked as { errors: string[] }).errors : read.errors).join('; ');
      return { ok: false, error: english.t('settingsFile.convertInvalid', { source, errors }) };
    }
    const text =
      r.to === 'yaml' ? commentedYaml(read.doc.raw) : docText({ format: 'json', doc: new Document(read.doc.raw) });
    await inTurn(target, () => writeSettingsText(target, text));
    const backup = await keepAsBackup(source);
    return { ok: true, source, target, backup };
  });
}

/** The settings as YAML: a header, and above each top-level section the schema's description of it. */
export function commentedYaml(raw: Raw): string {
  const doc = new Document(raw);
  doc.commentBefore = ` ${english.t('settingsFile.yamlHeader')}`;
  const shape = shapeOf(settingsSchema);
  const help = new Map(shape.kind === 'object' ? shape.fields.map(([key, s]) => [key, fieldMeta(s)] as const) : []);
  if (isMap(doc.contents))
    for (const [i, pair] of doc.contents.items.entries()) {
      const meta = isScalar(pair.key) ? help.get(String(pair.key.value)) : undefined;
      if (!meta?.label || !isScalar(pair.key)) continue;
      pair.key.commentBefore = ` ${meta.label}${meta.help ? `: ${meta.help}` : ''}`;
      // A blank line between sections; the header already has one after it.
      pair.key.spaceBefore = i > 0;
    }
  return doc.toString({ lineWidth: 0 });
}

/** Moves `file` aside to FILE.bak (FILE.bak.2 and on when taken); returns where it went. */
async function keepAsBackup(file: string): Promise<string> {
  for (let k = 1; k <= 100; k++) {
    const backup = k === 1 ? `${file}.bak` : `${file}.bak.${k}`;
    // Claim the name first, so no backup made before is ever replaced.
    if (!(await createFileAtomic(backup, new Uint8Array()))) continue;
    await rename(file, backup);
    return backup;
  }
  throw new Error(`no free name for a backup of ${file}`);
}
