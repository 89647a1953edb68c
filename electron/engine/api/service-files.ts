/**
 * The contract's file operations on the running instance's store: export, backup, restore
 * and import. Uploaded files go to a private temporary folder for the store to read and are
 * always removed; a bad file changes nothing (the store validates before it merges).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { type ApiHandlers, type CallContext, ApiError } from '../../../shared/contract';
import { FOREIGN_SCHEMA_CODE } from '../../../shared/contract/error-codes';
import type { Reason } from '../../../shared/reason';
import type { Clock } from '../clock';
import { reason } from '../reason';
import type { HistoryService } from '../services';
import { ForeignSchemaError } from '../store/schema-check';

type FileHandlers = Pick<ApiHandlers, 'exportHistory' | 'backup' | 'restore' | 'importHistory'>;

export interface FileHandlerDeps {
  history: HistoryService;
  backupsDir: string | null;
  clock: Clock;
  /** A row in the audit log; a `Reason` detail is kept as a code, its English the detail. */
  audit: (ctx: CallContext, action: string, result: string, detail?: string | Reason | null) => void;
}

/** The file held schema objects the product does not make (store/schema-check.ts), through the store's wrapping. */
function foreignSchema(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) if (e instanceof ForeignSchemaError) return true;
  return false;
}

/** A file sent for a restore or an import, as its audit row names it: "upload" without a name. */
const fileOf = (name: string | undefined) =>
  name === undefined ? { upload: 'yes', name: '' } : { upload: 'no', name };

const MIME = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
const stamp = (at: number) => new Date(at).toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** Writes `bytes` to a fresh private temporary folder, runs `fn` on the file, always removes it. */
async function withUpload<T>(name: string | undefined, bytes: Buffer, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-upload-'));
  // Keep only a safe base name: the extension helps format detection, a path must not escape.
  const base = path.basename(name ?? 'upload').replace(/[^\w.-]/g, '_') || 'upload';
  const file = path.join(dir, base);
  try {
    await writeFile(file, bytes, { mode: 0o600 });
    return await fn(file);
  } catch (err) {
    // The store names the file it read; the caller knows it by its own name, not our temporary path.
    if (err instanceof Error) err.message = err.message.split(file).join(base);
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const { history, clock, audit } = deps;
  return {
    async exportHistory({ format }) {
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write(chunk: Buffer | string, _enc, done) {
          chunks.push(Buffer.from(chunk));
          done();
        },
      });
      await history.exportTo(sink, format);
      return {
        filename: `ipwatch-history-${stamp(clock.now())}.${format}`,
        mime: MIME[format],
        body: Buffer.concat(chunks).toString('utf8'),
      };
    },
    async backup(_input, ctx) {
      if (!deps.backupsDir) throw new ApiError(409, 'this history is not kept on disk, so there is nothing to back up');
      const file = path.join(deps.backupsDir, `manual-${stamp(clock.now())}.sqlite`);
      // The folder is made by the day's first save: a backup asked before it has none yet.
      await mkdir(deps.backupsDir, { recursive: true });
      const { bytes } = await history.backupTo(file);
      audit(ctx, 'history.backup', 'written', file);
      return { path: file, bytes };
    },
    async restore({ content, name }, ctx) {
      try {
        const r = await withUpload(name, Buffer.from(content, 'base64'), (file) => history.restoreFrom(file));
        audit(
          ctx,
          'history.restore',
          'applied',
          reason('reason.audit.restored', { ...fileOf(name), kept: r.keptAs ?? '-' }),
        );
        return r;
      } catch (err) {
        audit(ctx, 'history.restore', 'rejected', `${name ?? 'upload'}: ${String(err)}`);
        // A file with planted schema objects has a code of its own: the page says it in its own words.
        throw new ApiError(
          422,
          `cannot restore ${name ?? 'this file'}: ${err instanceof Error ? err.message : String(err)}`,
          foreignSchema(err) ? FOREIGN_SCHEMA_CODE : undefined,
        );
      }
    },
    async importHistory({ content, encoding, name, format, tz }, ctx) {
      try {
        const r = await withUpload(name, Buffer.from(content, encoding), (file) =>
          history.importFile(file, format, tz === undefined ? {} : { tz }),
        );
        const values = { ...fileOf(name), format: r.format, count: r.runs.added ?? 0 };
        audit(ctx, 'history.import', 'applied', reason('reason.audit.imported', values));
        return r;
      } catch (err) {
        audit(ctx, 'history.import', 'rejected', `${name ?? 'upload'}: ${String(err)}`);
        if (history.isFileError(err)) throw new ApiError(422, `cannot import ${name ?? 'this file'}: ${err.message}`);
        throw err;
      }
    },
  };
}
