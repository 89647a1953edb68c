/**
 * Lints a Dockerfile with hadolint's rules, as far as a script without a shell parser can check
 * them (hadolint itself is a Haskell binary this machine cannot fetch). Each finding names the
 * hadolint rule (github.com/hadolint/hadolint, "Rules"):
 *
 *   DL3000 WORKDIR absolute            DL3002 last USER not root        DL3003 WORKDIR, not `cd`
 *   DL3004 no sudo                     DL3006 image tagged              DL3007 no :latest
 *   DL3008 apt-get install pinned      DL3009 apt lists removed         DL3014 apt-get -y
 *   DL3015 --no-install-recommends     DL3016 npm install pinned        DL3020 COPY, not ADD
 *   DL3022 COPY --from a known stage   DL3025 JSON CMD/ENTRYPOINT/HEALTHCHECK  DL3061 FROM first
 *   DL3027 apt-get, not apt            DL3059 no consecutive RUN        DL4000 no MAINTAINER
 *   DL4003/DL4004 one CMD/ENTRYPOINT   DL4006 pipefail before a pipe
 *
 * Beyond hadolint, IPW001: the last stage must set a USER at all (DL3002 only sees a root one).
 *
 *   node scripts/lint-dockerfile.mjs [Dockerfile...]   (default build/docker/Dockerfile)
 * Prints `file:line RULE message` per finding; exit 1 when there is one.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** The instructions, continuation lines joined, comments and parser directives left out. */
