/**
 * `npm run bench [-- name...] [-- --check]`: runs the benchmark suites and prints one JSON
 * object on stdout. Each suite's default export resolves to its figures and `checks`: every
 * figure with a target (bench/check.ts). The checks are printed with pass or MISS on stderr
 * as each suite ends and again as a summary at the end; with `--check`, a miss exits 1.
 */
import { type Check, formatChecks } from './check';
import { type BenchArgs, parseArgs, verdict } from './cli';

/** A suite's figures; `checks` is read at run time, and a suite without any fails `--check`. */
type Suite = (args: BenchArgs) => Promise<Record<string, unknown>>;

const SUITES: Record<string, () => Promise<{ default: Suite }>> = {
  engine: () => import('./engine'),
  store: () => import('./store'),
  notify: () => import('./notify'),
  runner: () => import('./runner'),
  bot: () => import('./bot'),
  api: () => import('./api'),
  ui: () => import('./ui'),
  'upnp-xml': () => import('./upnp-xml'),
  map: () => import('./map'),
  identity: () => import('./identity'),
  ddns: () => import('./ddns'),
  fleet: () => import('./fleet'),
  'fleet-scale': () => import('./fleet-scale'),
  // The router lab (root, ip netns, miniupnpd): bench/lab/, bench/README.md.
  'lab-router': () => import('./lab/router-change'),
  'lab-iface': () => import('./lab/iface-change'),
  'lab-cpu': () => import('./lab/cpu-hour'),
};

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), Object.keys(SUITES));
  const result: Record<string, unknown> = { node: process.version, platform: `${process.platform}-${process.arch}` };
  const checks = new Map<string, Check[]>();
  for (const name of args.names) {
    const figures = await (await SUITES[name]!()).default(args);
    const suiteChecks = Array.isArray(figures.checks) ? (figures.checks as Check[]) : [];
    checks.set(name, suiteChecks);
    process.stderr.write(`${formatChecks(name, suiteChecks)}\n`);
    result[name] = figures;
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const { code, text } = verdict(checks, args.check);
  process.stderr.write(`\n${text}\n`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
