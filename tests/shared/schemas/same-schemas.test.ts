/**
 * Every zod schema the product exports reads the same as it was recorded (issue 61: the move to
 * zod/mini must change no JSON Schema, no parse and no word). The record was written from the
 * classic-zod code (`IPWATCH_RECORD_SCHEMAS=1 npx vitest run tests/shared/schemas`), one file per
 * module in tests/fixtures/schemas; see tests/helpers/schema-record.ts for the corpus.
 */
/// <reference types="vite/client" />
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { compareWithRecord, schemasOf } from '../../helpers/schema-record';
import { CONTRACT_SEEDS } from './seeds-contract';
import { SETTINGS_SEEDS } from './seeds-settings';

const SEEDS = { ...SETTINGS_SEEDS, ...CONTRACT_SEEDS };

const MODULES = import.meta.glob<Record<string, unknown>>([
  '../../../shared/*.ts',
  '../../../shared/settings/*.ts',
  '../../../shared/contract/*.ts',
  '../../../electron/engine/api/**/*.ts',
  '../../../electron/engine/bot/commands/*.ts',
  '../../../electron/engine/notify/channels/*.ts',
  '../../../electron/engine/identity/*.ts',
  '../../../electron/engine/history-import/*.ts',
  '../../../renderer/src/settings/**/*.ts',
]);
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'schemas');

const modules = Object.keys(MODULES)
  .map((path) => ({ path, name: path.replace(/^(\.\.\/)+/, '').replace(/\.ts$/, '') }))
  .sort((a, b) => a.name.localeCompare(b.name));

describe('every exported zod schema reads as recorded', () => {
  it.each(modules)('$name', async ({ path, name }) => {
    const schemas = schemasOf(await MODULES[path]!());
    if (!Object.keys(schemas).length) return;
    const file = join(FIXTURES, `${name.replaceAll('/', '__')}.json`);
    expect(compareWithRecord(file, schemas, SEEDS)).toEqual([]);
  });
});
