/**
 * The path (issue 77, opt-in): the route to a fixed public target traced with the system's
 * `tracepath` (iputils) or `traceroute`, whichever is installed, run without a shell and bounded
 * in time and output (run-command.ts); each tool's output read by a pure parser of its own, each
 * hop's network looked up in the offline AS table. The diff against the path before is
 * shared/path.ts; the history keeps the paths (store/paths.ts).
 */
export { type PathTracer, createPathTracer, type TraceOutcome } from './trace';
export { parseTracepath } from './tracepath-output';
export { parseTraceroute } from './traceroute-output';
