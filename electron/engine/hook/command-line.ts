/**
 * How the hook's program is started on each platform. Pure: the platform and the system folder
 * are arguments, so the Windows rows are tested on any OS.
 *
 * Windows runs a `.bat` or `.cmd` file through cmd.exe, whose parsing differs from every other
 * program's (BatBadBut: CVE-2024-27980 for Node, CVE-2024-24576 for Rust). Since Node's fix,
 * spawning one without a shell throws EINVAL; with `shell: true` Node quotes nothing. So the line
 * is built here, by the rules Rust's standard library settled on after that CVE
 * (rust-lang/rust, library/std/src/sys/args/windows.rs, `make_bat_command_line` and
 * `append_bat_arg`), and given to cmd.exe verbatim:
 *
 *   cmd.exe /e:ON /v:OFF /d /c ""C:\hooks\on change.bat" plain "two words" "say ""hi""""
 *
 * - /d: no AutoRun commands; /v:OFF: no `!VAR!` expansion; /e:ON: the `%cd:~,%` trick works.
 * - The script in quotes; a name holding `"` or ending in `\` is refused (no Windows file has one).
 * - An argument is quoted when it holds an ASCII character other than letters, digits and
 *   `#$*+-./:?@\_` (any other may be a cmd.exe metacharacter) or a control character; an empty
 *   one, or one ending in `\`, is quoted too.
 * - Inside, `"` is doubled (cmd.exe's own escape), backslashes before it doubled; each `%` becomes
 *   `%%cd:~,%`, an empty slice of a variable that stops `%VAR%` from being expanded.
 * - CR, LF and NUL cannot be passed safely: refused, never dropped.
 * - `name.bat.` and `name.bat ` are batch files too (Windows drops trailing dots and spaces:
 *   CVE-2024-43402, the bypass of Rust's first fix).
 *
 * cross-spawn was the library asked for first: its escaping (^ before each metacharacter) still
 * lets a batch file's own `%1` run `"&calc` (moxystudio/node-cross-spawn#171, open), so it is not used.
 *
 *   platform | program          | started as
 *   ---------+------------------+----------------------------------------------------------
 *   linux    | anything         | the program with the arguments as they are
 *   darwin   | anything         | the same
 *   win32    | *.exe, *.com...  | the same (Node quotes them for the program's C runtime)
 *   win32    | *.bat, *.cmd     | %SystemRoot%\System32\cmd.exe, the line above, verbatim
 */

export interface StartCommand {
  file: string;
  args: string[];
  /** The arguments are one finished command line (cmd.exe's): Node must not quote them again. */
  verbatim: boolean;
}

/** Thrown for what cannot be given to a batch file safely; its message says what. */
export class UnsafeCommandError extends Error {}

const BATCH = /\.(?:bat|cmd)[. ]*$/i;
/** What makes an argument quoted: an ASCII character outside letters, digits and Rust's `UNQUOTED`, or a control character. */
const NEEDS_QUOTES = /[^\P{ASCII}A-Za-z0-9#$*+\-./:?@\\_]|\p{Cc}/u;

/** How `program` with `args` is started on `platform`; `systemRoot` is Windows' folder (%SystemRoot%). */
export function startCommand(
  platform: NodeJS.Platform,
  program: string,
  args: readonly string[],
  systemRoot = 'C:\\Windows',
): StartCommand {
  if (platform !== 'win32' || !BATCH.test(program)) return { file: program, args: [...args], verbatim: false };
  if (program.includes('"') || program.endsWith('\\'))
    throw new UnsafeCommandError('a Windows file name cannot hold " or end with \\');
  const line = [`"${program}"`, ...args.map(batchArgument)].join(' ');
  const cmd = `${systemRoot.replace(/\\+$/, '')}\\System32\\cmd.exe`;
  return { file: cmd, args: ['/e:ON', '/v:OFF', '/d', '/c', `"${line}"`], verbatim: true };
}

/** One argument of a batch file's command line (see the rules above). */
function batchArgument(arg: string): string {
  if (/[\r\n\0]/.test(arg))
    throw new UnsafeCommandError('an argument to a .bat or .cmd program cannot hold a line break or NUL');
  const quote = arg === '' || arg.endsWith('\\') || NEEDS_QUOTES.test(arg);
  let out = '';
  let backslashes = 0;
  for (const c of arg) {
    if (c === '\\') {
      backslashes++;
    } else {
      if (c === '"') out += '\\'.repeat(backslashes) + '"';
      else if (c === '%') out += '%%cd:~,';
      backslashes = 0;
    }
    out += c;
  }
  return quote ? `"${out}${'\\'.repeat(backslashes)}"` : out;
}
