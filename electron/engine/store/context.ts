/** What the store's parts share. `db` is read through the context each time because restore replaces it. */
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Identify } from './identities';
import type { DirtyKind } from './saver';
import type { Database } from './sqlite';
import type { Statements } from './statements';

export interface StoreContext {
  readonly db: Database;
  /** Statements kept prepared on `db`, for what runs at every save. */
  readonly stmts: Statements;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Records that a write happened and when it must reach the disk. */
  dirty(kind: DirtyKind): void;
  /** The network identity of an address, for the runs; absent on a read-only store. */
  readonly identify?: Identify;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
