import { describe, expect, it } from 'vitest';

import { readSamples } from '../../bench/runner/plot-samples';

describe('plot-samples readSamples', () => {
  it.each([
    { name: 'empty', text: '', rows: [] },
    {
      name: 'two samples, blank lines and a missing anonMB',
      text: '{"min":0.1,"rssMB":98.4,"anonMB":54.4}\n\n{"min":0.2,"rssMB":99}\n',
      rows: [
        [0.1, 98.4, 54.4],
        [0.2, 99, undefined],
      ],
    },
  ])('$name', ({ text, rows }) => {
    expect(readSamples(text)).toEqual(rows);
  });

  it.each([
    { name: 'not JSON', text: '{"min":0.1,"rssMB":98.4}\n{"min":', words: 'soak.jsonl, line 2: not JSON' },
    { name: 'no rssMB', text: '{"min":1}', words: 'soak.jsonl, line 1: a sample needs "min" and "rssMB" as numbers' },
    { name: 'null', text: 'null', words: 'soak.jsonl, line 1: a sample needs "min" and "rssMB" as numbers' },
    { name: 'a string minute', text: '{"min":"1","rssMB":2}', words: 'soak.jsonl, line 1: a sample needs' },
  ])('refuses $name in words', ({ text, words }) => {
    expect(() => readSamples(text, 'soak.jsonl')).toThrow(words);
  });
});
