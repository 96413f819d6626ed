// A save killed at any moment must leave the old plan or the new one, whole. A
// child process saves a growing plan in a loop and is killed with SIGKILL at a
// random moment, 200 times; after every kill the file on disk must parse and be
// exactly the last completed version or the one being written. The same for
// autosaved recovery copies, which the next start must list and restore intact.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { createHostBackend } from '../../electron/services/host-backend.js';
import { createRecentStore } from '../../electron/services/recent.js';
import { createRecoveryStore } from '../../electron/services/recovery.js';
import { createJsonSettingsStore } from '../../electron/services/settings.js';
import { growingPlanText, versionOfGrowingPlan } from './support/growing-plan.js';

const KILLS = 200;
// Two lanes of kills run side by side (one per core of the CI machine).
const LANES = 2;
const RECOVERY_KILLS = 20;

let work: string;
let childScript: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-crash-'));
  // The child is the project's own save code, bundled once so that 200 starts take
  // ~0.1 s each instead of ~0.4 s through tsx: the same source, just precompiled.
  const bundleDir = path.join(work, 'bundle');
  await build({
    entryPoints: [path.resolve(__dirname, 'support/save-loop.ts')],
    bundle: true,
    splitting: true, // the plan loop does not load zod (only the recovery loop needs it)
    platform: 'node',
    format: 'esm',
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  childScript = path.join(bundleDir, 'save-loop.mjs');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the loop, waits for its first completed save, kills it a random few ms later. */
function runAndKill(mode: 'plan' | 'recovery', target: string): Promise<{ lastSaved: number | null; firstSaved: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, mode, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer) timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * 25);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`save loop ended by itself (${code}): ${err}`));
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ lastSaved: saved.length ? saved[saved.length - 1] : null, firstSaved: saved[0] });
    });
  });
}

/** The host backend as a new start of the app builds it, over the given recovery folder. */
function nextStart(recoveryFolder: string, warn?: (message: string) => void) {
  return createHostBackend({
    kind: 'desktop',
    appVersion: 'test',
    resolveRef: (ref) => path.join(work, ref),
    settings: createJsonSettingsStore(path.join(work, 'settings.json')),
    recent: createRecentStore(path.join(work, 'recent.json')),
    recovery: createRecoveryStore(recoveryFolder),
    warn,
  });
}

/** The text must be exactly some version of the growing plan, and a valid plan. */
function wholeVersion(text: string, what: string): number {
  const version = versionOfGrowingPlan(text);
  if (version === null) throw new Error(`${what} is not a growing plan: ${text.slice(0, 80)}…`);
  expect(text, `${what} is version ${version}, whole`).toBe(growingPlanText(version));
  expect(parsePlan(text).ok, `${what} parses`).toBe(true);
  return version;
}

describe('crash safety', () => {
  it(`a plan file survives ${KILLS} SIGKILLs during saves, always old or new and whole`, async () => {
    let leftoverTemps = 0;
    let heldLastReported = 0;
    const lane = async (index: number): Promise<void> => {
      const folder = path.join(work, `lane-${index}`);
      const file = path.join(folder, 'growing.handoff.json');
      mkdirSync(folder);
      for (let round = 0; round < KILLS / LANES; round++) {
        const { lastSaved } = await runAndKill('plan', file);
        expect(lastSaved).not.toBeNull();
        const onDisk = wholeVersion(readFileSync(file, 'utf8'), `round ${round} of lane ${index}: the plan`);
        // The last save reported complete, or the next one if it finished renaming before the kill.
        expect([lastSaved, lastSaved! + 1]).toContain(onDisk);
        if (onDisk === lastSaved) heldLastReported++;
        // The backup is the version before, or the current one when the kill came between copying it and the rename.
        if (onDisk >= 2 || existsSync(`${file}.bak`)) {
          const backup = wholeVersion(readFileSync(`${file}.bak`, 'utf8'), `round ${round} of lane ${index}: the backup`);
          expect([onDisk - 1, onDisk]).toContain(backup);
        }
      }
      leftoverTemps += readdirSync(folder).filter((n) => n.endsWith('.tmp')).length;
      // Only the plan, its backup and hidden temp files of killed saves: nothing named like a plan.
      expect(readdirSync(folder).filter((n) => !n.startsWith('.')).sort()).toEqual(['growing.handoff.json', 'growing.handoff.json.bak']);
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    console.log(
      `crash safety: ${KILLS} kills; the file held the last reported save ${heldLastReported} times and the one being written ${KILLS - heldLastReported} times; ${leftoverTemps} temp files left by kills`,
    );
  }, 120_000);

  it('an autosaved recovery copy written before a kill is offered and restored intact on the next start', async () => {
    const folder = path.join(work, 'recovery');
    for (let round = 0; round < RECOVERY_KILLS; round++) {
      const { lastSaved } = await runAndKill('recovery', folder);
      // The next start: a new backend over the same recovery folder, expected to find nothing damaged.
      const backend = nextStart(folder, (message) => {
        throw new Error(`unexpected warning: ${message}`);
      });
      const offered = await backend.listRecovery({});
      expect(offered).toHaveLength(1);
      expect(offered[0]).toMatchObject({ key: 'doc-1', ref: 'growing.handoff.json', name: 'growing.handoff.json' });
      expect(Number.isNaN(Date.parse(offered[0].savedAt))).toBe(false);
      const { text } = await backend.readRecovery({ key: 'doc-1' });
      const version = wholeVersion(text, `recovery copy after kill ${round}`);
      expect([lastSaved, lastSaved! + 1]).toContain(version);
      expect(offered[0].title).toBe(`Growing plan v${version}`);
    }
    // Restoring then saving writes the recovered plan to the user's file, and discarding removes the copy.
    const backend = nextStart(folder);
    const { text } = await backend.readRecovery({ key: 'doc-1' });
    const saved = await backend.savePlan({ ref: 'restored.handoff.json', text, expectedRevision: null });
    expect(saved.status).toBe('saved');
    expect(readFileSync(path.join(work, 'restored.handoff.json'), 'utf8')).toBe(text);
    await backend.discardRecovery({ key: 'doc-1' });
    expect(await backend.listRecovery({})).toEqual([]);
    expect(existsSync(path.join(folder, 'doc-1.json'))).toBe(false);
  }, 60_000);
});
