/**
 * Tnet.hk: Todaynic's DNS API (https://www.todaynic.com/docApi/) at https://www.tnet.hk, as ddns-go's
 * dns/tnethk.go calls it: the record's settings and spec, a preset of todaynic-preset.ts. Pure.
 */
import { todaynicRecordSchema, todaynicSpec } from './todaynic-preset';

export const tnethkRecordSchema = todaynicRecordSchema('tnethk', 'Tnet.hk', 'https://www.tnet.hk');

export const tnethkSpec = todaynicSpec(
  'tnethk',
  'Tnet.hk',
  tnethkRecordSchema,
  'https://www.tnet.hk',
  'https://www.tnet.hk/',
);
