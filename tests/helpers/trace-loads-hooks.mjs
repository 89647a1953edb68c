/** The load hook of trace-loads.mjs: runs on Node's loader thread, so it writes with appendFileSync. */
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const out = process.env.TRACE_LOADS_FILE;

export async function load(url, context, nextLoad) {
  if (out) appendFileSync(out, `${url}\n`);
  return nextLoad(url, context);
}
