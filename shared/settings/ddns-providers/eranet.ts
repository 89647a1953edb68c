/**
 * Eranet: Todaynic's DNS API (https://www.todaynic.com/docApi/) at https://www.eranet.com, as ddns-go's
 * dns/eranet.go calls it: the record's settings and spec, a preset of todaynic-preset.ts. Pure.
 */
import { todaynicRecordSchema, todaynicSpec } from './todaynic-preset';

export const eranetRecordSchema = todaynicRecordSchema('eranet', 'Eranet', 'https://www.eranet.com');

export const eranetSpec = todaynicSpec(
  'eranet',
  'Eranet',
  eranetRecordSchema,
  'https://www.eranet.com',
  'https://www.eranet.com/',
);
