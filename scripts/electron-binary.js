// Where the Electron executable is, or null when it is not installed. Mirrors how
// node_modules/electron/index.js resolves it (path.txt names the file inside
// dist/, ELECTRON_OVERRIDE_DIST_PATH overrides dist/) but only looks: requiring
// `electron` itself would start a download from GitHub when the binary is missing.
// Used by `npm start` and by the desktop Playwright tests to decide whether to skip.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} [root] the project folder holding node_modules/electron
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null}
 */
export function findElectronBinary(root = PROJECT_ROOT, env = process.env) {
  // Lets a machine that has Electron try the fallback path (and tests prove it).
  if (env.HANDOFF_NO_ELECTRON === '1') return null;
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const executableName = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, executableName || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!executableName) return null;
  const executable = join(packageDir, 'dist', executableName);
  return existsSync(executable) ? executable : null;
}
