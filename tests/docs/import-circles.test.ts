/**
 * No file of the app imports itself back through others: electron/, renderer/src/ and shared/
 * read as one graph, type-only imports included (a circle of types still ties the files' order
 * and their bundles). A module two others share goes below both, in its own file
 * (renderer/src/settings/path-label.ts, form-ctx.ts, shared/contract/schema.ts).
 */
import path from 'node:path';

import { expect, it } from 'vitest';

import { importCircles, sourcesOf } from '../helpers/import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');

it('electron/, renderer/src/ and shared/ have no import circle', () => {
  const files = ['electron', 'renderer/src', 'shared'].flatMap((dir) => sourcesOf(path.join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(500);
  expect(importCircles(files, ROOT)).toEqual([]);
});