export function parseDockerfile(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    if (/^\s*(#.*)?$/.test(lines[i])) continue;
    let joined = lines[i];
    while (/\\\s*$/.test(joined) && i + 1 < lines.length) {
      i++;
      if (/^\s*#/.test(lines[i])) continue;
      joined = `${joined.replace(/\\\s*$/, ' ')}${lines[i]}`;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
    if (m) out.push({ line: start + 1, op: m[1].toUpperCase(), args: m[2].trim() });
  }
  return out;
}

/** A JSON-array argument (`["a", "b"]`), or null for shell form. */
export function jsonArgs(args) {
  if (!args.startsWith('[')) return null;
  try {
    const v = JSON.parse(args);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

/** The words of `apt-get install`/`npm install` in a RUN, per command (split at && ; |). */
const commands = (run) => run.split(/&&|\|\||;|\|/).map((c) => c.trim().split(/\s+/).filter(Boolean));
const operands = (words, from) => words.slice(from).filter((w) => !w.startsWith('-'));

/** ARG defaults seen so far, for `FROM ${NODE_IMAGE}`. */
const expand = (s, args) => s.replace(/\$\{?(\w+)\}?/g, (all, name) => args.get(name) ?? all);

function checkFrom(ins, ctx, report) {
  const words = ins.args.split(/\s+/);
  const at = words.findIndex((w) => !w.startsWith('--'));
  const image = expand(words[at] ?? '', ctx.args);
  const alias = /^as$/i.test(words[at + 1] ?? '') ? words[at + 2] : undefined;
  if (!ctx.stages.has(image) && image !== 'scratch') {
    const name = image.split('@')[0];
    const tag = /:([^/:]+)$/.exec(name)?.[1];
    if (image.includes('$')) report(ins, 'DL3006', `cannot tell the tag of ${words[at]}: give its ARG a default`);
    else if (!tag && !image.includes('@')) report(ins, 'DL3006', `always tag the image explicitly: ${image}`);
    else if (tag === 'latest')
      report(ins, 'DL3007', `using latest is prone to errors: pin ${name.replace(/:latest$/, '')}`);
  }
  if (alias) ctx.stages.add(alias);
  ctx.stage = { user: null, cmd: 0, entrypoint: 0, pipefail: false };
}

function checkRun(ins, ctx, report) {
  const run = ins.args;
  if (ctx.previous === 'RUN') report(ins, 'DL3059', 'multiple consecutive RUN instructions: consolidate them');
  if (/\|/.test(run.replace(/\|\|/g, '')) && !ctx.stage.pipefail && !jsonArgs(run))
    report(ins, 'DL4006', 'set SHELL with -o pipefail before a RUN with a pipe');
  for (const w of commands(run)) {
    if (w[0] === 'cd') report(ins, 'DL3003', 'use WORKDIR to switch to a directory');
    if (w[0] === 'sudo') report(ins, 'DL3004', 'do not use sudo: it behaves unpredictably without a TTY');
    if (w[0] === 'apt') report(ins, 'DL3027', 'do not use apt, use apt-get or apt-cache');
    const apt = w[0] === 'apt-get' && w.includes('install');
    if (apt) {
      const pkgs = operands(w, w.indexOf('install') + 1);
      const loose = pkgs.filter((p) => !p.includes('='));
      if (loose.length) report(ins, 'DL3008', `pin versions in apt-get install: ${loose.join(' ')}`);
      if (!w.includes('-y') && !w.includes('--yes') && !w.includes('-qq'))
        report(ins, 'DL3014', 'use the -y switch to avoid a prompt');
      if (!w.includes('--no-install-recommends'))
        report(ins, 'DL3015', 'avoid additional packages: apt-get install --no-install-recommends');
      if (!/rm\s+-rf?\s+\/var\/lib\/apt\/lists/.test(run))
        report(ins, 'DL3009', 'delete the apt-get lists after installing (rm -rf /var/lib/apt/lists/*)');
    }
    if (w[0] === 'npm' && (w[1] === 'install' || w[1] === 'i' || w[1] === 'add')) {
      const loose = operands(w, 2).filter((p) => !/^(@[^/]+\/)?[^@]+@.+$/.test(p) && !/^[./]/.test(p));
      if (loose.length) report(ins, 'DL3016', `pin versions in npm install: ${loose.join(' ')}`);
    }
  }
}

function checkCopy(ins, ctx, report) {
  const from = /--from=(\S+)/.exec(ins.args)?.[1];
  if (from && !ctx.stages.has(from) && !/[:/]/.test(from) && !/^\d+$/.test(from))
    report(ins, 'DL3022', `COPY --from=${from} names no previous stage`);
}

function checkAdd(ins, report) {
  const srcs = (jsonArgs(ins.args) ?? ins.args.split(/\s+/)).filter((w) => !w.startsWith('--')).slice(0, -1);
  if (srcs.some((s) => !/^https?:\/\//.test(s) && !/\.(tar|tar\.\w+|tgz|tbz2?|txz)$/.test(s)))
    report(ins, 'DL3020', 'use COPY instead of ADD for files and folders');
}

const JSON_FORM = new Set(['CMD', 'ENTRYPOINT']);

/** The findings in `text`: `{ line, rule, message }`, in order. */
export function lintDockerfile(text) {
  const findings = [];
  const report = (ins, rule, message) => findings.push({ line: ins.line, rule, message });
  const ctx = { args: new Map(), stages: new Set(), stage: null, previous: null, lastUser: null };
  const instructions = parseDockerfile(text);
  for (const ins of instructions) {
    const { op, args } = ins;
    if (op === 'ARG') {
      const [name, value] = args.split('=');
      if (value !== undefined) ctx.args.set(name.trim(), value.trim());
    } else if (op === 'FROM') checkFrom(ins, ctx, report);
    else if (!ctx.stage) report(ins, 'DL3061', `${op} before any FROM: begin with FROM or ARG`);
    else if (op === 'RUN') checkRun(ins, ctx, report);
    else if (op === 'COPY') checkCopy(ins, ctx, report);
    else if (op === 'ADD') checkAdd(ins, report);
    else if (op === 'MAINTAINER') report(ins, 'DL4000', 'MAINTAINER is deprecated: use a LABEL');
    else if (op === 'WORKDIR' && !/^(\/|\$|[A-Za-z]:)/.test(args)) report(ins, 'DL3000', 'use an absolute WORKDIR');
    else if (op === 'SHELL') ctx.stage.pipefail = (jsonArgs(args) ?? []).includes('pipefail');
    else if (op === 'USER') ctx.stage.user = { ins, name: args.split(':')[0] };
    if (JSON_FORM.has(op) || (op === 'HEALTHCHECK' && /\bCMD\b/.test(args))) {
      const form = op === 'HEALTHCHECK' ? args.slice(args.search(/\bCMD\b/) + 3).trim() : args;
      if (!jsonArgs(form)) report(ins, 'DL3025', `use JSON notation for ${op}: ["executable", "arg"]`);
      if (op === 'CMD' && ++ctx.stage.cmd === 2) report(ins, 'DL4003', 'multiple CMD instructions: only the last runs');
      if (op === 'ENTRYPOINT' && ++ctx.stage.entrypoint === 2)
        report(ins, 'DL4004', 'multiple ENTRYPOINT instructions: only the last runs');
    }
    ctx.previous = op;
  }
  const user = ctx.stage?.user;
  if (user && /^(root|0)$/.test(user.name)) report(user.ins, 'DL3002', 'the last USER should not be root');
  if (ctx.stage && !user)
    findings.push({
      line: instructions.at(-1)?.line ?? 1,
      rule: 'IPW001',
      message: 'the last stage sets no USER: the container runs as root',
    });
  return findings.sort((a, b) => a.line - b.line);
}

function main(files) {
  let count = 0;
  for (const file of files) {
    for (const f of lintDockerfile(readFileSync(file, 'utf8'))) {
      process.stdout.write(`${file}:${f.line} ${f.rule} ${f.message}\n`);
      count++;
    }
  }
  if (count) process.stdout.write(`${count} finding${count === 1 ? '' : 's'}\n`);
  return count ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.slice(2);
  process.exitCode = main(files.length ? files : ['build/docker/Dockerfile']);
}
