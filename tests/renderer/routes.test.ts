import { describe, expect, it } from 'vitest';

import { ROUTES, toQuery } from '../../renderer/src/api/methods';
import { hashOfRoute, pageOf } from '../../renderer/src/routes';
import { API_BASE, API_METHODS, api } from '../../shared/contract';

describe("the HTTP adapter's route table", () => {
  it("is the contract's, method by method", () => {
    expect(Object.keys(ROUTES).sort()).toEqual([...API_METHODS].sort());
    for (const m of API_METHODS) {
      const refusal = (api[m] as { refusal?: { status: number } }).refusal;
      expect(ROUTES[m], m).toEqual({
        verb: api[m].http.method,
        path: `${API_BASE}${api[m].http.path}`,
        ...(refusal ? { refusal: refusal.status } : {}),
      });
    }
  });

  it.each([
    [undefined, ''],
    [{}, ''],
    [{ family: 4, ip: '', limit: 50, offset: 0 }, '?family=4&limit=50&offset=0'],
    [{ days: 365, hourly: true }, '?days=365&hourly=true'],
  ])('puts %j in the query string as %s', (input, query) => expect(toQuery(input)).toBe(query));
});

describe('pages from hashes and from routes the app asks for', () => {
  it.each([
    ['', '/'],
    ['#/', '/'],
    ['#/history', '/history'],
    ['#/history?change=4-1', '/history'],
    ['#/nowhere', '/'],
    ['#/settings/sources', '/settings'],
    ['#/settings/sources?x=1', '/settings'],
    ['#/nowhere/sources', '/'],
  ])('hash %s is page %s', (hash, page) => expect(pageOf(hash)).toBe(page));

  it.each([
    ['history?change=4-1700000000000', '#/history?change=4-1700000000000'],
    ['/settings', '#/settings'],
    ['settings', '#/settings'],
    ['unknown', '#/'],
    ['settings/discord', '#/settings/discord'],
    ['unknown/discord', '#/'],
    ['', '#/'],
  ])('route %s opens %s', (route, hash) => expect(hashOfRoute(route)).toBe(hash));
});
