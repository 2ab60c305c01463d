#!/usr/bin/env node
// `npm run build:node`: bundles the Node side with esbuild.
//   electron/main/main.ts       → dist/electron/main.cjs     (Electron loads CommonJS)
//   electron/preload/preload.ts → dist/electron/preload.cjs  (sandboxed: may require only "electron")
//   electron/server/cli.ts      → dist/server/cli.mjs        (browser mode, plain Node)
// Native modules (better-sqlite3, node-hid, serialport's bindings) and Electron stay external and are loaded from node_modules at run time,
// and so does pdfkit, which finds its standard fonts through its own package.json's "imports" (bundled, it cannot).
// Options (for tests): --out-dir DIR instead of dist/, --only main,preload,server.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({ options: { 'out-dir': { type: 'string' }, only: { type: 'string' } } });
const outDir = options['out-dir'] ? path.resolve(options['out-dir']) : path.join(root, 'dist');
const only = options.only ? new Set(options.only.split(',')) : null;

const targets = [
  {
    id: 'main',
    name: 'Electron main',
    entry: 'electron/main/main.ts',
    outfile: 'electron/main.cjs',
    format: 'cjs',
    external: ['electron', 'better-sqlite3', 'node-hid', 'serialport', 'pdfkit'],
    // The core finds migrations from import.meta.url when not told; main always tells it,
    // but give CJS a real value anyway rather than an empty import.meta.
    define: { 'import.meta.url': '__apron_import_meta_url' },
    banner: "const __apron_import_meta_url = require('node:url').pathToFileURL(__filename).href;",
  },
  {
    id: 'preload',
    name: 'Electron preload',
    entry: 'electron/preload/preload.ts',
    outfile: 'electron/preload.cjs',
    format: 'cjs',
    external: ['electron', 'better-sqlite3', 'node-hid'],
    // A sandboxed preload cannot require anything else; fail the build, not the till.
    onlyRequires: ['electron'],
  },
  {
    id: 'server',
    name: 'browser-mode server',
    entry: 'electron/server/cli.ts',
    outfile: 'server/cli.mjs',
    format: 'esm',
    external: ['better-sqlite3', 'ws', 'node-hid', 'serialport', 'pdfkit'],
    // Bundled CommonJS dependencies may call require(); ESM has none of its own.
    banner: "import { createRequire as __apronCreateRequire } from 'node:module';\nconst require = __apronCreateRequire(import.meta.url);",
  },
];

let failed = false;
for (const target of targets) {
  if (only && !only.has(target.id)) continue;
  const outfile = path.join(outDir, target.outfile);
  const entry = path.join(root, target.entry);
  if (!existsSync(entry)) {
    console.warn(`[build] skipped the ${target.name}: ${target.entry} does not exist yet.`);
    continue;
  }
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: target.format,
      external: target.external,
      define: target.define,
      banner: target.banner ? { js: target.banner } : undefined,
      sourcemap: true,
      metafile: true,
      logLevel: 'warning',
    });
    if (target.onlyRequires) {
      const output = result.metafile.outputs[path.relative(root, outfile).split(path.sep).join('/')];
      const extra = (output?.imports ?? []).filter((i) => i.external && !target.onlyRequires.includes(i.path)).map((i) => i.path);
      if (extra.length > 0) {
        console.error(`[build] the ${target.name} needs ${extra.join(', ')}, which a sandboxed preload cannot load.`);
        failed = true;
        continue;
      }
    }
    console.log(`[build] ${target.name}: ${path.relative(root, outfile)}`);
  } catch {
    // esbuild has already printed the errors.
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
