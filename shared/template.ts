/**
 * The one `{{placeholder}}` engine: a webhook's body template (engine/notify/channels/webhook.ts)
 * and the generic HTTP DNS provider's URL, headers and body (ddns-providers/custom.ts) fill their
 * templates here, each value escaped for where it goes: JSON-escaped (without quotes) in JSON, so
 * the template stays valid JSON; URL-encoded in a form or a URL, so an "&" or "=" in a value
 * cannot add a field; as it is elsewhere. Pure.
 */

export type TemplateEncoding = 'json' | 'form' | 'raw';

/** How template values are escaped for a content type. */
export const templateEncoding = (contentType: string): TemplateEncoding =>
  /json/i.test(contentType) ? 'json' : /x-www-form-urlencoded/i.test(contentType) ? 'form' : 'raw';

const ESCAPE: Record<TemplateEncoding, (s: string) => string> = {
  json: (s) => JSON.stringify(s).slice(1, -1),
  form: encodeURIComponent,
  raw: (s) => s,
};

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Fills {{name}} placeholders from `values`, each escaped for `encoding`; unknown names become empty. */
export function fillTemplate(template: string, values: Record<string, unknown>, encoding: TemplateEncoding): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = values[name];
    const s = v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return ESCAPE[encoding](s);
  });
}

/** The names a template's placeholders use, in order of first use. */
export const placeholdersOf = (template: string): string[] => [
  ...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!)),
];

/**
 * Why `template` cannot render with the names `known` (one line), or null when it can: a name
 * no value fills, or a brace pair left open ("{{address" or "{{ }}").
 */
export function templateProblem(template: string, known: readonly string[]): string | null {
  const unknown = placeholdersOf(template).filter((n) => !known.includes(n));
  if (unknown.length)
    return `{{${unknown[0]}}} is not a placeholder it can fill (it knows ${known.map((k) => `{{${k}}}`).join(', ')})`;
  if (/\{\{|\}\}/.test(template.replace(PLACEHOLDER, '')))
    return 'a {{ or }} is left open: write a placeholder as {{name}}';
  return null;
}
