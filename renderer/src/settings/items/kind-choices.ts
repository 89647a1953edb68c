/**
 * Which kinds a long list offers while the user searches it (the DNS providers): every word typed
 * must be found in the kind's name or id, case, accents and punctuation aside ("hetzner" finds
 * Hetzner DNS and Hetzner Cloud DNS, "no ip" finds No-IP); with nothing typed, the most used
 * first, then the others by name. The kind the item has is always offered, so a search never
 * changes it unseen. Pure.
 */

/** Lower case, accents and everything but letters and digits taken away. */
export const folded = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The query's words, each folded; none for a query of spaces. */
const wordsOf = (query: string): string[] => query.split(/\s+/).map(folded).filter(Boolean);

export interface ChoiceGroup<K> {
  /** The group's name; none while searching (one list of matches). */
  label?: string;
  ids: K[];
}

/** The choices as groups, and how many kinds matched the query (all of them with none typed). */
export function kindChoices<K extends string>(
  ids: readonly K[],
  labelOf: (k: K) => string,
  o: { query: string; keep: K | null; popular: number; popularLabel: string; allLabel: string },
): { groups: ChoiceGroup<K>[]; found: number } {
  const words = wordsOf(o.query);
  if (words.length === 0) {
    if (o.popular <= 0 || o.popular >= ids.length) return { groups: [{ ids: [...ids] }], found: ids.length };
    const byName = ids.slice(o.popular).sort((a, b) => labelOf(a).localeCompare(labelOf(b)));
    const groups = [
      { label: o.popularLabel, ids: ids.slice(0, o.popular) },
      { label: o.allLabel, ids: byName },
    ];
    return { groups, found: ids.length };
  }
  const matches = ids.filter((k) => {
    const hay = `${folded(labelOf(k))} ${folded(k)}`;
    return words.every((w) => hay.includes(w));
  });
  const kept = o.keep !== null && !matches.includes(o.keep) ? [o.keep] : [];
  return { groups: [{ ids: [...kept, ...matches] }], found: matches.length };
}
