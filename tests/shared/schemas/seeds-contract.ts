/**
 * Valid examples for the contract schemas whose empty input does not parse, by export name (a name
 * two modules share gets both modules' seeds; a seed that does not parse is skipped), so their
 * corpus walks real data (tests/helpers/schema-record.ts). The examples are plain data in
 * seeds-contract.json: one per union branch, each written from the classic schema's own shape
 * (its enums, formats and bounds) and checked to parse before the record was written.
 */
import seeds from './seeds-contract.json';

export const CONTRACT_SEEDS: Record<string, unknown[]> = seeds;
