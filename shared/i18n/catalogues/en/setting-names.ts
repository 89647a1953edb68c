/**
 * A setting named outside Settings.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const settingNames = {
  /** A setting inside a group, as Settings nests them: "Router › Ask the router". */
  'settingName.within': '{group} › {label}',
  /** Either of two settings turns it on: "Publish this site or Watch the fleet". */
  'settingName.either': '{first} or {second}',
  /** An item of a list setting, by its id: "DNS records › home". */
  'settingName.item': '{label} › {item}',
} as const;
