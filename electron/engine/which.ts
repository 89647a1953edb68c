/** Finding a program the way a shell would: the first executable of that name in PATH. */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The program's path, or null when no folder of the PATH holds an executable of that name. */
export function findInPath(command: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}
