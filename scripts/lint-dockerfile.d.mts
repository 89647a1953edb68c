/** Types of lint-dockerfile.mjs (plain JavaScript: it runs with node alone). */
export interface DockerInstruction {
  line: number;
  op: string;
  args: string;
}
export interface DockerFinding {
  line: number;
  rule: string;
  message: string;
}
export function parseDockerfile(text: string): DockerInstruction[];
export function jsonArgs(args: string): string[] | null;
export function lintDockerfile(text: string): DockerFinding[];
