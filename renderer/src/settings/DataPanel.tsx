/** Backup, restore and import: each goes through the running engine, so monitoring keeps every row. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { errorInWords } from '../../../shared/words/error';
import { useEngine } from '../api/engine';
import { useChangeBlocked } from '../api/may-change';
import type { ImportFormat, ImportResult } from '../api/types';
import { formatBytes } from '../format';

export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A picked file as the import takes it: text as it is, a database file (the seed bot's) as base64. */
export async function importContent(file: File): Promise<{ content: string; encoding: 'utf8' | 'base64' }> {
  return /\.(sqlite|sqlite3|db)$/i.test(file.name)
    ? { content: await base64Of(file), encoding: 'base64' }
    : { content: await file.text(), encoding: 'utf8' };
}

export function importSummary(r: ImportResult): string {
  return (
    `Imported (${r.format}): ${r.runs.added} runs added, ${r.runs.grown} extended, ${r.runs.skipped} already there; ` +
    `${r.changes.added} changes, ${r.outages.added} outages added.`
  );
}

export function DataPanel() {
  const { client } = useEngine();
  const queries = useQueryClient();
  const [importFile, setImportFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'' | ImportFormat>('');
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const refresh = () => void queries.invalidateQueries();
  // Each of the three writes (issue 50): off for a viewer, with the reason as the panel's first line.
  const blocked = useChangeBlocked();
  const backup = useMutation({ mutationFn: () => client.backup() });
  const importer = useMutation({
    mutationFn: async (f: File) =>
      client.importHistory({ ...(await importContent(f)), name: f.name, ...(format ? { format } : {}) }),
    onSuccess: refresh,
  });
  const restorer = useMutation({
    mutationFn: async (f: File) => client.restore({ content: await base64Of(f), name: f.name }),
    onSuccess: refresh,
  });
  return (
    <fieldset className="stack read-only-form" disabled={blocked !== null}>
      {blocked && (
        <p role="note" className="muted small">
          {blocked}
        </p>
      )}
      <div className="controls">
        <button type="button" onClick={() => backup.mutate()} disabled={backup.isPending}>
          Back up history now
        </button>
        <span role="status" className="small">
          {backup.data && `Saved ${formatBytes(backup.data.bytes)} to ${backup.data.path}`}
          {backup.error && `Backup failed: ${errorInWords(backup.error.message)}`}
        </span>
      </div>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (importFile) importer.mutate(importFile);
        }}
      >
        <label>
          File to import
          <input
            type="file"
            accept=".json,.csv,.sqlite,.db"
            onChange={(e) => setImportFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
            <option value="">Detect</option>
            <option value="ipwatch">IPWatch export</option>
            <option value="seed">Seed bot</option>
            <option value="ddns-updater">ddns-updater</option>
          </select>
        </label>
        <button type="submit" disabled={!importFile || importer.isPending}>
          {importer.isPending ? 'Importing…' : 'Import'}
        </button>
        <span role="status" className="small">
          {importer.data && importSummary(importer.data)}
          {importer.error && `Import failed, nothing changed: ${errorInWords(importer.error.message)}`}
        </span>
      </form>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (
            restoreFile &&
            window.confirm('Replace the whole history with this backup? The current one is kept in backups.')
          )
            restorer.mutate(restoreFile);
        }}
      >
        <label>
          Backup to restore
          <input type="file" accept=".sqlite,.db,.enc" onChange={(e) => setRestoreFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!restoreFile || restorer.isPending}>
          Restore
        </button>
        <span role="status" className="small">
          {restorer.data &&
            `Restored${restorer.data.keptAs ? `; the previous history is kept as ${restorer.data.keptAs}` : ''}.`}
          {restorer.error && `Restore failed, nothing changed: ${errorInWords(restorer.error.message)}`}
        </span>
      </form>
    </fieldset>
  );
}
