import { describe, expect, it } from 'vitest';

import {
  type FieldFacts,
  type IssueFacts,
  issueWords,
  messageWords,
  unitOf,
  withArticle,
} from '../../renderer/src/settings/issue-words';
import { clientErrors, fieldFacts, setAt, wordedErrors } from '../../renderer/src/settings/schema-walk';
import { english } from '../../shared/i18n/translators';
import { type Settings, settingsSchema } from '../../shared/settings';

const secs: FieldFacts = { label: 'Check every (seconds)', unit: 'seconds', input: 5 };

describe('a zod issue as a sentence', () => {
  it.each<[string, IssueFacts, FieldFacts, string]>([
    [
      'too_small number',
      { code: 'too_small', origin: 'number', minimum: 10, inclusive: true, message: 'x' },
      secs,
      'Must be at least 10 seconds.',
    ],
    [
      'too_small exclusive',
      { code: 'too_small', origin: 'number', minimum: 0, inclusive: false, message: 'x' },
      {},
      'Must be more than 0.',
    ],
    [
      'too_small one unit',
      { code: 'too_small', origin: 'number', minimum: 1, inclusive: true, message: 'x' },
      { unit: 'hours' },
      'Must be at least 1 hour.',
    ],
    [
      'too_small empty string',
      { code: 'too_small', origin: 'string', minimum: 1, inclusive: true, message: 'x' },
      { label: 'Source id', input: '' },
      'Enter a source id.',
    ],
    [
      'too_small long string',
      { code: 'too_small', origin: 'string', minimum: 16, inclusive: true, message: 'use at least 16 characters' },
      { input: 'short' },
      'Must be at least 16 characters long.',
    ],
    [
      'too_small list',
      { code: 'too_small', origin: 'array', minimum: 1, inclusive: true, message: 'x' },
      {},
      'Choose at least one.',
    ],
    [
      'too_big number',
      { code: 'too_big', origin: 'number', maximum: 86400, inclusive: true, message: 'x' },
      secs,
      'Must be at most 86400 seconds.',
    ],
    [
      'too_big string',
      { code: 'too_big', origin: 'string', maximum: 64, inclusive: true, message: 'x' },
      {},
      'Must be at most 64 characters long.',
    ],
    [
      'too_big list',
      { code: 'too_big', origin: 'array', maximum: 25, inclusive: true, message: 'x' },
      {},
      'Must have at most 25 items.',
    ],
    [
      'invalid_type missing text',
      { code: 'invalid_type', expected: 'string', message: 'x' },
      { label: 'Address (URL)', input: undefined },
      'Enter an address.',
    ],
    [
      'invalid_type missing number',
      { code: 'invalid_type', expected: 'number', message: 'x' },
      { input: null },
      'Enter a number.',
    ],
    [
      'invalid_type text for number',
      { code: 'invalid_type', expected: 'number', message: 'x' },
      { input: 'abc' },
      'Must be a number.',
    ],
    [
      'invalid_type int',
      { code: 'invalid_type', expected: 'int', message: 'x' },
      { input: 1.5 },
      'Must be a whole number.',
    ],
    [
      'invalid_type odd',
      { code: 'invalid_type', expected: 'bigint', message: 'x' },
      { input: 1 },
      'Not a valid value.',
    ],
    [
      'not_multiple_of',
      { code: 'not_multiple_of', divisor: 5, message: 'x' },
      { unit: 'minutes' },
      'Must be a multiple of 5 minutes.',
    ],
    [
      'invalid_format url',
      { code: 'invalid_format', format: 'url', message: 'expected an http:// or https:// URL' },
      { input: 'x' },
      'Must be a web address (http:// or https://).',
    ],
    [
      'invalid_format empty url',
      { code: 'invalid_format', format: 'url', message: 'x' },
      { label: 'URL', input: '' },
      'Enter a URL.',
    ],
    [
      'invalid_format email',
      { code: 'invalid_format', format: 'email', message: 'x' },
      { input: 'x' },
      'Must be an e-mail address.',
    ],
    [
      'invalid_format authored regex',
      { code: 'invalid_format', format: 'regex', message: 'use letters, digits, dot, dash or underscore' },
      { input: 'a b' },
      'Use letters, digits, dot, dash or underscore.',
    ],
    [
      'invalid_format zod regex',
      { code: 'invalid_format', format: 'regex', message: 'Invalid string: must match pattern /^x$/' },
      { input: 'y' },
      'Not in the expected form.',
    ],
    [
      'invalid_value choices',
      { code: 'invalid_value', values: ['debug', 'info'], message: 'x' },
      { input: 'loud', choices: { debug: 'Everything', info: 'Info' } },
      'Choose one of: Everything, Info.',
    ],
    ['invalid_value literal', { code: 'invalid_value', values: [4], message: 'x' }, { input: 5 }, 'Must be 4.'],
    [
      'invalid_value empty',
      { code: 'invalid_value', values: ['a', 'b'], message: 'x' },
      { input: undefined },
      'Choose one.',
    ],
    [
      'unrecognized_keys',
      { code: 'unrecognized_keys', keys: ['foo', 'bar'], message: 'x' },
      {},
      'Not a setting here: foo, bar. Remove them.',
    ],
    [
      'invalid_union discriminator',
      { code: 'invalid_union', options: ['http', 'dns'], errors: [], message: 'x' },
      { input: 'ftp' },
      'Choose one of: http, dns.',
    ],
    [
      'invalid_union meant the string',
      {
        code: 'invalid_union',
        message: 'Invalid input',
        errors: [
          [{ code: 'too_small', origin: 'string', minimum: 16, inclusive: true, message: 'x' }],
          [{ code: 'invalid_type', expected: 'object', message: 'x' }],
        ],
      },
      { input: 'short' },
      'Must be at least 16 characters long.',
    ],
    [
      'invalid_union missing',
      { code: 'invalid_union', errors: [], message: 'Invalid input' },
      { label: 'Bot token', input: '' },
      'Enter a bot token.',
    ],
    [
      'invalid_union none meant',
      { code: 'invalid_union', errors: [[{ code: 'invalid_type', message: 'x' }]], message: 'Invalid input' },
      { input: 3 },
      'Not a valid value.',
    ],
    [
      'invalid_key',
      {
        code: 'invalid_key',
        origin: 'record',
        issues: [{ code: 'invalid_format', format: 'regex', message: 'not a valid header name' }],
        message: 'Invalid key in record',
      },
      {},
      'Not a valid header name.',
    ],
    [
      'invalid_element',
      {
        code: 'invalid_element',
        origin: 'map',
        issues: [{ code: 'too_small', origin: 'string', minimum: 2, inclusive: true, message: 'x' }],
        message: 'x',
      },
      {},
      'Must be at least 2 characters long.',
    ],
    [
      'custom authored',
      { code: 'custom', message: 'duplicate source id "a"' },
      { input: 'a' },
      'Duplicate source id "a".',
    ],
    ['custom zod default', { code: 'custom', message: 'Invalid input' }, { input: 'a' }, 'Not a valid value.'],
    ['required, the engine', { message: 'required' }, { label: 'Server URL' }, 'Enter a server URL.'],
  ])('%s', (_, issue, field, words) => expect(issueWords(issue, field, english)).toBe(words));
});

