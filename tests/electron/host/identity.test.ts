/**
 * A data folder's online identity answers (identity.ts) on real files: kept in
 * DATA_DIR/identity/online.json, owner-only in an owner-only folder, read back by the next
 * process; a file that cannot be read is set aside under another name (never overwritten), the
 * answers start empty, and why is said in words.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { IDENTITY_FOLDER, identityServiceFor, ONLINE_ANSWERS_FILE } from '../../../electron/host/identity';

const IP = '203.0.113.7';
const ANSWER = { asn: 64500, org: 'Example Net', country: 'NL', provider: 'ipinfo' as const, at: 1_700_000_000_000 };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-identity-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const folder = () => path.join(dir, IDENTITY_FOLDER);
const answersFile = () => path.join(folder(), ONLINE_ANSWERS_FILE);

describe('identityServiceFor', () => {
  it('keeps an answer in an owner-only file that the next process reads back', async () => {
    const first = identityServiceFor(dir);
    expect(first.cache.loadProblem).toBeNull();
    expect(first.cache.get(IP)).toBeNull();
    await first.cache.set(IP, ANSWER);
    first.close();
    expect((await stat(folder())).mode & 0o777).toBe(0o700);
    expect((await stat(answersFile())).mode & 0o777).toBe(0o600);
    const next = identityServiceFor(dir);
    expect(next.cache.loadProblem).toBeNull();
    expect(next.cache.get(IP)).toMatchObject({ asn: 64500, org: 'Example Net', country: 'NL' });
    next.close();
  });

  it('sets a damaged file aside, says why, starts empty, and never overwrites the damaged bytes', async () => {
    await mkdir(folder(), { recursive: true });
    await writeFile(answersFile(), '{"version":1,"answers":{"203.0.113.7":');
    const service = identityServiceFor(dir);
    expect(service.cache.size).toBe(0);
    expect(service.cache.loadProblem).toMatch(/\(kept as .*online\.json\.unreadable-\d+\)$/);
    await service.cache.set(IP, ANSWER);
    service.close();
    const kept = (await readdir(folder())).filter((f) => f.startsWith(`${ONLINE_ANSWERS_FILE}.unreadable-`));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(folder(), kept[0]!), 'utf8')).toBe('{"version":1,"answers":{"203.0.113.7":');
    expect(JSON.parse(await readFile(answersFile(), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('an answers file that cannot be read at all (a folder in its place) is set aside in words too', async () => {
    await mkdir(answersFile(), { recursive: true });
    const service = identityServiceFor(dir);
    expect(service.cache.loadProblem).toMatch(/EISDIR.*\(kept as /);
    await service.cache.set(IP, ANSWER);
    service.close();
    expect(JSON.parse(await readFile(answersFile(), 'utf8'))).toMatchObject({ version: 1 });
  });
});
