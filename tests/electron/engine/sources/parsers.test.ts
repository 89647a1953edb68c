import { describe, expect, it } from 'vitest';

import { extractAnswer, parseHostPort, type AnswerFormat } from '../../../../electron/engine/sources/parsers';
import { SourceError } from '../../../../electron/engine/sources/types';

const TRACE = 'fl=123f\nh=1.1.1.1\nip=81.2.69.142\nts=1700000000.1\nvisit_scheme=https\nuag=IPWatch\n';

describe('extractAnswer', () => {
  it.each<[string, string, AnswerFormat, string | undefined, string]>([
    ['text: trims the body', '  81.2.69.142\n', 'text', undefined, '81.2.69.142'],
    ['text: keeps anything else for the validator', '<html>oops</html>', 'text', undefined, '<html>oops</html>'],
    ['text: empty body', '\n', 'text', undefined, ''],
    ['json: default field ip', '{"ip":"2a02:1:2::3"}', 'json', undefined, '2a02:1:2::3'],
    ['json: dotted path', '{"data":{"client":{"addr":" 81.2.69.142 "}}}', 'json', 'data.client.addr', '81.2.69.142'],
    ['json: array index in the path', '{"ips":["81.2.69.142"]}', 'json', 'ips.0', '81.2.69.142'],
    ['kv: Cloudflare trace', TRACE, 'kv', undefined, '81.2.69.142'],
    ['kv: another key', TRACE, 'kv', 'h', '1.1.1.1'],
    ['kv: CRLF lines and spaces', 'a=1\r\nip = 81.2.69.142\r\n', 'kv', 'ip', '81.2.69.142'],
  ])('%s', (_name, body, format, field, expected) => {
    expect(extractAnswer(body, format, field)).toBe(expected);
  });

  it.each<[string, string, AnswerFormat, string | undefined, RegExp]>([
    ['json: invalid JSON', '<html>', 'json', undefined, /not valid JSON/],
    ['json: missing field', '{"address":"81.2.69.142"}', 'json', undefined, /no JSON field "ip"/],
    ['json: missing nested field', '{"data":{}}', 'json', 'data.ip', /no JSON field "data.ip"/],
    ['json: path through a string', '{"data":"x"}', 'json', 'data.ip', /no JSON field/],
    ['json: number, not a string', '{"ip":42}', 'json', undefined, /not a string/],
    ['json: null', '{"ip":null}', 'json', undefined, /not a string/],
    ['json: top-level string has no field', '"81.2.69.142"', 'json', undefined, /no JSON field/],
    ['json: no prototype walk', '{}', 'json', 'constructor', /no JSON field/],
    ['kv: no such key', 'fl=1\nh=x\n', 'kv', undefined, /no "ip=" line/],
    ['kv: key only as a prefix', 'ipv6=off\n', 'kv', 'ip', /no "ip=" line/],
  ])('%s -> parse', (_name, body, format, field, message) => {
    let caught: unknown;
    try {
      extractAnswer(body, format, field);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SourceError);
    expect((caught as SourceError).code).toBe('parse');
    expect((caught as SourceError).message).toMatch(message);
  });
});

describe('parseHostPort', () => {
  it.each([
    ['1.1.1.1:53', { host: '1.1.1.1', port: 53 }],
    ['[2606:4700:4700::1111]:53', { host: '2606:4700:4700::1111', port: 53 }],
    ['stun.l.google.com:19302', { host: 'stun.l.google.com', port: 19302 }],
  ])('%s', (server, expected) => {
    expect(parseHostPort(server)).toEqual(expected);
  });

  it.each(['1.1.1.1', '2606:4700::1111:53', 'host:0', 'host:70000', '[::1]', ''])('rejects %j', (server) => {
    expect(() => parseHostPort(server)).toThrow(/expected host:port/);
  });
});
