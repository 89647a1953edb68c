/**
 * The request targets refused before routing (electron/engine/api/door/request-target.ts): the table of
 * each form, then a property (fast-check, seeded): a path the router reads as itself passes, and
 * any unreserved character of it percent-encoded is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nonCanonicalWhy } from '../../../../electron/engine/api/door/request-target';
import { propertyRun } from '../../../helpers/properties';

describe('nonCanonicalWhy', () => {
  it.each([
    ['a plain path', '/api/v1/status', null],
    ['the root', '/', null],
    ['a query with escapes of its own', '/api/v1/history?from=%61&x=a//b', null],
    ['an escaped reserved character', '/api/v1/a%3Ab', null],
    ['an escaped space and non-ASCII', '/assets/a%20b%C3%A9.js', null],
    ['a trailing slash', '/api/v1/events/', null],
    ['an escaped unreserved letter', '/%61pi/v1/events', /%61 stands for "a"/],
    ['an escaped letter, lower-case hex', '/%6detrics', /%6d stands for "m"/],
    ['an escaped dot', '/api/v1/%2e%2e/x', /%2e stands for "\."/],
    ['an escaped tilde', '/%7e', /stands for "~"/],
    ['an escaped slash', '/api%2Fv1/status', /hides a slash/],
    ['an escaped backslash', '/api%5cv1/status', /hides a backslash/],
    ['a malformed escape', '/api/%zz', /"%zz" is not a percent escape/],
    ['a cut escape', '/api/%4', /"%4" is not a percent escape/],
    ['doubled slashes', '//api/v1/status', /"\/\/"/],
    ['doubled slashes inside', '/api//v1/status', /"\/\/"/],
    ['a dot segment', '/api/./v1/status', /"\." or "\.\." segments/],
    ['a dot-dot segment', '/x/../api/v1/status', /"\." or "\.\." segments/],
    ['a trailing dot segment', '/api/v1/.', /segments/],
    ['a backslash', '/api\\v1', /backslash/],
    ['a hash', '/api/v1/status#x', /"#"/],
    ['the absolute form', 'http://127.0.0.1/api/v1/status', /starts with "\/"/],
    ['an asterisk', '*', /starts with "\/"/],
  ] as const)('%s: %s', (_what, target, refused) => {
    const why = nonCanonicalWhy(target);
    if (refused === null) expect(why).toBeNull();
    else expect(why).toMatch(refused);
  });

  it('passes any path of plain segments, and refuses it with any unreserved character escaped', () => {
    const unreserved = fc.constantFrom(...'abcxyzABCXYZ0189-._~');
    const segment = fc
      .array(unreserved, { minLength: 1, maxLength: 8 })
      .map((cs) => cs.join(''))
      .filter((s) => s !== '.' && s !== '..');
    const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((ss) => `/${ss.join('/')}`);
    fc.assert(
      fc.property(path, fc.nat(), (p, at) => {
        expect(nonCanonicalWhy(p)).toBeNull();
        const letters = [...p].map((c, i) => [c, i] as const).filter(([c]) => c !== '/');
        const [c, i] = letters[at % letters.length]!;
        const hex = c.charCodeAt(0).toString(16).padStart(2, '0');
        const encoded = `${p.slice(0, i)}%${at % 2 ? hex.toUpperCase() : hex}${p.slice(i + 1)}`;
        expect(nonCanonicalWhy(encoded)).toMatch(/stands for/);
      }),
      propertyRun('request-target property', 500),
    );
  });
});
