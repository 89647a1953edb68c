/** The bench runner's pure decisions: which suites, whether to check, and the verdict. */
import { type Check, formatChecks } from './check';

const FLAGS = ['--check'];

export interface BenchArgs {
  names: string[];
  check: boolean;
}

/** Suite names and flags; an unknown one is an error before anything runs (a typo must not pass). */
export function parseArgs(argv: readonly string[], suites: readonly string[]): BenchArgs {
  const flags = argv.filter((a) => a.startsWith('-'));
  const unknownFlag = flags.find((f) => !FLAGS.includes(f));
  if (unknownFlag) throw new Error(`unknown option "${unknownFlag}" (have: ${FLAGS.join(', ')})`);
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.find((n) => !suites.includes(n));
  if (unknown) throw new Error(`unknown suite "${unknown}" (have: ${suites.join(', ')})`);
  return { names: wanted.length ? [...new Set(wanted)] : [...suites], check: flags.includes('--check') };
}

/**
 * The summary printed after the JSON, and the exit code: 1 under `--check` when any check
 * missed, or when a suite that ran reported no checks at all (nothing compared is no pass).
 */
export function verdict(
  bySuite: ReadonlyMap<string, readonly Check[]>,
  check: boolean,
): { code: number; text: string } {
  const all = [...bySuite.values()].flat();
  const missed = all.filter((c) => !c.pass).length;
  const empty = [...bySuite].filter(([, cs]) => !cs.length).map(([name]) => name);
  const lines = [...bySuite].filter(([, cs]) => cs.length).map(([name, cs]) => formatChecks(name, cs));
  if (empty.length) lines.push(`MISS  no checks from: ${empty.join(', ')}`);
  const head = `bench summary: ${all.length - missed} of ${all.length} checks pass${missed ? `, ${missed} MISS` : ''}`;
  return { code: check && (missed > 0 || empty.length > 0) ? 1 : 0, text: [head, ...lines].join('\n') };
}
