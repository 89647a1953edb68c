/**
 * Settings is one page per section (`#/settings/<id>`), as in Uptime Kuma; `#/settings?section=<id>`,
 * the older link, opens the same page. Which page a field is on decides where the error summary's
 * link goes and which page says a field "applies after a restart". Pure.
 */

/** What a section claims: its top-level settings, and deeper paths it holds (`notifications.channels`). */
export interface SectionClaim {
  id: string;
  keys: string[];
  paths?: string[];
}

/** The address of a section's page. */
export const settingsHash = (id: string): string => `#/settings/${id}`;

/**
 * The page to show: the one the path names, else the one `?section=` names, else the first.
 *
 * | sub       | section   | ids exist   | page        |
 * | --------- | --------- | ----------- | ----------- |
 * | `sources` | any       | yes         | `sources`   |
 * | ''        | `discord` | yes         | `discord`   |
 * | `nope`    | `discord` | discord yes | `discord`   |
 * | `nope`    | null      | no          | first       |
 */
export function currentSection(ids: string[], sub: string, section: string | null): string {
  return [sub, section].find((id) => id && ids.includes(id)) ?? ids[0] ?? '';
}

/**
 * The section a field's dotted path is on: the one whose key or claimed path is the longest
 * prefix of it, or undefined when none claims it.
 *
 * | path                              | claims                                          | section         |
 * | --------------------------------- | ----------------------------------------------- | --------------- |
 * | `api.port`                        | api: [api]                                      | `api`           |
 * | `notifications.channels.2.url`    | notifications: [notifications], channels: [notifications.channels] | `channels` |
 * | `notifications.retry.max`         | same                                            | `notifications` |
 * | `apiX`                            | api: [api]                                      | undefined       |
 */
export function sectionOfPath(path: string, sections: SectionClaim[]): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const s of sections)
    for (const prefix of [...s.keys, ...(s.paths ?? [])])
      if ((path === prefix || path.startsWith(`${prefix}.`)) && prefix.length > (best?.length ?? -1))
        best = { id: s.id, length: prefix.length };
  return best?.id;
}

/** Paths grouped by the section they are on (those on no section are left out). */
export function pathsBySection(paths: string[], sections: SectionClaim[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const p of paths) {
    const id = sectionOfPath(p, sections);
    if (id !== undefined) by.set(id, [...(by.get(id) ?? []), p]);
  }
  return by;
}
