/**
 * The kernel's route to an address (electron/engine/net/route-to.ts), asked in a network
 * namespace of the test's own with only loopback up: IPv4 and IPv6 loopback have a route, a
 * global IPv6 address and any other IPv4 network have none (as on an IPv4-only host, or in
 * Docker's default bridge network for IPv6). Outside a namespace: loopback, and no route for
 * what is not an address.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

import { systemRouteTo } from '../../../../electron/engine/net/route-to';
import { createNetns, type Netns, netnsSupport } from '../../../helpers/netns';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');

describe('systemRouteTo', () => {
  it('loopback has a route; a name that is not an address has none', async () => {
    expect(await systemRouteTo('127.0.0.1')).toBe(true);
    expect(await systemRouteTo('not-an-address')).toBe(false);
  });

  const support = netnsSupport();
  describe.skipIf(support.skip)(`in a namespace with only loopback (${support.why ?? 'root, ip'})`, () => {
    let ns: Netns | null = null;
    afterAll(() => ns?.close());

    it('no route to a global IPv6 address, nor to another IPv4 network', async () => {
      ns = createNetns('route');
      ns.ip('link', 'set', 'lo', 'up');
      const script = [
        "import { systemRouteTo } from './electron/engine/net/route-to.ts';",
        "const out = {}; for (const a of ['127.0.0.1', '::1', '2001:db8:53::1', '10.53.0.1']) out[a] = await systemRouteTo(a);",
        'console.log(JSON.stringify(out));',
      ].join('\n');
      const { command, args } = ns.exec([process.execPath, '--import', 'tsx', '--input-type=module', '-e', script]);
      const { stdout } = await run(command, args, { cwd: ROOT, timeout: 20_000 });
      expect(JSON.parse(stdout)).toEqual({
        '127.0.0.1': true,
        '::1': true,
        '2001:db8:53::1': false,
        '10.53.0.1': false,
      });
    }, 30_000);
  });
});
