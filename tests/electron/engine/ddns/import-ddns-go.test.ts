/** ddns-go's config (tests/fixtures/ddns-import/ddns_go_config.yaml, as ddns-go writes it) through the command's reader. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { goDomain } from '../../../../electron/engine/ddns/import-ddns-go';
import { importWhole } from '../../../../electron/headless/ddns-import-command';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const FILE = path.join(__dirname, '../../../fixtures/ddns-import/ddns_go_config.yaml');

const { records, refused } = await importWhole(readFileSync(FILE, 'utf8'), FILE);

describe("ddns-go's config", () => {
  it('makes a record of every domain of a provider IPWatch keeps, each valid, of its family', () => {
    expect(records.map((r) => `${String(r.provider)} ${String(r.type)} ${String(r.name)}`)).toEqual([
      'porkbun A home.example.com',
      'porkbun A www.example.co.uk',
      'porkbun AAAA v6.example.com',
      'custom A cb.example.org',
      'aliyun A ali.example.cn',
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[1]).toMatchObject({ domain: 'example.co.uk', apiKey: 'pk1_go-key-1234' });
    // alidns's unset TTL is ddns-go's own default, 600.
    expect(records[4]).toMatchObject({
      domain: 'example.cn',
      accessKeyId: 'LTAI-go-id',
      secret: 'ali-go-secret-9999',
      ttl: 600,
    });
    expect(records[3]).toMatchObject({
      url: 'https://hook.example.net/update?host={{name}}&ip={{address}}',
      method: 'POST',
    });
  });

  it('says in words, naming it, which provider is not kept yet, never a secret', () => {
    expect(refused).toEqual([
      'dnsconf[3] (trafficroute A volc.example.cn): provider "trafficroute" is not one IPWatch keeps in step yet',
    ]);
    expect(refused.join('\n')).not.toMatch(/volc-go-secret|volc-go-id/);
  });

  it.each([
    ['sub.example.com', { name: 'sub.example.com', zone: 'example.com' }],
    ['a.b.example.co.uk', { name: 'a.b.example.co.uk', zone: 'example.co.uk' }],
    ['www:example.cn.eu.org', { name: 'www.example.cn.eu.org', zone: 'example.cn.eu.org' }],
    ['@:example.com?Line=x', { name: 'example.com', zone: 'example.com' }],
    ['a:b:c', { error: expect.stringMatching(/more than one/) }],
    ['sub:localhost', { error: expect.stringMatching(/not a domain/) }],
  ])("the domain line %s, read as ddns-go's checkParseDomains reads it", (line, want) => {
    expect(goDomain(line)).toEqual(want);
  });

  it('tells which file it is not', async () => {
    await expect(importWhole('lang: en\n', 'x.yaml')).rejects.toThrow(
      /neither ddns-updater's config.json.*nor ddns-go's/,
    );
  });
});
