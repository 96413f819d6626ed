// `handoff serve --host 0.0.0.0` in a real browser, reached through 127.0.0.1: the
// printed link (token in the fragment) opens the editor, the token leaves the
// address bar but survives a reload, and the bare address shows why nothing is
// listed until the link is pasted into the same tab.
import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { canvasOf } from './panel-helpers';
import { expect, makeDataFolder, makePlanFolder, REPO_ROOT, SAMPLE_PLAN, stopServer, test } from './support/serve';

const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');
const TOKEN = 'e2e-lan-token-0123456789abcdef';
/** The sample in the start screen's list of the served folder. */
const folderPlan = (page: Page) => page.getByRole('list', { name: /^Plans in / }).getByRole('button', { name: /Subscriber churn scoring/ });
const LISTENING_LINE = /^Handoff Studio is serving .+ at http:\/\/0\.0\.0\.0:(\d+)\/$/m;
const LINK_LINE = /^Open with the access token: (\S+)$/m;

test('the link with the token opens the editor; without it the start screen says why', async ({ page, browser }) => {
  const dir = await makePlanFolder();
  const dataDir = await makeDataFolder();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/handoff.js'), 'serve', dir, '--host', '0.0.0.0', '--port', '0', '--token', TOKEN], {
    cwd: REPO_ROOT,
    env: { ...process.env, HANDOFF_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let stdout = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const listening = LISTENING_LINE.exec(stdout);
        if (listening && LINK_LINE.test(stdout)) resolve(Number(listening[1]));
      });
      child.on('exit', (code) => reject(new Error(`handoff serve exited with ${code}: ${stdout}`)));
    });
    expect(LINK_LINE.exec(stdout)![1]).toMatch(new RegExp(`:${port}/#token=${TOKEN}$`));
    const base = `http://127.0.0.1:${port}/`;

    await page.goto(`${base}#token=${TOKEN}`);
    await expect(folderPlan(page)).toBeVisible();
    // The token is gone from the address bar (nothing left to copy along by accident).
    expect(page.url()).toBe(base);

    // A plan link keeps its ?plan= while the token is taken out; a reload still works.
    await page.goto(`${base}?plan=${SAMPLE_PLAN}#token=${TOKEN}`);
    await expect(canvasOf(page).locator('.react-flow__node').first()).toBeVisible();
    expect(page.url()).toBe(`${base}?plan=${SAMPLE_PLAN}`);
    await page.reload();
    await expect(canvasOf(page).locator('.react-flow__node').first()).toBeVisible();

    // Someone with only the address: the editor loads, the plans do not.
    const stranger = await browser.newContext();
    try {
      const strangerPage = await stranger.newPage();
      await strangerPage.goto(base);
      await expect(strangerPage.getByText(/This server needs the link with its access token/)).toBeVisible();
      await expect(strangerPage.getByText('Subscriber churn scoring')).toHaveCount(0);
      await mkdir(ARTIFACTS, { recursive: true });
      await strangerPage.locator('.start__section--open').screenshot({ path: join(ARTIFACTS, 'lan-token-start-without-token.png') });
      // Given the link later, in the same tab (only the fragment changes): the plans appear.
      await strangerPage.goto(`${base}#token=${TOKEN}`);
      await expect(folderPlan(strangerPage)).toBeVisible();
      expect(strangerPage.url()).toBe(base);
    } finally {
      await stranger.close();
    }
  } finally {
    await stopServer(child);
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
});
