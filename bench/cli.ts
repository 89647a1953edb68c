/** The bench runner's pure decisions: which suites, whether to check, and the verdict. */
import { type Check, formatChecks } from './check';

const FLAGS = ['--check', '--soak-minutes'];

export interface BenchArgs {
  names: string[];
  check: boolean;
  /** `--soak-minutes N` (or `=N`): the runner suite's soak length; absent means its default. */
  soakMinutes?: number;
}

/** Takes `--soak-minutes N` / `--soak-minutes=N` out of argv; a value that is not a positive number is an error. */
function takeSoakMinutes(argv: readonly string[]): { rest: string[]; soakMinutes?: number } {
  const i = argv.findIndex((a) => a === '--soak-minutes' || a.startsWith('--soak-minutes='));
  if (i < 0) return { rest: [...argv] };
  const inline = argv[i]!.includes('=');
  const raw = inline ? argv[i]!.slice(argv[i]!.indexOf('=') + 1) : argv[i + 1];
  const n = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(n) || n <= 0)
    throw new Error(`--soak-minutes needs a number of minutes above 0 (got ${raw ?? 'nothing'})`);
  const rest = argv.filter((_, j) => j !== i && (inline || j !== i + 1));
  return { rest, soakMinutes: n };
}

/** Suite names and flags; an unknown one is an error before anything runs (a typo must not pass). */
export function parseArgs(all: readonly string[], suites: readonly string[]): BenchArgs {
  const { rest: argv, soakMinutes } = takeSoakMinutes(all);
  const flags = argv.filter((a) => a.startsWith('-'));
  const unknownFlag = flags.find((f) => !FLAGS.includes(f));
  if (unknownFlag) throw new Error(`unknown option "${unknownFlag}" (have: ${FLAGS.join(', ')})`);
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const unknown = wanted.find((n) => !suites.includes(n));
  if (unknown) throw new Error(`unknown suite "${unknown}" (have: ${suites.join(', ')})`);
  const names = wanted.length ? [...new Set(wanted)] : [...suites];
  return { names, check: flags.includes('--check'), ...(soakMinutes === undefined ? {} : { soakMinutes }) };
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
