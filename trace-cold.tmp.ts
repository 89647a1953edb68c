import path from 'node:path';
import { startApiRunner } from './tests/helpers/api-runner';
import { launchChromium, signInContext } from './tests/helpers/dashboard';
import { startWorld } from './tests/helpers/world';

const world = await startWorld();
const runner = await startApiRunner({ world, built: path.resolve('out/headless/index.js') });
const browser = await launchChromium();
const hash = process.argv[2] ?? '';
try {
  for (let i = 0; i < 4; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signInContext(context, runner.url, runner.token);
    const page = await context.newPage();
    await page.goto(`${runner.url}/${hash}`);
    await page.waitForFunction(() => performance.getEntriesByName('ipwatch:dashboard-usable')[0]?.startTime, undefined, { timeout: 15000 }).catch(() => null);
    await page.waitForTimeout(300);
    const out = await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map(
        (e) => new URL(e.name).pathname + new URL(e.name).search + ' ' + Math.round(e.startTime) + '->' + Math.round(e.responseEnd) + ' (' + e.transferSize + 'B)');
      const paints = performance.getEntriesByType('paint').map((p) => p.name + ' ' + Math.round(p.startTime));
      const marks = performance.getEntriesByType('mark').map((p) => p.name + ' ' + Math.round(p.startTime));
      return { nav: 'req ' + Math.round(nav.requestStart) + ' resp ' + Math.round(nav.responseStart) + '-' + Math.round(nav.responseEnd) + ' domInteractive ' + Math.round(nav.domInteractive) + ' DCL ' + Math.round(nav.domContentLoadedEventEnd), res, paints, marks };
    })()`);
    console.log(JSON.stringify(out, null, 1));
    await context.close();
  }
} finally {
  await browser.close();
  await runner.stop();
  await world.close();
}