describe("zod's own text, as the engine sends it, read back", () => {
  it.each([
    ['Too small: expected number to be >=10', 'Must be at least 10.'],
    ['Too small: expected string to have >=1 characters', 'Enter a value.'],
    ['Too big: expected number to be <86400', 'Must be less than 86400.'],
    ['Too big: expected array to have <=25 items', 'Must have at most 25 items.'],
    ['Invalid input: expected number, received undefined', 'Enter a number.'],
    ['Invalid input: expected number, received string', 'Must be a number.'],
    ['Invalid option: expected one of "prefix64"|"full"', 'Choose one of: prefix64, full.'],
    ['Invalid URL', 'Must be a web address (http:// or https://).'],
    ['Unrecognized key: "foo"', 'Not a setting here: foo. Remove it.'],
    ['Invalid input', 'Not a valid value.'],
    ['the disk is too small for that many', 'The disk is too small for that many.'],
    // A sentence already made stays as it is.
    ['Must be at least 10 seconds.', 'Must be at least 10 seconds.'],
    ['Choose one of: Everything, Info.', 'Choose one of: Everything, Info.'],
  ])('%s', (text, words) => expect(messageWords(text, {}, english)).toBe(words));
});

describe('a field named in a sentence', () => {
  it.each([
    ['Check every (seconds)', undefined, 'seconds'],
    ['Request timeout (ms)', undefined, 'ms'],
    ['Sources that must agree', 'quorum', undefined],
    [undefined, 'timeoutMs', 'ms'],
    [undefined, 'maxAgeHours', 'hours'],
  ])('%s / %s has unit %s', (label, key, unit) => expect(unitOf(label, key)).toBe(unit));

  it.each([
    ['Source id', 'a source id'],
    ['Address (URL)', 'an address'],
    ['SMTP server', 'an SMTP server'],
    ['URL', 'a URL'],
    ['API token', 'an API token'],
    ['Update interval', 'an update interval'],
    ['User name', 'a user name'],
  ])('%s -> %s', (label, words) => expect(withArticle(label)).toBe(words));
});

