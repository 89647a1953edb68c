/**
 * settings.json's text read as JSON: the one reader of JSON settings text (settings-doc.ts reads a
 * file through it, settings-upgrade.ts the file it upgrades).
 */

type Parsed<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

/** Deeper nesting is never a real settings file, and would overflow the stack of the checks after parsing. */
export const MAX_DEPTH = 64;

/**
 * settings.json's text as a JSON object, as it is written (no defaults, no environment): a
 * byte-order mark dropped, nesting and syntax checked, every error naming the file. Every
 * reader of the file goes through here.
 */
export function parseSettingsJson(text: string, file: string): Parsed<{ raw: Record<string, unknown> }> {
  // Windows Notepad may save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooDeep = nestingBeyond(body, MAX_DEPTH);
  if (tooDeep !== null)
    return { ok: false, errors: [`${file}: nested more than ${MAX_DEPTH} levels deep (line ${tooDeep})`] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    return { ok: false, errors: [`${file}: not valid JSON: ${jsonErrorText(err)}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [`${file}: expected a JSON object`] };
  return { ok: true, raw: raw as Record<string, unknown> };
}

/** The line where nesting first goes beyond `max` levels, or null. Strings are skipped. */
export function nestingBeyond(text: string, max: number): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > max) return line;
    } else if (c === '}' || c === ']') depth--;
  }
  return null;
}

/** JSON.parse's reason without the quoted excerpt newer Node versions add: it may contain a secret. */
function jsonErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/,?\s*".*"(\.\.\.)?\s+is not valid JSON$/s, '').trim() || 'not valid JSON';
}
