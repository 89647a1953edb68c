/** A stand-in for the built renderer (out/renderer): what the dashboard's static files look like. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A folder with index.html (title "IPWatch") and assets/app.js; the caller removes it. */
export function standInWebDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><title>IPWatch</title><script src="/assets/app.js"></script>',
  );
  writeFileSync(path.join(dir, 'assets/app.js'), 'console.log("dashboard")');
  return dir;
}
