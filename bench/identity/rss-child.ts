/**
 * One arm of the identity bench's memory figure, run as its own process (bench/identity.ts):
 * `idle` loads the lookup's code and nothing else; `open` also opens both families' databases
 * and looks up `count` addresses of each. Prints `{ rssMB }` on stdout once the process has
 * sat idle for a moment, so what a lookup left behind is counted, not what it was doing.
 */
import { createIdentityLookup } from '../../electron/engine/identity/lookup';
import { seededRandom } from '../../tests/helpers/random';
import { randomPublic } from './addresses';

const [mode = 'idle', count = '500', seed = '1'] = process.argv.slice(2);
const lookup = createIdentityLookup();
if (mode === 'open') {
  const random = seededRandom(Number(seed));
  for (let i = 0; i < Number(count); i++)
    for (const family of [4, 6] as const) lookup.lookup(randomPublic(family, random));
}
setTimeout(() => {
  process.stdout.write(`${JSON.stringify({ rssMB: process.memoryUsage().rss / 2 ** 20 })}\n`);
  lookup.close();
}, 2000);
