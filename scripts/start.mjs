// `npm start`: the Electron kiosk where the Electron binary is installed; otherwise
// browser mode on 127.0.0.1, saying so (and opening Chromium in app mode if there is one
// and a display to show it on).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const binary = require('electron'); // the package exports the binary's path, or throws when it was never downloaded
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', 'build:all', '--silent']);

const electron = electronBinary();
if (electron) {
  console.log('[apron] starting the Electron kiosk');
  const child = spawn(electron, [path.join(root, 'dist', 'electron', 'main.cjs'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.APRON_PORT ?? '5170';
  console.log('[apron] the Electron binary is not installed here, so Apron runs in browser mode.');
  const server = spawn(process.execPath, [path.join(root, 'dist', 'server', 'cli.mjs'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env: { ...process.env, APRON_PORT: port } });
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (chromium && hasDisplay && !process.env.APRON_NO_BROWSER) {
    setTimeout(() => {
      spawn(chromium, [`--app=http://127.0.0.1:${port}/`, '--no-first-run'], { stdio: 'ignore', detached: true }).unref();
    }, 1500);
  } else {
    console.log(`[apron] open http://127.0.0.1:${port}/ in Chromium or Chrome (best full-screen, e.g. chromium --app=http://127.0.0.1:${port}/).`);
  }
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}
