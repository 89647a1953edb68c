/**
 * Preload: the renderer's only door to the main process. The shared api contract arrives
 * later; until then it exposes the app version and nothing else.
 */
import { contextBridge } from 'electron';

import { version } from '../package.json';

contextBridge.exposeInMainWorld('ipwatch', Object.freeze({ version }));
