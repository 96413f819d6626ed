// A Playwright fixture that hosts a live workshop the way a facilitator does:
// `handoff workshop PLAN --port 0` on a fresh temporary copy of the sample plan,
// with a data folder of its own, and the three links it prints. People join in
// browser contexts of their own (separate storage, as separate computers would be).
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { parsePlan } from '../../../shared/model/parse';
import type { Plan } from '../../../shared/model/types';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR, REPO_ROOT, SAMPLE_PLAN, makeDataFolder, stopServer } from './serve';
import { showWholePlan } from './canvas';

export interface WorkshopLinks {
  facilitator: string;
  participant: string;
  viewer: string;
}

export interface HostedWorkshop {
  links: WorkshopLinks;
  /** The plan file the workshop edits (a temporary copy of the sample). */
  file: string;
  /** Stops the host (it saves on stop); the fixture does it too if the test does not. */
  stop(): Promise<void>;
  /** Starts the host again on the same file, port and data folder (after `stop`). */
  restart(): Promise<void>;
  /** Opens a link in a new browser context and joins under `name`; resolves once the plan shows. */
  join(link: string, name: string): Promise<Page>;
}

const LINK_LINE = /^(Facilitator|Participant|Viewer) link: (http:\/\/\S+)\s*$/gm;
const START_TIMEOUT_MS = 20_000;

/** Starts `handoff workshop FILE --port PORT` and resolves with its three links once it has printed them. */
export function startWorkshop(file: string, dataDir: string, port = 0): Promise<{ links: WorkshopLinks; child: ChildProcess; output(): string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/handoff.js'), 'workshop', file, '--port', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, HANDOFF_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`handoff workshop did not print its links within ${START_TIMEOUT_MS} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const found = new Map([...stdout.matchAll(LINK_LINE)].map((match) => [match[1].toLowerCase(), match[2]]));
      if (found.size === 3) {
        clearTimeout(timer);
        resolvePromise({ links: Object.fromEntries(found) as unknown as WorkshopLinks, child, output: () => `stdout:\n${stdout}\nstderr:\n${stderr}` });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      stderr += `\n(exited with ${code ?? signal})`;
      reject(new Error(`handoff workshop exited with ${code} before printing its links.\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

/** Opens a workshop link in a context of its own, gives the name and waits for the plan. */
export async function joinAs(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the workshop' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
  await showWholePlan(page);
  return page;
}

/** `test` with a `workshop` fixture: a running `handoff workshop` on a temporary copy of the sample plan. */
export const test = base.extend<{ workshop: HostedWorkshop }>({
  workshop: async ({ browser }, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-workshop-'));
    const dataDir = await makeDataFolder();
    const file = join(dir, SAMPLE_PLAN);
    await copyFile(join(EXAMPLES_DIR, SAMPLE_PLAN), file);
    await chmod(file, 0o644);
    const started = await startWorkshop(file, dataDir);
    const { links } = started;
    let { child, output } = started;
    const pages: Page[] = [];
    try {
      await use({
        links,
        file,
        stop: () => stopServer(child),
        restart: async () => {
          await stopServer(child);
          const again = await startWorkshop(file, dataDir, Number(new URL(links.facilitator).port));
          expect(again.links, 'a restarted workshop keeps its links').toEqual(links);
          ({ child, output } = again);
        },
        join: async (link, name) => {
          const page = await joinAs(browser, link, name);
          pages.push(page);
          return page;
        },
      });
    } finally {
      // What the host said, for a failed test.
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('handoff workshop output', { body: output(), contentType: 'text/plain' });
      for (const page of pages) await page.context().close();
      await stopServer(child);
      await rm(dir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** The plan file as the host last wrote it. */
export async function planOnDisk(file: string): Promise<Plan> {
  const result = parsePlan(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`the workshop file is not a valid plan: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Waits until the host has written a file for which `check` holds (it saves within 2 s of the last change). */
export async function fileSettles(file: string, check: (plan: Plan) => boolean): Promise<Plan> {
  let plan: Plan | null = null;
  await expect.poll(async () => check((plan = await planOnDisk(file))), { timeout: 15_000 }).toBe(true);
  return plan!;
}
