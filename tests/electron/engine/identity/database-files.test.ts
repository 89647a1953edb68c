/**
 * The identity lookup's files: each family's AS table and country MMDB stay open until close(),
 * which closes every fd (also after the lookup is closed and used again, as a host that switches
 * identity off and on does); a country database that is missing, truncated or not an MMDB is
 * said in words at open and the AS table still answers. Counts this process's fds on the files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createIdentityLookup, dataFiles, FILE_NAMES } from '../../../../electron/engine/identity/lookup';
import { openMmdb } from '../../../../electron/engine/identity/mmdb-file';
import { IDENTITY_FILES, openFiles } from '../../../helpers/open-files';

const shipped = dataFiles();
const DTAG = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null, block: '79.192.0.0/10' };
const DTAG6 = { ...DTAG, block: '2003::/23' };

const databaseFds = () => openFiles(IDENTITY_FILES);

describe('the lookup files', () => {
  it('are two a family while open, and none after close, however often it is opened again', () => {
    const before = databaseFds();
    const lookup = createIdentityLookup();
    for (let round = 0; round < 3; round++) {
      expect(lookup.lookup(`79.192.${round}.1`)).toEqual(DTAG);
      expect(lookup.lookup(`2003::${round + 1}`)).toEqual(DTAG6);
      expect(databaseFds().length).toBe(before.length + 4);
      lookup.close();
      expect(databaseFds()).toEqual(before);
    }
  });

  it('open nothing for an address that is not public', () => {
    const before = databaseFds();
    const lookup = createIdentityLookup();
    expect(lookup.lookup('192.168.1.1')).toBeNull();
    expect(databaseFds()).toEqual(before);
    lookup.close();
  });
});

describe('a country database that cannot be read', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-mmdb-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const whole = readFileSync(shipped[4].country);
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const cases: [string, string, RegExp][] = [
    ['missing', path.join(dir, 'none.mmdb'), /cannot read the database .*none\.mmdb: no such file/],
    ['a folder', dir, /cannot read the database .*: it is a folder$/],
    ['empty', write('empty.mmdb', ''), /empty\.mmdb is not a readable MMDB file/],
    ['cut in half', write('half.mmdb', whole.subarray(0, whole.length >> 1)), /half\.mmdb is not a readable MMDB file/],
    [
      'cut in the middle, its metadata kept',
      write('middle.mmdb', Buffer.concat([whole.subarray(0, 4096), whole.subarray(whole.length - 4096)])),
      /middle\.mmdb is not a readable MMDB file.*search tree \(\d+ bytes\) does not fit in its 8192 bytes/,
    ],
    [
      'the AS table (CSV)',
      shipped[4].asn,
      /asn-ipv4-num\.csv is not a readable MMDB file .*: no MMDB metadata in its last 128 KiB$/,
    ],
    ['text', write('text.mmdb', 'not a database\n'.repeat(40)), /text\.mmdb is not a readable MMDB file/],
  ];

  it.each(cases)('%s: refused in words at open, its fd closed', (_what, file, words) => {
    const before = databaseFds();
    expect(() => openMmdb(file)).toThrow(words);
    expect(databaseFds()).toEqual(before);
  });

  it.each(cases)('%s: the lookup says so and answers from the AS table', (_what, file, words) => {
    const lookup = createIdentityLookup({ 4: { ...shipped[4], country: file }, 6: shipped[6] });
    expect(lookup.lookup('79.192.1.1')).toEqual({ ...DTAG, country: null });
    expect(lookup.problems()).toEqual([expect.stringMatching(words)]);
    expect(lookup.problems()[0]).toMatch(/^IPv4: /);
    lookup.close();
  });

  it('and an AS table that is missing is said too, the country still known', () => {
    const lookup = createIdentityLookup({
      4: { ...shipped[4], asn: path.join(dir, FILE_NAMES[4].asn) },
      6: shipped[6],
    });
    expect(lookup.lookup('79.192.1.1')).toEqual({ asn: null, org: null, country: 'DE', vpn: null });
    expect(lookup.problems()).toEqual([expect.stringMatching(/^IPv4: cannot read the AS table .*: no such file$/)]);
    lookup.close();
  });

  it('while the shipped databases have no problem', () => {
    const lookup = createIdentityLookup();
    expect(lookup.problems()).toEqual([]);
    lookup.close();
  });
});
