import { describe, expect, it } from 'vitest';

import { ROUTES, toQuery } from '../../renderer/src/api/methods';
import { API_BASE, API_METHODS, api } from '../../shared/contract';

describe("the HTTP adapter's route table", () => {
  it("is the contract's, method by method", () => {
    expect(Object.keys(ROUTES).sort()).toEqual([...API_METHODS].sort());
    for (const m of API_METHODS)
      expect(ROUTES[m], m).toEqual({ verb: api[m].http.method, path: `${API_BASE}${api[m].http.path}` });
  });

  it.each([
    [undefined, ''],
    [{}, ''],
    [{ family: 4, ip: '', limit: 50, offset: 0 }, '?family=4&limit=50&offset=0'],
    [{ days: 365, hourly: true }, '?days=365&hourly=true'],
  ])('puts %j in the query string as %s', (input, query) => expect(toQuery(input)).toBe(query));
});
