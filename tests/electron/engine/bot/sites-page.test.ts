/**
 * Which of a /sites page's rows are shown so that Next's custom id, which carries the last name
 * shown, stays within Discord's 100 characters (sites.ts sitesShown, its table). A name no IPWatch
 * publisher takes (over 64 characters) may not fit; the page then ends before it.
 */
import { describe, expect, it } from 'vitest';

import { CUSTOM_ID_MAX, sitesPageId, sitesShown } from '../../../../electron/engine/bot/commands/sites';

/** The longest name whose id for page 2 fits: `ipw:sites:2:` and the name. */
const room = CUSTOM_ID_MAX - sitesPageId(2, '').length;
const fits = 'f'.repeat(room);
const long = 'x'.repeat(room + 1);

describe('/sites rows shown so that Next fits its custom id', () => {
  it.each([
    { names: ['a', 'b', 'c'], shown: 3 },
    { names: ['a', 'b', fits], shown: 3 },
    { names: ['a', 'b', long], shown: 2 },
    { names: ['a', long, long], shown: 1 },
    { names: [long, long], shown: 0 },
    { names: [], shown: 0 },
  ])('$names.length names, $shown shown', ({ names, shown }) => {
    expect(sitesShown(names, 1)).toBe(shown);
    if (shown > 0) expect(sitesPageId(2, names[shown - 1]!).length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  });

  it('counts the page number in the id: page 100 leaves two characters fewer than page 2', () => {
    const name = 'n'.repeat(room - 2);
    expect(sitesShown([name], 1)).toBe(1);
    expect(sitesShown([name], 99)).toBe(1);
    expect(sitesShown([`${name}nn`], 99)).toBe(0);
  });
});
