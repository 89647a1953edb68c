/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of the readers of what a source
 * or a DDNS provider answers: the echo-source formats (sources/parsers.ts), dyndns2's return codes,
 * DuckDNS, deSEC and Cloudflare's bodies, and Retry-After. Each reads back the value an answer was
 * written with; for any other body the outcome is a refusal or a retry in words, never a throw,
 * never a raw code alone, and never "updated" for an answer that did not say so.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cloudflareMessage } from '../../../../electron/engine/ddns/cloudflare';
import { readDesec } from '../../../../electron/engine/ddns/desec';
import { desecMessage } from '../../../../electron/engine/ddns/desec-rest';
import { readDuckdns } from '../../../../electron/engine/ddns/duckdns';
import { dyndns2Message, readDyndns2 } from '../../../../electron/engine/ddns/dyndns2';
import type { DdnsOutcome } from '../../../../electron/engine/ddns/types';
import { parseRetryAfter } from '../../../../electron/engine/net/retry-after';
import { extractAnswer, keyValues, parseHostPort } from '../../../../electron/engine/sources/parsers';
import { SourceError } from '../../../../electron/engine/sources/types';
import { propertyRun } from '../../../helpers/properties';

const LABEL = 'the provider';
/** The words of an outcome that is not a success: the label, then a phrase, not a code alone. */
function saysWhy(o: DdnsOutcome) {
  if (o.kind === 'retry' || o.kind === 'stop') expect(o.reason).toMatch(/^the provider: [a-z!]+\S* [a-z]+ /);
}
const address = fc.oneof(fc.ipV4(), fc.ipV6());
/** Text as a proxy's page or a cut answer may be. */
const anyBody = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.json());
const noBreak = fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s));

describe('echo-source formats', () => {
  const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
  const pad = fc.constantFrom('', ' ', '\t', '  ');

  it('text: the whole body, trimmed', () => {
    fc.assert(
      fc.property(address, pad, pad, (ip, a, b) => {
        expect(extractAnswer(`${a}${ip}${b}\n`, 'text')).toBe(ip);
      }),
      propertyRun('sources text'),
    );
  });

  it('json: the string at any dotted path of objects, read back; a path that is not there refused in words', () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 4 }), address, fc.json(), (path, ip, noise) => {
        const body = path.reduceRight<unknown>((inner, k) => ({ noise: JSON.parse(noise), [k]: inner }), ` ${ip} `);
        expect(extractAnswer(JSON.stringify(body), 'json', path.join('.'))).toBe(ip);
        expect(() => extractAnswer(JSON.stringify(body), 'json', `${path.join('.')}.more`)).toThrow(
          /no JSON field|is not a string/,
        );
      }),
      propertyRun('sources json'),
    );
  });

  it('kv: the first line of the key wins, whatever the other lines and line ends', () => {
    const line = fc.tuple(key, noBreak).map(([k, v]) => `${k}=${v.replace(/=/g, '')}`);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 6 }),
        key,
        address,
        fc.constantFrom('\n', '\r\n'),
        (lines, k, ip, eol) => {
          const others = lines.filter((l) => !l.startsWith(`${k}=`) && !l.startsWith(`${k} `));
          const body = [...others, `${k} = ${ip}`, `${k}=later`].join(eol);
          expect(extractAnswer(body, 'kv', k)).toBe(ip);
          expect(keyValues(body, [k])).toEqual({ [k]: ip });
        },
      ),
      propertyRun('sources kv'),
    );
  });

  it('any body in any format: the answer, or SourceError "parse" in words', () => {
    fc.assert(
      fc.property(anyBody, fc.constantFrom('text' as const, 'json' as const, 'kv' as const), key, (body, format, k) => {
        try {
          expect(typeof extractAnswer(body, format, k)).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(SourceError);
          expect((err as SourceError).code).toBe('parse');
          expect((err as Error).message).toMatch(/^(no |the reply |JSON field )/);
        }
      }),
      propertyRun('sources any body'),
    );
  });

  it('host:port: any host and port printed as a server is read back; any other text refused in words', () => {
    const host = fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.ipV6().map((a) => `[${a}]`),
    );
    fc.assert(
      fc.property(host, fc.integer({ min: 1, max: 65_535 }), fc.string({ maxLength: 30 }), (h, port, junk) => {
        expect(parseHostPort(`${h}:${port}`)).toEqual({ host: h.replace(/^\[|\]$/g, ''), port });
        try {
          const read = parseHostPort(junk);
          expect(read.port).toBeGreaterThanOrEqual(1);
          expect(read.port).toBeLessThanOrEqual(65_535);
        } catch (err) {
          expect((err as Error).message).toMatch(/^bad server address .*, expected host:port$/s);
        }
      }),
      propertyRun('sources host:port'),
    );
  });
});

