/** docs/ddns.md's table of providers is the providers' own (scripts/ddns-docs.ts), never a copy gone stale. */
import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { DDNS } from '../../electron/engine/ddns/registry';
import { DDNS_DOC, providersTable, renderDdnsDoc } from '../../scripts/ddns-docs';
import { DDNS_SPECS } from '../../shared/settings/ddns-providers';

describe('docs/ddns.md', () => {
  it('holds the table the providers generate (npx tsx scripts/ddns-docs.ts)', async () => {
    const committed = await readFile(DDNS_DOC, 'utf8');
    const generated = await renderDdnsDoc(committed);
    expect(committed === generated, 'docs/ddns.md is stale: run npx tsx scripts/ddns-docs.ts').toBe(true);
  });

  it('has a row for every provider, with its key page and the peers it imports from', () => {
    const table = providersTable();
    expect(table).toContain(`${DDNS_SPECS.length} providers`);
    for (const spec of DDNS_SPECS) {
      const row = table.split('\n').find((l) => l.includes(`| \`${spec.id}\` |`));
      expect(row, spec.id).toBeDefined();
      if (spec.keyUrl) expect(row, spec.id).toContain(`(${spec.keyUrl})`);
      for (const name of DDNS[spec.id].fromDdnsUpdater?.names ?? []) expect(row, spec.id).toContain(`\`${name}\``);
    }
    // A secret field is marked, and an advanced one set in italics.
    expect(table).toMatch(
      /\| `porkbun` \| `domain`, `name`, `apiKey` \(secret\), `secret` \(secret\), _`ttl`_, _`apiBase`_ \|/,
    );
  });

  it('lists the most used first', () => {
    const ids = [...providersTable().matchAll(/^\| \[[^|]+ \| `([a-z0-9]+)` \|/gm)].map((m) => m[1]);
    expect(ids.slice(0, 2)).toEqual(['cloudflare', 'duckdns']);
    expect(ids).toHaveLength(DDNS_SPECS.length);
  });
});
