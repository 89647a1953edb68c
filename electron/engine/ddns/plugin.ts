/**
 * A DNS provider that is a user's program (plugins/; docs/plugins.md): asked
 * `{"op":"update","name":"home.example.org","type":"A","family":4,"address":"…"}`, it makes the
 * record hold the address and answers `{"ok":true,"result":"updated"}`, or `"unchanged"` when the
 * record held it already (nothing was changed). The keeper treats it as any provider: it asks only
 * when the record is not known to hold the address, retries with its backoff, and a refusal
 * (`"retry": false`) or a plugin that cannot be found or started switches the record off with its
 * reason in words.
 *
 *   plugin's answer                          | outcome
 *   -----------------------------------------+--------------------------------------------
 *   ok, result "updated"                     | updated
 *   ok, result "unchanged"                   | unchanged
 *   ok, any other result                     | retry: the plugin's answer is not one it may give
 *   not ok, retry false; plugin missing      | stop, with the reason
 *   hung, crashed, not JSON, not ok          | retry, with the reason
 */
import { inEnglish } from '../reason';
import type { DdnsProvider, UpdateResult } from './types';
import { why } from './why';

const FIX_FIRST = new Set(['reason.plugin.couldNotStart']);

export const plugin: DdnsProvider<'plugin'> = {
  id: 'plugin',
  label: 'Plugin',
  create(record, deps) {
    const call = deps.plugins;
    const name = record.plugin;
    const family = record.type === 'A' ? 4 : 6;
    return {
      id: record.id,
      async update(address, signal): Promise<UpdateResult> {
        if (!call) {
          const w = why('reason.plugin.notFound', { name });
          return { kind: 'stop', reason: w.text, code: w.code };
        }
        const body = { name: record.name, type: record.type, family, address };
        const r = await call(name, 'update', body, signal);
        if (!r.ok) {
          const text = inEnglish(r.reason);
          const stop = !r.retry || ('missing' in r && r.missing) || FIX_FIRST.has(r.reason.code);
          return stop
            ? { kind: 'stop', reason: text, code: r.reason }
            : { kind: 'retry', reason: text, code: r.reason };
        }
        const result = r.answer.result;
        if (result === 'updated')
          return { kind: 'updated', detail: `plugin ${name}: ${record.name} set to ${address}` };
        if (result === 'unchanged')
          return { kind: 'unchanged', detail: `plugin ${name}: ${record.name} already right` };
        const w = why('reason.plugin.wrongAnswer', { name, field: 'result' });
        return { kind: 'retry', reason: w.text, code: w.code };
      },
    };
  },
};
