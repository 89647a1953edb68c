/** The generic HTTP provider's own decisions: refused at save, its request, the reading of its answers. */
import { describe, expect, it } from 'vitest';

import { customRequest, readCustom } from '../../../../electron/engine/ddns/providers/custom';
import { DDNS } from '../../../../electron/engine/ddns/registry';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { placeholdersOf, templateProblem } from '../../../../shared/template';

const base = { id: 'c', provider: 'custom', name: 'home.example.org', url: 'https://u.example/up?h={{name}}' };
const issues = (r: Record<string, unknown>) => {
  const p = ddnsRecordSchema.safeParse({ ...base, ...r });
  return p.success ? [] : p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('custom: refused at save, in words', () => {
  it.each([
    [
      { url: 'https://u.example/?ip={{adress}}' },
      /url: the template cannot render: \{\{adress\}\} is not a placeholder/,
    ],
    [{ url: 'https://u.example/?ip={{address' }, /url: .*left open/],
    [{ body: '{"ip":"{{ip}}"}', method: 'POST' }, /body: the template cannot render: \{\{ip\}\}/],
    [{ headers: { Authorization: 'Bearer {{secret}}' } }, /headers\.Authorization: the template cannot render/],
    [{ successRegex: '(good' }, /successRegex: the pattern does not compile/],
    [{ url: 'ftp://u.example/{{name}}' }, /url: the URL must be a web address/],
    [{ ipv4Param: 'a b' }, /ipv4Param/],
  ])('%j', (r, said) => {
    expect(issues(r).join('\n')).toMatch(said);
  });
  it('takes a record whose templates render', () => {
    expect(
      issues({ headers: { Authorization: 'Bearer {{token}}' }, token: { env: 'T' }, successRegex: '^good' }),
    ).toEqual([]);
  });
  it('the placeholder engine names what a template uses, and its problems', () => {
    expect(placeholdersOf('{{a}} {{ b }} {{a}}')).toEqual(['a', 'b']);
    expect(templateProblem('{{ address }}', ['address'])).toBeNull();
    expect(templateProblem('}}', ['address'])).toMatch(/left open/);
  });
});

describe('custom: the request', () => {
  const record = ddnsRecordSchema.parse({
    ...base,
    type: 'AAAA',
    address: 'observed',
    url: 'https://u.example/up?h={{name}}&k={{token}}',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Key': '{{password}}' },
    body: '{"ip":"{{address}}","note":"{{username}}"}',
    username: 'a"b',
    token: 'a&b=c',
    password: 'p w',
    ipv6Param: 'myip6',
  }) as never;
  it('fills the URL URL-encoded, the headers as they are, the body as its content type says', () => {
    const req = customRequest(record, '2001:db8::1', 6);
    const url = new URL(req.url);
    expect(url.searchParams.get('k')).toBe('a&b=c');
    expect(url.searchParams.get('myip6')).toBe('2001:db8::1');
    expect(req.headers['x-key']).toBe('p w');
    expect(JSON.parse(req.body!)).toEqual({ ip: '2001:db8::1', note: 'a"b' });
  });
});

describe('custom: reading a 2xx answer', () => {
  const r = { successRegex: '^good', unchangedRegex: '^nochg', failureRegex: '^badauth' };
  it.each([
    ['good 1.2.3.4', 'updated'],
    ['nochg 1.2.3.4', 'unchanged'],
    ['badauth', 'stop'],
    ['<html>maintenance</html>', 'retry'],
    ['', 'retry'],
  ])('%j is %s, never showing the body', (body, kind) => {
    const out = readCustom(body, r, 'L');
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });
  it('without a success pattern, every 2xx is a success', () => {
    expect(readCustom('anything', {}, 'L').kind).toBe('updated');
  });
});

describe("custom: the peers' entries", () => {
  it("ddns-go's callback: #{…} become placeholders, a body makes a POST", () => {
    const go = DDNS.custom.fromDdnsGo!;
    expect(go.names).toEqual(['callback']);
    const f = go.fields(
      { id: 'https://h.example/?d=#{domain}&ip=#{ip}', secret: '{"t":"#{recordType}"}' },
      'a.example.org',
    );
    expect(f).toMatchObject({
      url: 'https://h.example/?d={{name}}&ip={{address}}',
      method: 'POST',
      body: '{"t":"{{type}}"}',
    });
    expect(go.fields({ id: 'https://h.example/?t=#{timestamp}' }, 'a.example.org')).toMatch(
      /#\{timestamp\} has no counterpart/,
    );
  });
});
