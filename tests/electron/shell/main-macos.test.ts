/**
 * electron/main.ts as on macOS (under the mock, with local sources): a tray-only app with
 * no Dock icon, and template images in the menu bar.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { app, nativeImage, Tray } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
let world: World;
let dataDir: string;

beforeAll(async () => {
  world = await startWorld();
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-mac-'));
  process.env.IPWATCH_DATA_DIR = dataDir;
  await writeFile(
    path.join(dataDir, 'settings.json'),
    JSON.stringify(world.settings({ monitor: { intervalSec: 3600, networkWatch: false } })),
  );
  Object.defineProperty(process, 'platform', { ...realPlatform, value: 'darwin' });
});
afterAll(async () => {
  Object.defineProperty(process, 'platform', realPlatform);
  delete process.env.IPWATCH_DATA_DIR;
  await world.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('electron/main.ts on macOS', () => {
  it('hides the Dock icon and shows template images in the menu bar', async () => {
    await import('../../../electron/main');
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
    app.emit('ready');
    await until(() => vi.mocked(Tray).mock.calls.length === 1, { what: 'the tray', timeoutMs: 10_000 });
    expect(app.dock?.hide).toHaveBeenCalledTimes(1);
    const paths = vi.mocked(nativeImage.createFromPath).mock.calls.map(([p]) => p);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/tray[\\/]mac[\\/]tray-[a-z]+Template\.png$/);
    const image = vi.mocked(nativeImage.createFromPath).mock.results[0]!.value as {
      setTemplateImage: ReturnType<typeof vi.fn>;
    };
    expect(image.setTemplateImage).toHaveBeenCalledWith(true);

    app.emit('before-quit', { preventDefault: () => undefined });
    await until(() => vi.mocked(app.quit).mock.calls.length > 0, { what: 'a clean stop', timeoutMs: 10_000 });
  });
});
