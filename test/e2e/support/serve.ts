// A Playwright fixture that runs the browser host (`handoff serve`) on a fresh
// temporary copy of the sample plans, with a temporary data folder of its own,
// so each test edits real files on disk and can read them back, and no test sees
// another's changes (or the user's settings).
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The repository's own sample plans. */
export const EXAMPLES_DIR = resolve(REPO_ROOT, 'examples');
export const SAMPLE_PLAN = 'churn-scoring.handoff.json';

export interface ServedFolder {
  /** Base URL of the editor, ending in `/`. */
  url: string;
  /** The temporary folder being served (holds copies of the sample plans). */
  dir: string;
  /** The server's own temporary data folder (settings, recent plans, recovery copies); set by the fixture. */
  dataDir?: string;
}

const LISTENING_LINE = /^Handoff Studio is serving (.+) at (http:\/\/\S+\/)\s*$/m;
const START_TIMEOUT_MS = 20_000;

/** Copies the sample plans into a new temporary folder. */
export async function makePlanFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-e2e-'));
  for (const name of await readdir(EXAMPLES_DIR)) {
    if (!name.endsWith('.json')) continue;
    await copyFile(join(EXAMPLES_DIR, name), join(dir, name));
    // A checkout may be read-only; the copies are for editing.
    await chmod(join(dir, name), 0o644);
  }
  return dir;
}

/** A new, empty data folder, so no test reads or changes the user's own settings. */
export function makeDataFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'handoff-e2e-data-'));
}

/**
 * Starts `handoff serve DIR --port 0` and resolves with its URL once it prints the listening line.
 * `dataDir` becomes its HANDOFF_DATA_DIR (settings, recent plans, recovery copies).
 */
export function startServer(dir: string, dataDir?: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/handoff.js'), 'serve', dir, '--port', '0'], {
    cwd: REPO_ROOT,
    env: dataDir ? { ...process.env, HANDOFF_DATA_DIR: dataDir } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`handoff serve did not start within ${START_TIMEOUT_MS} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = LISTENING_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ url: match[2], child });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`handoff serve exited with ${code} before listening.\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** `test` with a `served` fixture: `{ url, dir, dataDir }` of a running `handoff serve` on a temp copy of the samples. */
export const test = base.extend<{ served: ServedFolder }>({
  served: async ({}, use) => {
    const dir = await makePlanFolder();
    const dataDir = await makeDataFolder();
    const { url, child } = await startServer(dir, dataDir);
    try {
      await use({ url, dir, dataDir });
    } finally {
      await stopServer(child);
      await rm(dir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
