/**
 * The runner's plain log, for a person (issue 75): the events as runner-lines.ts words them, less
 * what only repeats. While the machine is offline its checks and its sources' state changes are
 * counted, not written: one line when the outage begins, one when it ends with what was tried
 * meanwhile. Outside an outage a check is written when its outcome for its family (the result
 * and the address) differs from the last one written. `--verbose` writes every line, each
 * failure's raw text in brackets after its words; `--json` writes every event whole.
 */
import type { Family } from '../../shared/types';
import type { OutageTried } from '../../shared/words/outage-log';
import type { Redactor } from '../engine/secrets/redact';
import { formatReadable, type RunnerLine } from './runner-lines';

/** A filter and formatter over the event stream: the line to write, or null for none. */
export function createReadableLog(verbose = false): (line: RunnerLine) => string | null {
  let outage: { checks: number; sources: Set<string> } | null = null;
  const lastOutcome = new Map<Family, string>();
  return (line) => {
    switch (line.type) {
      case 'offline':
        outage = { checks: 0, sources: new Set() };
        return formatReadable(line, verbose);
      case 'online': {
        const tried: OutageTried | null = outage ? { checks: outage.checks, sources: outage.sources.size } : null;
        outage = null;
        // Back online: the next check of each family says where it stands.
        lastOutcome.clear();
        return formatReadable(line, verbose, tried);
      }
      case 'check': {
        if (outage) {
          outage.checks++;
          for (const a of line.attempts) outage.sources.add(a.sourceId);
        }
        const outcome = `${line.result} ${line.ip ?? ''}`;
        if (!verbose && (outage || lastOutcome.get(line.family) === outcome)) return null;
        lastOutcome.set(line.family, outcome);
        return formatReadable(line, verbose);
      }
      case 'source-health':
        return outage && !verbose ? null : formatReadable(line, verbose);
      default:
        return formatReadable(line, verbose);
    }
  };
}

/**
 * Prints lines with every secret masked. A line is redacted as a whole only when its text
 * shows a secret or a URL token: most lines (every check) have none, and are printed as is.
 */
export function createPrinter(
  json: boolean,
  redactor: Pick<Redactor, 'touches' | 'text' | 'deep'>,
  write: (s: string) => void = (s) => void process.stdout.write(s),
  verbose = false,
) {
  // A person's log: an outage's retries are counted into its end line, a repeated outcome not said again.
  const readable = createReadableLog(verbose);
  return (line: RunnerLine): void => {
    let text = json ? JSON.stringify(line) : readable(line);
    if (text === null) return;
    if (redactor.touches(text)) text = json ? JSON.stringify(redactor.deep(line)) : redactor.text(text);
    write(`${text}\n`);
  };
}
