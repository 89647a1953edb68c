/** Backup, restore and import: each goes through the running engine, so monitoring keeps every row. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { Translator } from '../../../shared/i18n/translator';
import { errorInWords } from '../../../shared/words/error';
import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import { useChangeBlocked } from '../api/may-change';
import type { ImportFormat, ImportResult } from '../api/types';
import { formatBytes } from '../format';
import { useTranslator } from '../i18n/I18n';

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

export function importSummary(r: ImportResult, words: Translator): string {
  return words.t('settings.data.imported', {
    format: r.format,
    runs: r.runs.added ?? 0,
    grown: r.runs.grown ?? 0,
    skipped: r.runs.skipped ?? 0,
    changes: r.changes.added ?? 0,
    outages: r.outages.added ?? 0,
  });
}

export function DataPanel() {
  const { client } = useEngine();
  const queries = useQueryClient();
  const [importFile, setImportFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'' | ImportFormat>('');
  const [restoreFile, setRestoreFile] = useState<File | null>(null);
  const refresh = () => void queries.invalidateQueries();
  const words = useTranslator();
  const t = useIntl().formatMessage;
  const failed = (error: Error) => errorInWords(apiErrorWords(error, words), words);
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
          {t({ id: 'settings.data.backUp' })}
        </button>
        <span role="status" className="small">
          {backup.data &&
            t(
              { id: 'settings.data.backedUp' },
              { size: formatBytes(backup.data.bytes, words), path: backup.data.path },
            )}
          {backup.error && t({ id: 'settings.data.backupFailed' }, { error: failed(backup.error) })}
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
          {t({ id: 'settings.data.importFile' })}
          <input
            type="file"
            accept=".json,.csv,.sqlite,.db"
            onChange={(e) => setImportFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t({ id: 'settings.data.format' })}
          <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
            <option value="">{t({ id: 'settings.data.detect' })}</option>
            <option value="ipwatch">{t({ id: 'settings.data.ipwatchExport' })}</option>
            <option value="seed">{t({ id: 'settings.data.seedBot' })}</option>
            <option value="ddns-updater">ddns-updater</option>
          </select>
        </label>
        <button type="submit" disabled={!importFile || importer.isPending}>
          {t({ id: importer.isPending ? 'settings.data.importing' : 'settings.data.import' })}
        </button>
        <span role="status" className="small">
          {importer.data && importSummary(importer.data, words)}
          {importer.error && t({ id: 'settings.data.importFailed' }, { error: failed(importer.error) })}
        </span>
      </form>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (restoreFile && window.confirm(t({ id: 'settings.data.confirmRestore' }))) restorer.mutate(restoreFile);
        }}
      >
        <label>
          {t({ id: 'settings.data.restoreFile' })}
          <input type="file" accept=".sqlite,.db,.enc" onChange={(e) => setRestoreFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!restoreFile || restorer.isPending}>
          {t({ id: 'settings.data.restore' })}
        </button>
        <span role="status" className="small">
          {restorer.data &&
            (restorer.data.keptAs
              ? t({ id: 'settings.data.restoredKept' }, { path: restorer.data.keptAs })
              : t({ id: 'settings.data.restored' }))}
          {restorer.error && t({ id: 'settings.data.restoreFailed' }, { error: failed(restorer.error) })}
        </span>
      </form>
    </fieldset>
  );
}
