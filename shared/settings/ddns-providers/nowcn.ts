/**
 * Now.cn (时代互联, Todaynic): Todaynic's DNS API (https://www.todaynic.com/docApi/) at https://api.now.cn, as ddns-go's
 * dns/nowcn.go calls it: the record's settings and spec, a preset of todaynic-preset.ts. Pure.
 */
import { todaynicRecordSchema, todaynicSpec } from './todaynic-preset';

export const nowcnRecordSchema = todaynicRecordSchema('nowcn', 'Now.cn', 'https://api.now.cn');

export const nowcnSpec = todaynicSpec(
  'nowcn',
  'Now.cn',
  nowcnRecordSchema,
  'https://api.now.cn',
  'https://www.now.cn/',
);
