/**
 * Run inside the lab's host namespace (tests/helpers/path-lab.ts): one trace by the real tracer
 * (electron/engine/path/trace.ts) over the real offline lookup, its outcome printed as JSON.
 * argv: the target, then the tool to prefer ('tracepath' or 'traceroute': the other is hidden
 * from PATH by giving a PATH that holds only the wanted one's folder).
 */
import { createIdentityLookup } from '../../../../electron/engine/identity';
import { createPathTracer } from '../../../../electron/engine/path';

const [target = '', dir = '/usr/bin'] = process.argv.slice(2);
const lookup = createIdentityLookup();
const tracer = createPathTracer({
  env: { PATH: dir },
  identify: (ip) => lookup.lookup(ip),
  now: () => Date.now(),
  timeoutMs: 20_000,
});
const outcome = await tracer.trace(target, 'change', AbortSignal.timeout(30_000));
lookup.close();
process.stdout.write(JSON.stringify(outcome));