describe('dyndns2 answers', () => {
  const CODES = ['badauth', '!donator', 'notfqdn', 'nohost', 'numhost', 'abuse', 'badagent', 'dnserr', '911'];

  it('good and nochg with any address are read as updated and unchanged, the address kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('good', 'nochg'),
        address,
        fc.constantFrom('', '\n', '\r\n', '\nmore\n'),
        (code, ip, tail) => {
          const o = readDyndns2(`${code} ${ip}${tail}`, LABEL);
          expect(o).toEqual(
            code === 'good'
              ? { kind: 'updated', detail: `${LABEL}: good ${ip}` }
              : { kind: 'unchanged', detail: `${LABEL}: nochg ${ip}` },
          );
        },
      ),
      propertyRun('dyndns2 good/nochg'),
    );
  });

  it('each return code is a stop or a retry in words that name the code, as the message reader says it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), fc.constantFrom('', ' ', '\n', ' x'), (code, tail) => {
        const o = readDyndns2(`${code}${tail}`, LABEL);
        expect(o.kind).toBe(code === 'dnserr' || code === '911' ? 'retry' : 'stop');
        saysWhy(o);
        const message = dyndns2Message(`${code}${tail}`);
        expect(message).toMatch(new RegExp(`\\(${code.replace('!', '\\!')}\\)$`));
        expect((o as { reason: string }).reason).toBe(`${LABEL}: ${message}`);
      }),
      propertyRun('dyndns2 codes'),
    );
  });

  it('any other body is a retry in words, never updated', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const first = body.trim().split('\n')[0]!.trim().split(/\s+/)[0]!;
        fc.pre(!['good', 'nochg', ...CODES].includes(first));
        const o = readDyndns2(body, LABEL);
        expect(o.kind).toBe('retry');
        saysWhy(o);
        expect(dyndns2Message(body)).toBeNull();
      }),
      propertyRun('dyndns2 any body'),
    );
  });
});

describe('DuckDNS, deSEC and Cloudflare bodies', () => {
  it('DuckDNS: OK with UPDATED or NOCHANGE is read as such; KO a stop; anything else a retry in words', () => {
    fc.assert(
      fc.property(address, fc.constantFrom('UPDATED', 'NOCHANGE'), anyBody, (ip, change, body) => {
        const o = readDuckdns(`OK\n${ip}\n\n${change}`, LABEL);
        expect(o.kind).toBe(change === 'UPDATED' ? 'updated' : 'unchanged');
        expect(readDuckdns('KO', LABEL).kind).toBe('stop');
        const first = body.trim().split('\n')[0]!.trim();
        const read = readDuckdns(body, LABEL);
        if (first !== 'OK' && first !== 'KO') expect(read.kind).toBe('retry');
        saysWhy(read);
      }),
      propertyRun('DuckDNS bodies'),
    );
  });

  it('deSEC: updated only for "good"; any other body a retry in words', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        const read = readDesec(body, LABEL);
        expect(read.kind).toBe(body.trim().split('\n')[0] === 'good' ? 'updated' : 'retry');
        saysWhy(read);
      }),
      propertyRun('deSEC bodies'),
    );
  });

  it("the providers' own error words are read back from any envelope; no words from any other body", () => {
    const said = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(said, { minLength: 1, maxLength: 3 }), anyBody, (words, body) => {
        const envelope = { success: false, errors: words.map((message, code) => ({ code: 1000 + code, message })) };
        expect(cloudflareMessage(JSON.stringify(envelope))).toBe(words.map((w) => w.trim()).join('; '));
        expect(desecMessage(JSON.stringify({ detail: words[0] }))).toBe(words[0]!.trim());
        const cf = cloudflareMessage(body);
        if (cf !== null) expect(cf.trim()).not.toBe('');
        const de = desecMessage(body);
        if (de !== null) expect(de).toBe(de.trim());
      }),
      propertyRun('provider error words'),
    );
  });
});

describe('Retry-After', () => {
  const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

  it('delay-seconds and HTTP dates read back as the ms they were written with; never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.string({ maxLength: 20 }),
        (s, offsetS, junk) => {
          expect(parseRetryAfter(` ${s} `, NOW)).toBe(s * 1000);
          const at = new Date(NOW + offsetS * 1000).toUTCString();
          expect(parseRetryAfter(at, NOW)).toBe(Math.max(0, offsetS * 1000));
          const read = parseRetryAfter(junk, NOW);
          if (read !== undefined) expect(read).toBeGreaterThanOrEqual(0);
        },
      ),
      propertyRun('Retry-After'),
    );
  });
});

describe('the counterexample the dyndns2 property found, kept as a plain test', () => {
  // Answers named like Object.prototype's members found them in the table of codes: "valueOf" was
  // a stop whose reason was a function's source text.
  it.each(['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '%j is none of the return codes: a retry in words',
    (body) => {
      const o = readDyndns2(body, LABEL);
      expect(o).toEqual({
        kind: 'retry',
        reason: `${LABEL}: an answer that is none of the protocol's return codes (a proxy's page or a cut answer?)`,
        code: expect.objectContaining({ code: 'reason.ddns.dyndns2Unknown' }),
      });
      expect(dyndns2Message(body)).toBeNull();
    },
  );
});
