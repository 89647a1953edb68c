/**
 * The online enrichment's answers, one per address, kept so that no address is ever asked twice:
 * in memory, and saved through `CacheFile` (the host keeps it as DATA_DIR/identity/online.json,
 * written atomically). An answer that knew nothing is kept too. A file that cannot be read is
 * never a reason to stop: it is set aside (kept under another name), the cache starts empty and
 * says why (`loadProblem`, which the identity part logs).
 */
import ipaddr from 'ipaddr.js';
import * as z from 'zod/mini';

import { IDENTITY_PROVIDERS, type IdentityProviderChoice } from '../../../shared/settings/identity';
import type { OnlineIdentity } from './merge';

/** Far more addresses than a line sees in years; the oldest answers go first past it. */
export const CACHE_LIMIT = 10_000;

type OnlineProvider = Exclude<IdentityProviderChoice, 'off'>;
/** The providers that answer online: every choice but `off`. */
const ONLINE_PROVIDERS = IDENTITY_PROVIDERS.filter((p): p is OnlineProvider => p !== 'off') as [
  OnlineProvider,
  ...OnlineProvider[],
];

const entrySchema = z.object({
  asn: z.nullable(z.number().check(z.int(), z.positive())),
  org: z.nullable(z.string()),
  country: z.nullable(z.string()),
  provider: z.enum(ONLINE_PROVIDERS),
  at: z.number(),
});
export type CacheEntry = z.infer<typeof entrySchema>;
const fileSchema = z.object({ version: z.literal(1), answers: z.record(z.string(), entrySchema) });

export interface CacheFile {
  /** The saved text; null when there is none yet. Throws when it cannot be read. */
  load(): string | null;
  save(text: string): Promise<void>;
  /** Keeps a file that could not be read under another name, so the next save does not overwrite it; returns that name. */
  setAside?(): string | null;
}

/** The key of an address: its canonical text, so `2001:DB8::1` and `2001:db8:0::1` are one. */
export function addressId(ip: string): string | null {
  return ipaddr.isValid(ip) ? ipaddr.process(ip).toString() : null;
}

export class OnlineCache {
  private readonly answers = new Map<string, CacheEntry>();
  private saving: Promise<void> = Promise.resolve();
  /** Answers set so far, and how many of them the file holds. */
  private changes = 0;
  private savedChanges = 0;
  /** Why the saved answers could not be read, or null. */
  loadProblem: string | null = null;

  constructor(private readonly file: CacheFile | null) {
    if (file) this.load(file);
  }

  get(ip: string): OnlineIdentity | null {
    const id = addressId(ip);
    return (id && this.answers.get(id)) || null;
  }

  has(ip: string): boolean {
    const id = addressId(ip);
    return id !== null && this.answers.has(id);
  }

  get size(): number {
    return this.answers.size;
  }

  /** Keeps an answer and saves the cache; resolves once saved, rejects when the save failed (the answer is kept in memory). */
  set(ip: string, entry: CacheEntry): Promise<void> {
    const id = addressId(ip);
    if (!id) return Promise.resolve();
    this.answers.delete(id);
    this.answers.set(id, entry);
    while (this.answers.size > CACHE_LIMIT) this.answers.delete(this.answers.keys().next().value ?? '');
    this.changes += 1;
    const file = this.file;
    if (!file) return Promise.resolve();
    // In order: a slow save never overwrites a later one, and a failed one does not stop the next.
    // The text is made when the save runs, of the answers then, so saves waiting in line hold no
    // copy of their own (up to CACHE_LIMIT answers, about 1 MB each), and one that finds an earlier
    // save already wrote everything writes nothing.
    const saved = this.saving.then(async () => {
      const changes = this.changes;
      if (changes === this.savedChanges) return;
      await file.save(`${JSON.stringify({ version: 1, answers: Object.fromEntries(this.answers) })}\n`);
      this.savedChanges = changes;
    });
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  /** Resolves once every save asked so far is done. */
  flush(): Promise<void> {
    return this.saving;
  }

  private load(file: CacheFile): void {
    try {
      const text = file.load();
      if (text === null) return;
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'not an answers file');
      for (const [ip, entry] of Object.entries(parsed.data.answers)) {
        const id = addressId(ip);
        if (id) this.answers.set(id, entry);
      }
    } catch (err) {
      const kept = file.setAside?.() ?? null;
      this.loadProblem = `${err instanceof Error ? err.message : String(err)}${kept ? ` (kept as ${kept})` : ''}`;
    }
  }
}
