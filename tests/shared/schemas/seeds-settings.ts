/**
 * Valid examples for the settings schemas whose empty input does not parse, by export name (a name
 * two modules share gets both modules' seeds; a seed that does not parse is skipped), so their
 * corpus walks real data (tests/helpers/schema-record.ts). Plain data.
 */
export const SETTINGS_SEEDS: Record<string, unknown[]> = {};
