/**
 * One settings file (settings.json, settings.yaml or a profile's settings.NAME.yaml/.json) as a
 * document that can be edited without losing what a person wrote in it: read with eemeli/yaml's
 * Document API (parseDocument), changed path by path (setIn/deleteIn on the document, so every
 * untouched node keeps its comments and its place), then written with toString. A JSON file is read
 * with JSON.parse as before (its errors as before) and written as JSON.
 *
 * Every error names the file, and the line and column where the YAML reader (its own positions, a
 * LineCounter) or the schema's field (the node at the path: `doc.getIn(path, true).range`)
 * says the problem is. A file that parses only with warnings is refused as well: what the reader
 * guessed is not what the person meant.
 */
import { Document, isCollection, isMap, isSeq, LineCounter, parseDocument, YAMLError } from 'yaml';

import { english } from '../../shared/i18n/translators';
import { MAX_DEPTH, nestingBeyond, parseSettingsJson } from './settings-json';

export type SettingsFormat = 'json' | 'yaml';
export type Key = string | number;
export type Raw = Record<string, unknown>;

export interface SettingsDoc {
  file: string;
  format: SettingsFormat;
  /** The file's values as plain data: no defaults, no environment. */
  raw: Raw;
  /** The same as a document: edited in place by `applyChange`, written by `docText`. */
  doc: Document;
  /** The text as read, with positions (for a JSON file the same text read as YAML, when it reads so). */
  located: Document | null;
  /** Where an offset in the file's text is, for error messages. */
  lines: LineCounter;
}

type Parsed<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

/** Aliases expanded beyond this are refused (a "billion laughs" file), as yaml's own default does. */
const MAX_ALIASES = 100;

export const formatOf = (file: string): SettingsFormat => (/\.ya?ml$/i.test(file) ? 'yaml' : 'json');

/** `{file}, line L, column C: error`, or `{file}: error` when no place is known. */
export function placed(file: string, error: string, at?: { line: number; col: number }): string {
  return at
    ? english.t('settingsFile.at', { file, line: at.line, column: at.col, error })
    : english.t('settingsFile.inFile', { file, error });
}

/** A settings file's text read as a document, or why not, in words that name the file and the line. */
export function readSettingsDoc(text: string, file: string): Parsed<{ doc: SettingsDoc }> {
  if (formatOf(file) === 'json') {
    const json = parseSettingsJson(text, file);
    if (!json.ok) return json;
    // The same text as YAML (JSON is YAML 1.2): only to find a field's line when the schema refuses it.
    const lines = new LineCounter();
    let located: Document | null = null;
    try {
      const read = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
      located = read.errors.length ? null : read;
    } catch {
      // Positions are a help for messages only; JSON.parse has read the values.
    }
    return { ok: true, doc: { file, format: 'json', raw: json.raw, doc: new Document(json.raw), located, lines } };
  }
  return readYaml(text, file);
}

function readYaml(text: string, file: string): Parsed<{ doc: SettingsDoc }> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const deep = nestingBeyond(body, MAX_DEPTH);
  if (deep !== null)
    return {
      ok: false,
      errors: [placed(file, english.t('settingsFile.tooDeep', { max: MAX_DEPTH }), { line: deep, col: 1 })],
    };
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  } catch (err) {
    return { ok: false, errors: [placed(file, english.t('settingsFile.unreadable', { detail: String(err) }))] };
  }
  const problem: YAMLError | undefined = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const key = doc.errors.length ? 'settingsFile.yamlSyntax' : 'settingsFile.yamlWarning';
    const at = lines.linePos(problem.pos[0]);
    return { ok: false, errors: [placed(file, english.t(key, { detail: firstLine(problem.message) }), at)] };
  }
  // An empty file (or one of comments only) is the defaults, as `{}` is in settings.json.
  if (doc.contents === null) doc.contents = doc.createNode({}) as Document['contents'];
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch {
    return { ok: false, errors: [placed(file, english.t('settingsFile.tooManyAliases'))] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (doc.contents !== null && !isMap(doc.contents)))
    return { ok: false, errors: [placed(file, english.t('settingsFile.notObject'))] };
  if (depthOf(raw) > MAX_DEPTH)
    return { ok: false, errors: [placed(file, english.t('settingsFile.tooDeep', { max: MAX_DEPTH }))] };
  return { ok: true, doc: { file, format: 'yaml', raw: raw as Raw, doc, located: doc, lines } };
}

