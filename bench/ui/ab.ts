/**
 * Two builds of the dashboard side by side (issue 75): each `out` folder (its headless/index.js
 * and renderer/, as `npm run build` and `npm run build:headless` leave them) served by its own
 * built runner on one local world, cold loads taken in turn A, B, A, B... in one chromium, so the
 * machine's load falls on both alike. Prints each build's usable and drawn medians (dashboard.ts)
 * and the ratio B/A.
 *
 *   npx tsx bench/ui/ab.ts /tmp/before/out out [--rounds 15]
 */
import path from 'node:path';

import { startApiRunner } from '../../tests/helpers/api-runner';
import { launchChromium } from '../../tests/helpers/dashboard';
import { startWorld } from '../../tests/helpers/world';
import { coldLoadOnce, median } from './dashboard';

const [a, b] = process.argv.slice(2, 4);
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 15;
if (!a || !b || !Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write('usage: npx tsx bench/ui/ab.ts OUT_A OUT_B [--rounds N]\n');
  process.exit(2);
}

const browser = await launchChromium();
const world = await startWorld();
const builds = [a, b].map((out) => ({ out, usable: [] as number[], drawn: [] as number[] }));
try {
  const runners = await Promise.all(
    builds.map((x) => startApiRunner({ world, built: path.resolve(x.out, 'headless/index.js') })),
  );
  try {
    // One discarded warm-up each (the browser's own first-use costs), then the rounds.
    for (const r of runners) await coldLoadOnce(browser, r.url, r.token);
    for (let i = 0; i < rounds; i++)
      for (const [k, x] of builds.entries()) {
        const { usableMs, drawnMs } = await coldLoadOnce(browser, runners[k]!.url, runners[k]!.token);
        x.usable.push(usableMs);
        x.drawn.push(drawnMs);
      }
  } finally {
    await Promise.all(runners.map((r) => r.stop()));
  }
} finally {
  await browser.close();
  await world.close();
}
const [ba, bb] = builds as [(typeof builds)[0], (typeof builds)[0]];
for (const [name, x] of [['A', ba] as const, ['B', bb] as const])
  process.stdout.write(
    `${name} ${x.out}: usable median ${median(x.usable)} ms (${x.usable.join(', ')}); drawn median ${median(x.drawn)} ms (${x.drawn.join(', ')})\n`,
  );
const ratio = (p: number, q: number) => Math.round((q / p) * 1000) / 1000;
process.stdout.write(
  `B/A: usable ${ratio(median(ba.usable), median(bb.usable))}, drawn ${ratio(median(ba.drawn), median(bb.drawn))} (${rounds} rounds)\n`,
);
