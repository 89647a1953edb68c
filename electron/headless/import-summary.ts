/** The `import` command's words for an import result. */
import type { ImportResult } from '../engine/history-import';

/** The import result in words: what was added, grown or set aside, and which rule read the times. */
export function formatImport(file: string, r: ImportResult): string {
  const lines = [
    `imported ${file} (${r.format}): runs +${r.runs.added} (${r.runs.skipped} already there), ` +
      `changes +${r.changes.added} (${r.changes.skipped}), outages +${r.outages.added} (${r.outages.skipped}); ` +
      `${r.runs.grown} runs grown`,
  ];
  const aside = r.runs.setAside + r.runs.trimmed + r.changes.setAside;
  if (aside)
    lines.push(
      `set aside where the history already says otherwise: ${r.runs.setAside} runs, ${r.runs.trimmed} runs cut short, ` +
        `${r.changes.setAside} changes`,
    );
  const t = r.times;
  if (t && t.fromCreatedAt + t.inZone + t.withOffset > 0) {
    const zone = `${t.zone} (${t.zoneFrom === 'option' ? '--tz' : "this machine's zone"})`;
    lines.push(
      `times: ${t.fromCreatedAt} rows by their created_at offset, ${t.inZone} rows read in ${zone}, ` +
        `${t.withOffset} rows with their own offset`,
    );
  }
  return lines.join('\n');
}
