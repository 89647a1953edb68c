/**
 * Where the built dashboard is: IPWATCH_WEB_DIR, else `out/renderer` of the build the runner
 * belongs to: beside the bundle (out/headless/index.js) or, run from source
 * (electron/headless.ts), under the repository root. Never the renderer's source folder,
 * whose index.html only works through vite.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function findWebDir(runnerDir: string, env: NodeJS.ProcessEnv): string | null {
  if (env.IPWATCH_WEB_DIR) return path.resolve(env.IPWATCH_WEB_DIR);
  const candidates = [path.join(runnerDir, '../renderer'), path.join(runnerDir, '../out/renderer')].filter(
    (d) => path.basename(path.dirname(d)) === 'out',
  );
  return candidates.find((d) => existsSync(path.join(d, 'index.html'))) ?? null;
}
