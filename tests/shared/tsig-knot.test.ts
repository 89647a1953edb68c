/**
 * The Knot key lines the DDNS form shows beside a generated TSIG secret are what Knot itself
 * makes and takes: the same text as `keymgr -t` prints for that name and secret, and a knot.conf
 * of them passes `knotc conf-check`. Needs Debian's knot (skipped without it, named at the end).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { newTsigSecret, tsigKeyLines } from '../../renderer/src/settings/ddns/tsig';
import { peer } from '../helpers/peers';

const knot = peer('knot', { packages: ['knot'], commands: ['keymgr', 'knotc'] });
const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tsig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(knot.skip)("the TSIG key lines in Knot's own words", () => {
  it('match what keymgr -t prints for the same name, apart from the secret', () => {
    const printed = execFileSync(knot.path('keymgr'), ['-t', 'home-key', 'hmac-sha256'], { encoding: 'utf8' }).trim();
    const secret = /secret: (\S+)/.exec(printed)?.[1];
    expect(secret).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(tsigKeyLines('home-key', secret!).knot).toBe(printed);
  });

  it('make a knot.conf that Knot accepts, with a secret made on the page', () => {
    const file = path.join(dir, 'knot.conf');
    writeFileSync(file, `${tsigKeyLines('home-key', newTsigSecret()).knot}\n`);
    expect(execFileSync(knot.path('knotc'), ['-c', file, 'conf-check'], { encoding: 'utf8' })).toMatch(/valid/i);
  });
});
