/** What an import is asked for and what it answers. */
import type { TimeReport } from './times';

export type { TimeReport };

export type ImportFormat = 'ipwatch' | 'seed' | 'ddns-updater';

export interface ImportOptions {
  /** IANA zone for times written without one (the seed bot's); default: this machine's zone. */
  tz?: string;
}

export interface ImportResult {
  format: ImportFormat;
  /**
   * `grown`: stored runs the file extended; `setAside`: runs of the file that the stored history
   * contradicts (it wins), `trimmed`: runs of which only the part it does not contradict was kept.
   */
  runs: { added: number; grown: number; skipped: number; setAside: number; trimmed: number };
  /** `setAside`: changes that the merged history does not show (the stored record wins). */
  changes: { added: number; skipped: number; setAside: number };
  outages: { added: number; skipped: number };
  sessions: { added: number; skipped: number };
  /** How the file's times became UTC, and how many rows each rule read (not for IPWatch's own export). */
  times?: TimeReport;
}