const firstLine = (s: string): string =>
  s
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();

function depthOf(v: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || typeof v !== 'object' || v === null) return depth;
  let max = depth;
  for (const child of Object.values(v)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}

/** The document's text as it is written to its file: YAML with its comments, or JSON (2 spaces, a final newline). */
export function docText(d: Pick<SettingsDoc, 'format' | 'doc'>): string {
  return d.format === 'yaml' ? d.doc.toString({ lineWidth: 0 }) : `${JSON.stringify(d.doc.toJS() ?? {}, null, 2)}\n`;
}

/**
 * Where the value at `path` is written in the file (its deepest part that is there), as line and
 * column from 1; null when the file does not hold any part of it.
 */
export function placeOf(
  d: Pick<SettingsDoc, 'located' | 'lines'>,
  path: readonly Key[],
): { line: number; col: number } | null {
  if (!d.located) return null;
  for (let k = path.length; k >= 1; k--) {
    const node = d.located.getIn(path.slice(0, k), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return d.lines.linePos(node.range[0]);
  }
  return null;
}

/** One change of an edit: the value at `path` becomes `value`, or goes (`remove`). */
export type Change = { path: Key[]; value: unknown } | { path: Key[]; remove: true };

/**
 * The changes that turn `before` into `after`, each as deep as both still agree on their shape:
 * maps key by key, lists of the same length item by item (so an edited channel keeps its
 * comments), anything else replaced whole.
 */
export function changesBetween(before: unknown, after: unknown, path: Key[] = []): Change[] {
  if (isPlain(before) && isPlain(after)) {
    const out: Change[] = [];
    for (const [k, v] of Object.entries(after)) {
      if (v === undefined) continue;
      if (!(k in before) || before[k] === undefined) out.push({ path: [...path, k], value: v });
      else out.push(...changesBetween(before[k], v, [...path, k]));
    }
    for (const k of Object.keys(before))
      if (before[k] !== undefined && (!(k in after) || after[k] === undefined))
        out.push({ path: [...path, k], remove: true });
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length)
    return before.flatMap((b, i) => changesBetween(b, after[i], [...path, i]));
  return sameValue(before, after) ? [] : [{ path, value: after }];
}

const isPlain = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies one change to the document. A path whose parents the file does not hold yet is set
 * from its first missing part, whole, with `whole` (the edit's complete result), so a list is
 * never made up from an index.
 */
export function applyChange(d: SettingsDoc, change: Change, whole: unknown): void {
  const { doc } = d;
  if ('remove' in change) {
    if (doc.hasIn(change.path)) doc.deleteIn(change.path);
    return;
  }
  const { path } = change;
  for (let k = 1; k < path.length; k++) {
    const prefix = path.slice(0, k);
    const node = doc.getIn(prefix, true);
    const missing = node === undefined;
    const outOfList = isSeq(node) && !(Number(path[k]) < node.items.length);
    if (missing || outOfList || !isCollection(node)) {
      // Maps on the way are made by setIn; a list is never made up from an index: it is set whole.
      const list = path.findIndex((key, i) => i >= k && typeof key === 'number');
      if (missing && list < 0) break;
      const upTo = missing ? path.slice(0, list) : prefix;
      return setNode(doc, upTo, valueAt(whole, upTo));
    }
  }
  setNode(doc, path, change.value);
}

function setNode(doc: Document, path: Key[], value: unknown): void {
  // A scalar keeps its node (and the comment beside it); a map or list is made a node of its own.
  const node = typeof value === 'object' && value !== null ? doc.createNode(value) : value;
  if (path.length === 0) doc.contents = doc.createNode(value) as Document['contents'];
  else doc.setIn(path, node);
}

export function valueAt(obj: unknown, path: readonly Key[]): unknown {
  let node = obj;
  for (const k of path)
    node = typeof node === 'object' && node !== null ? (node as Record<Key, unknown>)[k] : undefined;
  return node;
}
