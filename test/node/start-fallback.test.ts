// `npm start` where Electron cannot run: one line saying so, then the browser host
// on the sample plans, at an address that answers with the editor.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINE_TEMPLATES } from '../../shared/templates/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NOTICE = /^Handoff Studio: the desktop app cannot start here because the Electron binary is missing and cannot be downloaded; starting the editor in your browser instead\.$/;
const SERVING = /^Handoff Studio is serving (.+) at (http:\/\/\S+\/)$/;

const running: ChildProcess[] = [];
const scratch: string[] = [];

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
  }
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-start-'));
  scratch.push(dir);
  return dir;
}

/** Runs `node scripts/start.js` and resolves with its output lines once it prints the address. */
function startUntilServing(env: Record<string, string>): Promise<{ lines: string[]; folder: string; url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/start.js', '--port', '0'], {
    cwd: ROOT,
    // HANDOFF_NO_ELECTRON: prove the fallback even on a machine that has Electron.
    env: { ...process.env, HANDOFF_NO_ELECTRON: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((done, fail) => {
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const lines = stdout.split('\n').filter(Boolean);
      const serving = lines.map((line) => SERVING.exec(line)).find(Boolean);
      if (serving) done({ lines, folder: serving[1], url: serving[2], child });
    });
    child.once('exit', (code) => fail(new Error(`npm start exited (${code}) before printing an address:\n${stdout}\n${stderr}`)));
  });
}

async function planNames(url: string): Promise<string[]> {
  const response = await fetch(new URL('api/call/listPlans', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(200);
  const { plans } = (await response.json()) as { plans: { name: string }[] };
  return plans.map((plan) => plan.name).sort();
}

describe('npm start without the Electron binary', () => {
  it('says so in one line and serves the editor on copies of the sample plans', async () => {
    const dataDir = tempDir();
    const { lines, folder, url } = await startUntilServing({ HANDOFF_DATA_DIR: dataDir });

    expect(lines[0]).toMatch(NOTICE);
    // Besides the notice, at most a build line comes before the address.
    const before = lines.slice(1, lines.findIndex((line) => SERVING.test(line)));
    expect(before.every((line) => line === 'Building the editor…')).toBe(true);
    // A writable copy in the data folder: editing a sample never changes the repository's examples/.
    expect(folder).toBe(join(dataDir, 'sample-plans'));
    const original = readFileSync(resolve(ROOT, 'examples', 'churn-scoring.handoff.json'), 'utf8');
    expect(readFileSync(join(folder, 'churn-scoring.handoff.json'), 'utf8')).toBe(original);
    expect(new URL(url).hostname).toBe('127.0.0.1');

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    expect(html).toContain('<title>Handoff Studio</title>');

    expect(await planNames(url)).toEqual(expect.arrayContaining(['churn-scoring.handoff.json', 'batch-scoring.handoff.json']));
  }, 240_000);

  it('seeds sample plans from the templates when no examples folder exists', async () => {
    const dataDir = tempDir();
    const { folder, url } = await startUntilServing({ HANDOFF_DATA_DIR: dataDir, HANDOFF_SAMPLES_DIR: join(dataDir, 'no-such-folder') });

    expect(folder).toBe(join(dataDir, 'sample-plans'));
    const seeded = readdirSync(folder).filter((name) => name.endsWith('.handoff.json')).sort();
    expect(seeded).toEqual(PIPELINE_TEMPLATES.map((t) => `${t.id}.handoff.json`).sort());
    expect(await planNames(url)).toEqual(seeded);
  }, 240_000);
});
