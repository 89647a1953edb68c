import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The dev server injects inline scripts (React Refresh preamble) and inline <style> tags (CSS
 * imports), which the strict CSP in renderer/index.html forbids. Relax those two directives for
 * `npm run dev` only; built files keep the strict policy.
 */
const devInlineAssets: Plugin = {
  name: 'ipwatch:dev-inline-assets',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  main: {
    // Dependencies stay in node_modules (externalizeDeps is on by default); out/main/index.js is package.json "main".
    build: {
      rollupOptions: { input: { index: resolve(root, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron' (and a few built-ins): bundle the rest (zod, shared/).
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        // A sandboxed preload cannot be an ES module, whatever package.json "type" says.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devInlineAssets],
    build: {
      // electron-vite leaves bundles unminified by default; the browser dashboard downloads these.
      minify: 'esbuild',
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
