/**
 * scripts/lint-dockerfile.mjs: each hadolint rule it checks, on a Dockerfile that breaks it and
 * one that keeps it, then the image's own Dockerfile (build/docker/Dockerfile), which must pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { lintDockerfile, parseDockerfile } from '../../scripts/lint-dockerfile.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCKERFILE = path.join(ROOT, 'build/docker/Dockerfile');

/** Ends a snippet as a good image does (a non-root USER, a CMD), unless the snippet is about those. */
const withTail = (text: string) => (/\b(USER|CMD)\b/.test(text) ? text : `${text}USER node\nCMD ["node", "app.js"]\n`);
const rules = (text: string) => lintDockerfile(withTail(text)).map((f) => f.rule);

describe('lintDockerfile', () => {
  it.each([
    ['DL3006', 'FROM node\n', 'FROM node:20-slim\n'],
    ['DL3006', 'ARG IMG\nFROM ${IMG}\n', 'ARG IMG=node:20-slim\nFROM ${IMG}\n'],
    ['DL3007', 'FROM node:latest\n', 'FROM node@sha256:0123abcd\n'],
    ['DL3061', 'RUN true\nFROM node:20\n', 'ARG X=1\nFROM node:20\n'],
    [
      'DL3008',
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*\n',
    ],
    [
      'DL3009',
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends tini=0.19.0-1\n',
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*\n',
    ],
    [
      'DL3015',
      'FROM debian:12\nRUN apt-get install -y tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*\n',
    ],
    [
      'DL3014',
      'FROM debian:12\nRUN apt-get install --no-install-recommends tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*\n',
    ],
    ['DL3016', 'FROM node:20\nRUN npm install -g pm2\n', 'FROM node:20\nRUN npm install -g pm2@5.4.2 @scope/x@1.0.0\n'],
    ['DL3016', 'FROM node:20\nRUN npm i left-pad\n', 'FROM node:20\nRUN npm ci --omit=dev\n'],
    ['DL3002', 'FROM node:20\nUSER node\nUSER root\n', 'FROM node:20\nUSER root\nUSER node\n'],
    ['IPW001', 'FROM node:20\nCMD ["node"]\n', 'FROM node:20\nUSER 1000:1000\n'],
    [
      'DL3002',
      'FROM node:20 AS a\nUSER node\nFROM node:20\nUSER 0\n',
      'FROM node:20 AS a\nUSER 0\nFROM node:20\nUSER node\n',
    ],
    ['DL3020', 'FROM node:20\nADD src /app\n', 'FROM node:20\nADD https://example.org/a.txt /a\nADD rootfs.tar.gz /\n'],
    [
      'DL3022',
      'FROM node:20\nCOPY --from=builder /a /a\n',
      'FROM node:20 AS builder\nFROM node:20\nCOPY --from=builder /a /a\n',
    ],
    ['DL3025', 'FROM node:20\nCMD node app.js\n', 'FROM node:20\nCMD ["node", "app.js"]\n'],
    ['DL3025', 'FROM node:20\nENTRYPOINT node app.js\n', 'FROM node:20\nENTRYPOINT ["node"]\n'],
    [
      'DL3025',
      'FROM node:20\nHEALTHCHECK --interval=5s CMD node h.mjs\n',
      'FROM node:20\nHEALTHCHECK --interval=5s CMD ["node", "h.mjs"]\n',
    ],
    ['DL4003', 'FROM node:20\nCMD ["a"]\nCMD ["b"]\n', 'FROM node:20 AS a\nCMD ["a"]\nFROM node:20\nCMD ["b"]\n'],
    ['DL4004', 'FROM node:20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n', 'FROM node:20\nENTRYPOINT ["a"]\n'],
    [
      'DL4006',
      'FROM node:20\nRUN wget -O - https://x | tar x\n',
      'FROM node:20\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | tar x\n',
    ],
    [
      'DL4006',
      'FROM node:20 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM node:20\nRUN a | b\n',
      'FROM node:20\nRUN a || b\n',
    ],
    ['DL3059', 'FROM node:20\nRUN a\n# comment\nRUN b\n', 'FROM node:20\nRUN a \\\n  && b\n'],
    ['DL3003', 'FROM node:20\nRUN cd /app && make\n', 'FROM node:20\nWORKDIR /app\nRUN make\n'],
    ['DL3004', 'FROM node:20\nRUN sudo make install\n', 'FROM node:20\nRUN make install\n'],
    [
      'DL3027',
      'FROM debian:12\nRUN apt install -y x=1 && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN apt-cache policy x\n',
    ],
    ['DL3000', 'FROM node:20\nWORKDIR app\n', 'FROM node:20\nWORKDIR /app\n'],
    ['DL4000', 'FROM node:20\nMAINTAINER me\n', 'FROM node:20\nLABEL org.opencontainers.image.authors="me"\n'],
  ])('%s: found when broken, not when kept', (rule, broken, kept) => {
    expect(rules(broken)).toContain(rule);
    expect(rules(kept)).not.toContain(rule);
  });

  it('joins continuation lines, skipping comments inside them, and keeps the first line number', () => {
    const parsed = parseDockerfile(
      '# syntax=docker/dockerfile:1\nFROM node:20\nRUN a \\\n  # why\n  && b\nUSER node\n',
    );
    expect(parsed).toEqual([
      { line: 2, op: 'FROM', args: 'node:20' },
      { line: 3, op: 'RUN', args: 'a    && b' },
      { line: 6, op: 'USER', args: 'node' },
    ]);
  });

  it('passes the image of the runner (build/docker/Dockerfile)', () => {
    expect(lintDockerfile(readFileSync(DOCKERFILE, 'utf8'))).toEqual([]);
  });

  it('as a command: one line per finding with file and line, exit 1; exit 0 on a clean file', () => {
    const bad = spawnSync(process.execPath, ['scripts/lint-dockerfile.mjs', 'tests/fixtures/docker/bad.Dockerfile'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('tests/fixtures/docker/bad.Dockerfile:1 DL3007 using latest is prone to errors');
    expect(bad.stdout).toContain('tests/fixtures/docker/bad.Dockerfile:2 DL3020');
    const good = spawnSync(process.execPath, ['scripts/lint-dockerfile.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toBe('');
  });
});
