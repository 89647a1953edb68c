/**
 * A local stand-in for Electron's release downloads (GitHub releases), as Electron's installer
 * asks them through @electron/get: `${ELECTRON_MIRROR}v${version}/electron-v${version}-${platform}-${arch}.zip`
 * (node_modules/@electron/get/dist/artifact-utils.js: BASE_URL, `mirror`, `customDir` defaulting
 * to the version, the artifact file name) and, for the checksums, SHASUMS256.txt beside it. It
 * answers every request as GitHub answers a release asset that is missing: 404 with the plain
 * text body "Not Found". It records the paths asked, so a test can tell the installer really tried.
 *
 * Binds 127.0.0.1 on a free port; `mirror` ends with '/', as @electron/get joins it to the folder.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ElectronMirror {
  mirror: string;
  paths: string[];
  close(): Promise<void>;
}

export async function startElectronMirror(): Promise<ElectronMirror> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    mirror: `http://127.0.0.1:${port}/`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
