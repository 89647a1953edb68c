/**
 * A CLI command that speaks to the runner names it on stderr first (issue 75: "every command says
 * which runner it spoke to"): `ipwatch: asked the runner of DIR at 127.0.0.1:P (pid N)…`. This
 * checks that line is there and gives back what stderr said after it.
 */
import { expect } from 'vitest';

const ASKED = /^ipwatch: asked the runner of \S+ at 127\.0\.0\.1:\d+( \(pid \d+\))?[^\n]*\n/;

export function afterAskedRunner(stderr: string): string {
  expect(stderr).toMatch(ASKED);
  return stderr.replace(ASKED, '');
}
