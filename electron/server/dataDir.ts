import os from 'node:os';
import path from 'node:path';

/** The usual per-user app-data folder, the same one Electron's userData uses for "Apron". */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.APRON_DATA_DIR) return path.resolve(env.APRON_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Apron');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Apron');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Apron');
}
