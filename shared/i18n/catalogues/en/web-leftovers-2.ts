/**
 * A setting named outside Settings by its label, not its dotted path (shared/words/setting-label.ts):
 * the Checks card's and the bot's router line, and the Connections page's setting column.
 */
export const webLeftovers2 = {
  /** A setting inside a group, as Settings nests them: "Router › Ask the router". */
  'settingName.within': '{group} › {label}',
  /** Either of two settings turns it on: "Publish this site or Watch the fleet". */
  'settingName.either': '{first} or {second}',
  /** An item of a list setting, by its id: "DNS records › home". */
  'settingName.item': '{label} › {item}',
} as const;