/** Settings made wrong in one way each: every code the settings schema produces, with its sentence. */
/** The fourth entry, when given, is what a field shows where it has only the text (an author's own words). */
const BAD: [string, (s: Record<string, unknown>) => unknown, Record<string, string>, Record<string, string>?][] = [
  [
    'too small',
    (s) => setAt(s, ['monitor', 'intervalSec'], 5),
    { 'monitor.intervalSec': 'Must be at least 10 seconds.' },
  ],
  [
    'too big',
    (s) => setAt(s, ['monitor', 'intervalSec'], 1e9),
    { 'monitor.intervalSec': 'Must be at most 86400 seconds.' },
  ],
  ['a number as text', (s) => setAt(s, ['monitor', 'timeoutMs'], 'abc'), { 'monitor.timeoutMs': 'Must be a number.' }],
  ['emptied', (s) => setAt(s, ['monitor', 'intervalSec'], null), { 'monitor.intervalSec': 'Enter a number.' }],
  [
    'a fraction',
    (s) => setAt(s, ['monitor', 'intervalSec'], 10.5),
    { 'monitor.intervalSec': 'Must be a whole number.' },
  ],
  [
    'an unknown choice',
    (s) => setAt(s, ['log', 'level'], 'loud'),
    { 'log.level': 'Choose one of: Debug (everything), Info, Warnings and errors, Errors only.' },
  ],
  ['an unknown key', (s) => setAt(s, ['monitor', 'foo'], 1), { monitor: 'Not a setting here: foo. Remove it.' }],
  [
    'a new, empty source',
    (s) => setAt(s, ['sources', 'custom'], [{ id: '', kind: 'http', url: '', family: 4 }]),
    { 'sources.custom.0.id': 'Enter a source id.', 'sources.custom.0.url': 'Enter an address.' },
  ],
  [
    'a source with a bad id and address',
    (s) => setAt(s, ['sources', 'custom'], [{ id: 'a b', kind: 'http', url: 'ftp://x', family: 4 }]),
    {
      'sources.custom.0.id': 'Use letters, digits, dot, dash or underscore.',
      'sources.custom.0.url': 'Must be a web address (http:// or https://).',
    },
  ],
  [
    'an unknown source kind',
    (s) => setAt(s, ['sources', 'custom'], [{ id: 'a', kind: 'ftp', family: 4 }]),
    { 'sources.custom.0.kind': 'Choose one of: http, dns, stun, interface.' },
  ],
  [
    'two sources with one id',
    (s) =>
      setAt(
        s,
        ['sources', 'custom'],
        [0, 1].map(() => ({ id: 'a', kind: 'http', url: 'http://x/', family: 4 })),
      ),
    { 'sources.custom.1.id': 'Duplicate source id "a".' },
  ],
  [
    'a short token',
    (s) => setAt(s, ['api', 'token'], 'short'),
    { 'api.token': 'Must be at least 16 characters long.' },
    { 'api.token': 'Use at least 16 characters.' },
  ],
  [
    'a list item of the wrong kind',
    (s) => setAt(s, ['sources', 'disabled'], [5]),
    { 'sources.disabled.0': 'Must be text.' },
  ],
  [
    'a Discord id too short',
    (s) => setAt(s, ['discord', 'guilds'], [{ id: '12' }]),
    { 'discord.guilds.0.id': 'Expected a Discord id (17 to 20 digits).' },
  ],
];

/** As a field shows them: the schema's text by path (clientErrors), said about the field and what was typed. */
function shown(draft: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of clientErrors(settingsSchema, draft))
    out[path] = messageWords(message, fieldFacts(settingsSchema, path.split('.'), draft), english);
  return out;
}

/** From the issues themselves, codes and bounds (wordedErrors). */
function fromIssues(draft: unknown): Record<string, string> {
  const r = settingsSchema.safeParse(draft);
  return r.success ? {} : Object.fromEntries(wordedErrors(r.error.issues, settingsSchema, draft, english));
}

describe('the settings schema, said in sentences', () => {
  const defaults = settingsSchema.parse({}) as Settings;
  const spoilt = (spoil: (typeof BAD)[number][1]) => spoil(defaults as unknown as Record<string, unknown>);

  it.each(BAD)('%s, as a field shows it', (_, spoil, words, text) =>
    expect(shown(spoilt(spoil))).toEqual(text ?? words),
  );
  it.each(BAD)('%s, from the issues', (_, spoil, words) => expect(fromIssues(spoilt(spoil))).toEqual(words));

  it("covers every code the settings schema produces here, and never shows zod's own text", () => {
    const codes = new Set<string>();
    const all: string[] = [];
    for (const [, spoil] of BAD) {
      const draft = spoilt(spoil);
      const r = settingsSchema.safeParse(draft);
      if (!r.success) for (const i of r.error.issues) codes.add(i.code);
      all.push(...Object.values(shown(draft)), ...Object.values(fromIssues(draft)));
    }
    expect([...codes].sort()).toEqual(
      [
        'custom',
        'invalid_format',
        'invalid_type',
        'invalid_union',
        'invalid_value',
        'too_big',
        'too_small',
        'unrecognized_keys',
      ].sort(),
    );
    for (const words of all) {
      expect(words).not.toMatch(/Too (small|big)|Invalid (input|option|string)|Unrecognized|[<>]=?\d|expected \w+ to/);
      expect(words).toMatch(/^[A-Z].*[.]$/);
    }
  });
});
