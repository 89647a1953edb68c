/**
 * `--import` this file to write the URL of every module Node loads through its ESM loader (our
 * sources through tsx, and every package they import) to the file named by TRACE_LOADS_FILE,
 * one a line. Node's module customization hooks (module.register, Node 20.6+):
 * https://nodejs.org/docs/latest-v20.x/api/module.html#customization-hooks
 */
import { register } from 'node:module';
import process from 'node:process';

if (process.env.TRACE_LOADS_FILE) register('./trace-loads-hooks.mjs', import.meta.url);
