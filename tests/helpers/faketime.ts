/**
 * Moves only the wall clock of a child process: Debian's libfaketime (apt-get install faketime,
 * https://github.com/wolfcw/libfaketime), preloaded into the child with FAKETIME set to an offset
 * ("+120s", "+365d", "-1h") and FAKETIME_DONT_FAKE_MONOTONIC=1, so its monotonic clock stays real,
 * as on a machine whose clock NTP or an admin steps. A system peer (peers.ts): the tests that need
 * it are skipped without it, naming the package, unless IPWATCH_REQUIRE_PEERS=1.
 */
import { peer } from './peers';

/** Debian's multiarch folder for this machine's architecture. */
const MULTIARCH: Partial<Record<NodeJS.Architecture, string>> = {
  x64: 'x86_64-linux-gnu',
  arm64: 'aarch64-linux-gnu',
  arm: 'arm-linux-gnueabihf',
};

export const FAKETIME_LIB = `/usr/lib/${MULTIARCH[process.arch] ?? process.arch}/faketime/libfaketime.so.1`;

/** The peer: skip when libfaketime is missing (its `faketime` command comes with it; the library is no executable). */
export const faketimePeer = () => peer('libfaketime', { packages: ['faketime'], commands: ['faketime'] });

/** Environment that moves the child's wall clock by `offset` (libfaketime's FAKETIME), its monotonic clock left real. */
export const fakeWallClock = (offset: string): Record<string, string> => ({
  LD_PRELOAD: FAKETIME_LIB,
  FAKETIME: offset,
  FAKETIME_DONT_FAKE_MONOTONIC: '1',
});
