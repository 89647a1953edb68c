/** Where the built dashboard is: IPWATCH_WEB_DIR, else out/renderer beside the runner (built or run from source). */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function findWebDir(runnerDir: string, env: NodeJS.ProcessEnv): string | null {
  if (env.IPWATCH_WEB_DIR) return path.resolve(env.IPWATCH_WEB_DIR);
  // out/headless/index.js -> out/renderer; electron/headless.ts (tsx) -> out/renderer at the root.
  const candidates = [path.join(runnerDir, '../renderer'), path.join(runnerDir, '../out/renderer')];
  return candidates.find((d) => existsSync(path.join(d, 'index.html'))) ?? null;
}
