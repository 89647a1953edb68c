// @vitest-environment happy-dom
/**
 * The Connections page's words (renderer/src/pages/connections-view.ts): each setting the
 * inventory names links to the Settings section that holds it (the page's small table kept in step
 * with settings/sections.tsx), error codes read as words, and the contacts' order.
 */
import { describe, expect, it } from 'vitest';

import { declaredDestinations } from '../../electron/engine/egress/inventory';
import {
  contactOrder,
  declaredGroups,
  declaredRows,
  FOLD_OVER,
  resultWords,
  settingView,
  type SourceAnswer,
  sourceAnswer,
} from '../../renderer/src/pages/connections-view';
import { sectionOfPath, settingsHash } from '../../renderer/src/settings/section-pages';
import { formSections } from '../../renderer/src/settings/sections';
import type { DeclaredDestination, EgressContact } from '../../shared/contract/egress';
import { english } from '../../shared/i18n/translators';
import { defaultSettings } from '../../shared/settings';
import { errorShort } from '../../shared/words/error';
import { busySettings } from '../helpers/busy-settings';

/** A runner that turns on most of what reaches out, IPv6 off. */
const busy = () => busySettings({ monitor: { ipv6: false } });

const facts = { dnsServers: ['127.0.0.53'], proxies: [{ host: 'proxy.example.net', port: 3128 }] };
const sections = formSections(english);
const pathOf = (setting: string) => /^[a-zA-Z.]+/.exec(setting)![0];

describe('the setting that turns a destination on', () => {
  const declared = [...declaredDestinations(defaultSettings(), facts), ...declaredDestinations(busy(), facts)].filter(
    (d) => d.purpose !== 'systemDns' && d.purpose !== 'proxy',
  );

  it('names many settings, from several sections', () => {
    expect(new Set(declared.map((d) => d.setting)).size).toBeGreaterThan(10);
  });

  it.each([...new Map(declared.map((d) => [d.setting, d])).values()].map((d) => [d.setting, d] as const))(
    '%s links to the section Settings shows it in',
    (_setting, d) => {
      const view = settingView(d, english);
      const section = sectionOfPath(pathOf(d.setting), sections);
      expect(section, 'a section of Settings holds it').toBeDefined();
      expect(view).toEqual({ kind: 'setting', name: d.setting, href: settingsHash(section!) });
    },
  );

  it('every top-level setting links to its section', () => {
    for (const key of Object.keys(defaultSettings())) {
      const d = { purpose: 'echo', setting: `${key}.x` } as DeclaredDestination;
      expect(settingView(d, english), key).toMatchObject({ href: settingsHash(sectionOfPath(key, sections)!) });
    }
  });

  it('says in words what turns on the name lookups and the proxy', () => {
    const all = declaredDestinations(busy(), facts);
    expect(
      settingView(
        all.find((d) => d.purpose === 'systemDns')!,
        english,
      ),
    ).toEqual({
      kind: 'words',
      text: 'any destination above named by a host name',
    });
    expect(
      settingView(
        all.find((d) => d.purpose === 'proxy')!,
        english,
      ),
    ).toEqual({
      kind: 'words',
      text: 'the environment (HTTPS_PROXY / HTTP_PROXY / ALL_PROXY)',
    });
  });
});

// The page's words for a code are shared/words/error.ts's short form (one table of error words).
describe('error codes in words', () => {
  it.each([
    ['EEGRESSREFUSED', 'refused: not in the list, and undeclared connections are refused'],
    ['ECONNREFUSED', 'the host refused the connection'],
    ['ECONNRESET', 'the connection was cut'],
    ['UND_ERR_SOCKET', 'the connection was cut'],
    ['timeout', 'no answer in time'],
    ['ETIMEDOUT', 'no answer in time'],
    ['UND_ERR_CONNECT_TIMEOUT', 'no answer in time'],
    ['ENOTFOUND', 'the name does not exist'],
    ['EAI_AGAIN', 'the name could not be looked up'],
    ['ENETUNREACH', 'no route to the host'],
    ['unreachable', 'no route to the host'],
    ['CERT_HAS_EXPIRED', 'the secure connection failed (certificate or TLS)'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'the secure connection failed (certificate or TLS)'],
    ['http-status', 'the server answered with an error'],
    ['rate-limited', 'the server asked IPWatch to slow down'],
    ['parse', 'the answer could not be read'],
    ['network', 'a network error'],
    ['E_SOMETHING_NEW', 'an unknown error'],
    ['', 'an unknown error'],
  ])('%s: %s', (code, words) => expect(errorShort(code, english)).toBe(words));
});

