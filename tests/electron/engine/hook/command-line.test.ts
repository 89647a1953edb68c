/**
 * How the hook's program is started, per platform: the truth table of command-line.ts, with
 * BatBadBut's attack strings (flatt.tech's advisory, moxystudio/node-cross-spawn#171) among the
 * Windows rows. Pure, so the win32 rows run on any OS.
 */
import { describe, expect, it } from 'vitest';

import { startCommand, UnsafeCommandError } from '../../../../electron/engine/hook/command-line';

const CMD = 'C:\\Windows\\System32\\cmd.exe';
const FLAGS = ['/e:ON', '/v:OFF', '/d', '/c'];
const BAT = 'C:\\hooks\\on change.bat';

describe('startCommand', () => {
  it.each([
    ['linux', '/usr/local/bin/on-change', ['a b', '"&calc']],
    ['darwin', '/Users/me/hook.bat', ['%PATH%']],
    ['win32', 'C:\\hooks\\hook.exe', ['a b', '"&calc']],
    ['win32', 'C:\\hooks\\hook.com', []],
  ] as const)('%s %s: the program itself, arguments as they are', (platform, program, args) => {
    expect(startCommand(platform, program, args)).toEqual({ file: program, args: [...args], verbatim: false });
  });

  it.each([
    // [argument, as it appears in cmd.exe's line]
    ['plain', 'plain'],
    ['C:\\dir\\file.txt', 'C:\\dir\\file.txt'],
    ['two words', '"two words"'],
    ['', '""'],
    ['ends\\', '"ends\\\\"'],
    ['say "hi"', '"say ""hi"""'],
    ['a\\"b', '"a\\\\""b"'],
    // BatBadBut: a quote that would end the quoting, then a command.
    ['"&calc', '"""&calc"'],
    // A variable: %cd:~,% is an empty slice, so %PATH% is never expanded.
    ['%PATH%', '"%%cd:~,%PATH%%cd:~,%"'],
    ['a&b|c<d>e^f(g)', '"a&b|c<d>e^f(g)"'],
    ['!VAR!', '"!VAR!"'],
    ['dé', 'dé'],
    ['tab\there', '"tab\there"'],
  ])('win32 .bat argument %j is passed as %s', (arg, quoted) => {
    expect(startCommand('win32', BAT, [arg])).toEqual({
      file: CMD,
      args: [...FLAGS, `""${BAT}" ${quoted}"`],
      verbatim: true,
    });
  });

  it.each(['C:\\h\\x.cmd', 'C:\\h\\X.BAT', 'C:\\h\\x.bat.', 'C:\\h\\x.cmd . '])(
    'win32 %j is a batch file (trailing dots and spaces too), run through cmd.exe of %%SystemRoot%%',
    (program) => {
      const cmd = startCommand('win32', program, ['a'], 'D:\\Win\\');
      expect(cmd).toEqual({ file: 'D:\\Win\\System32\\cmd.exe', args: [...FLAGS, `""${program}" a"`], verbatim: true });
    },
  );

  it.each([
    ['C:\\h\\x.bat', ['line\nbreak'], /line break or NUL/],
    ['C:\\h\\x.bat', ['carriage\rreturn'], /line break or NUL/],
    ['C:\\h\\x.bat', ['nul\0'], /line break or NUL/],
    ['C:\\h\\"x.bat', [], /cannot hold "/],
  ])('win32 %j %j is refused, never passed altered', (program, args, message) => {
    expect(() => startCommand('win32', program, args)).toThrow(UnsafeCommandError);
    expect(() => startCommand('win32', program, args)).toThrow(message);
  });
});