it('orders the contacts undeclared first, then the latest first', () => {
  const c = (host: string, declared: boolean, lastAt: number) =>
    ({ host, declared: declared ? ['x'] : [], lastAt }) as EgressContact;
  const sorted = [c('a', true, 1), c('b', false, 1), c('c', true, 3), c('d', false, 2)].sort(contactOrder);
  expect(sorted.map((x) => x.host)).toEqual(['d', 'b', 'c', 'a']);
});

describe('grouped by purpose (issue 75)', () => {
  const rowsOf = (purposes: DeclaredDestination['purpose'][]) =>
    purposes.map((purpose, i) => ({
      d: { id: `x${i}`, role: 'host', host: `h${i}`, port: 443, protocol: 'tcp', purpose, setting: 's', everySec: 60 },
      ids: [`x${i}`],
    })) as { d: DeclaredDestination; ids: string[] }[];
  it.each<[string, DeclaredDestination['purpose'][], [string, number, boolean][]]>([
    ['none', [], []],
    ['one purpose, few: open', ['echo', 'echo', 'echo'], [['echo', 3, false]]],
    ['one purpose, more than three: folded', ['echo', 'echo', 'echo', 'echo'], [['echo', 4, true]]],
    [
      'in the order each purpose first appears, interleaved rows gathered',
      ['stun', 'echo', 'stun', 'channel', 'echo', 'echo', 'echo'],
      [
        ['stun', 2, false],
        ['echo', 4, true],
        ['channel', 1, false],
      ],
    ],
  ])('%s', (_what, purposes, groups) => {
    expect(declaredGroups(rowsOf(purposes)).map((g) => [g.purpose, g.rows.length, g.folded])).toEqual(groups);
  });
  it('the inventory at default settings: 23 and more built-in web sources are one folded group', () => {
    const declared = declaredDestinations(defaultSettings(), { dnsServers: ['127.0.0.53'], proxies: [] });
    const echo = declaredGroups(declaredRows(declared)).find((g) => g.purpose === 'echo')!;
    expect(echo.rows.length).toBeGreaterThan(FOLD_OVER);
    expect(echo.folded).toBe(true);
  });
});

describe("a source's ok told apart from an answer with no address (issue 75)", () => {
  const c = (lastResult: EgressContact['lastResult'], declared = ['source:a-v4', 'source:a-v6']) => ({
    lastResult,
    declared,
  });
  it.each<[string, ReturnType<typeof c>, { sourceId: string; ok: boolean }[], SourceAnswer]>([
    ['the connection failed: the error says it', c('failed'), [{ sourceId: 'a-v4', ok: false }], null],
    ['not a source', c('ok', ['channel:alerts']), [{ sourceId: 'a-v4', ok: true }], null],
    ['a source not asked in the last check', c('ok'), [{ sourceId: 'b-v4', ok: true }], null],
    ['answered with an address', c('ok'), [{ sourceId: 'a-v4', ok: true }], 'address'],
    [
      'one family gave an address, the other none',
      c('ok'),
      [
        { sourceId: 'a-v4', ok: true },
        { sourceId: 'a-v6', ok: false },
      ],
      'address',
    ],
    ['answered, but with no address', c('ok'), [{ sourceId: 'a-v4', ok: false }], 'noAddress'],
  ])('%s', (_what, contact, attempts, answer) => {
    expect(sourceAnswer(contact, attempts)).toBe(answer);
  });
  it('says the two apart in words, and plain ok for anything else', () => {
    const ok = { lastResult: 'ok' as const };
    expect(resultWords(ok, english, 'address')).toBe('answered with an address');
    expect(resultWords(ok, english, 'noAddress')).toBe('answered, but with no address');
    expect(resultWords(ok, english)).toBe('ok');
  });
});
