// Live workshops end to end: `handoff workshop` on a temporary copy of the sample
// plan, and several people in browser contexts of their own, joined from the links
// it prints. What one does, the others see; undo is one's own; a viewer watches;
// and the file on disk ends up as everyone sees it, a valid plan.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Locator, Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Plan } from '../../shared/model/types';
import { listMap } from '../../shared/workshop/index';
import { canvasNode, canvasRegion } from './support/canvas';
import { REPO_ROOT } from './support/serve';
import { expect, fileSettles, planOnDisk, test } from './support/workshop';

const run = promisify(execFile);
const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');

const participants = (page: Page): Locator => page.getByRole('region', { name: 'Participants' });
const inspector = (page: Page): Locator => page.getByRole('region', { name: 'Inspector' });
/** A colleague's name tag on a node: they have it selected (or are typing in it). */
const peerTag = (page: Page, nodeTitle: string, name: string): Locator => canvasNode(page, nodeTitle).locator('.peer-tag', { hasText: name });

async function select(page: Page, title: string): Promise<void> {
  await canvasNode(page, title).click();
  await expect(inspector(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
}



const nodeTitled = (plan: Plan, title: string) => plan.nodes?.find((n) => n.title === title);

test('everyone sees who is here, their pointers and their selections', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const vic = await workshop.join(workshop.links.viewer, 'Vic');

  for (const page of [ann, bea, vic]) {
    for (const name of ['Ann', 'Bea', 'Vic']) await expect(participants(page).getByRole('listitem').filter({ hasText: name })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Live · saved by the host' })).toBeVisible();
  }
  await expect(participants(bea).getByRole('listitem').filter({ hasText: 'Ann' })).toContainText('Facilitator');
  await expect(participants(ann).getByRole('listitem').filter({ hasText: 'Vic' })).toContainText('Viewer');
  await expect(participants(bea).getByRole('listitem').first()).toContainText('Bea (you)');
  // Vic's tab is hidden: the others see him away, and back when it shows again. (Headless
  // Chromium never hides a tab, so the page is told the way a browser tells it.)
  const setHidden = (hidden: boolean) =>
    vic.evaluate((value) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await expect(participants(ann).getByRole('listitem').filter({ hasText: 'Vic' })).toContainText('away');
  await setHidden(false);
  await expect(participants(ann).getByRole('listitem').filter({ hasText: 'Vic' })).not.toContainText('away');

  // Ann's pointer over the canvas shows, with her name, on Bea's canvas.
  const box = (await canvasRegion(ann).boundingBox())!;
  await ann.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.7, { steps: 8 });
  await expect(bea.locator('.peer-pointer', { hasText: 'Ann' })).toBeVisible();

  // Selections: each sees the other's, outlined and named on the node.
  await select(ann, 'Billing database');
  await select(bea, 'Churn model v3');
  await expect(peerTag(bea, 'Billing database', 'Ann')).toBeVisible();
  await expect(peerTag(ann, 'Churn model v3', 'Bea')).toBeVisible();
  await expect(peerTag(vic, 'Churn model v3', 'Bea')).toBeVisible();
  // Typing in a node's field says so on it.
  await inspector(bea).getByLabel('Description').click();
  await expect(peerTag(ann, 'Churn model v3', 'Bea')).toContainText('typing');
  await bea.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.35, { steps: 8 });
  await expect(ann.locator('.peer-pointer', { hasText: 'Bea' })).toBeVisible();
  await ann.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6, { steps: 8 });
  await expect(bea.locator('.peer-pointer', { hasText: 'Ann' })).toBeVisible();

  // Two participants side by side, as they see each other.
  const shots = await Promise.all([ann.screenshot(), bea.screenshot()]);
  const board = await ann.context().newPage();
  await board.setViewportSize({ width: 2 * 1440 + 24, height: 900 });
  await board.setContent(
    `<body style="margin:0;display:flex;gap:24px;background:#222">${shots.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}" width="1440" height="900">`).join('')}</body>`,
  );
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, 'workshop-side-by-side.png'), await board.screenshot());
  await board.close();

  // Ann drags a node: Bea sees it move while Ann's button is still down. (A node near the
  // pipeline's start, which a plan opens on, so it is in view at the opening zoom.)
  const node = canvasNode(ann, 'Product usage events');
  const from = (await node.boundingBox())!;
  const before = (await canvasNode(bea, 'Product usage events').boundingBox())!;
  await ann.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await ann.mouse.down();
  await ann.mouse.move(from.x + from.width / 2 + 40, from.y + from.height / 2 + 120, { steps: 12 });
  const moved = async () => (await canvasNode(bea, 'Product usage events').boundingBox())!.y - before.y;
  await expect.poll(moved).toBeGreaterThan(60);
  // The drop is one ordinary edit: the node stays where Ann left it, in the file too.
  await ann.mouse.up();
  await expect(ann.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Move node/);
  // (It was at y 160; 120 pixels down is more than 60 flow units at any zoom up to 2.)
  await fileSettles(workshop.file, (plan) => (nodeTitled(plan, 'Product usage events')?.position.y ?? 0) > 220);
  expect(await moved()).toBeGreaterThan(60);
});

test('a node one adds, the others see; edits to one node by two people both survive', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');

  await ann.getByRole('button', { name: 'Add Dataset', exact: true }).click();
  await expect(canvasNode(bea, 'Dataset')).toBeVisible();

  // Both on one node at once: Ann its title, Bea its description.
  await select(ann, 'Weekly retraining');
  await select(bea, 'Weekly retraining');
  await inspector(ann).getByLabel('Title').press('End');
  await inspector(bea).getByLabel('Description').focus();
  await Promise.all([
    inspector(ann).getByLabel('Title').pressSequentially(' (Sundays)', { delay: 30 }),
    inspector(bea).getByLabel('Description').pressSequentially('Runs on the shared GPU pool.', { delay: 30 }),
  ]);
  for (const page of [ann, bea]) {
    await expect(inspector(page).getByLabel('Title')).toHaveValue('Weekly retraining (Sundays)');
    await expect(inspector(page).getByLabel('Description')).toHaveValue('Runs on the shared GPU pool.');
  }
  const saved = await fileSettles(workshop.file, (plan) => nodeTitled(plan, 'Weekly retraining (Sundays)')?.description === 'Runs on the shared GPU pool.');
  expect(nodeTitled(saved, 'Dataset')).toBeDefined();
});

test('two people typing one title end with the same title everywhere', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  await select(ann, 'Nightly scoring');
  await select(bea, 'Nightly scoring');
  await inspector(ann).getByLabel('Title').press('End');
  await inspector(bea).getByLabel('Title').press('End');
  await Promise.all([
    inspector(ann).getByLabel('Title').pressSequentially(' A', { delay: 40 }),
    inspector(bea).getByLabel('Title').pressSequentially(' B', { delay: 40 }),
  ]);
  // Whoever wrote last wins; what matters is that both end with the same value, and the file too.
  await expect.poll(async () => {
    const [a, b] = await Promise.all([inspector(ann).getByLabel('Title').inputValue(), inspector(bea).getByLabel('Title').inputValue()]);
    return a === b && a !== 'Nightly scoring' ? a : null;
  }).not.toBeNull();
  const title = await inspector(ann).getByLabel('Title').inputValue();
  await expect(canvasNode(bea, title)).toBeVisible();
  await fileSettles(workshop.file, (plan) => nodeTitled(plan, title) !== undefined);
});

test('undo takes back only one’s own edit, never a colleague’s', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  await select(ann, 'Billing database');
  await inspector(ann).getByLabel('Title').fill('Billing DB (replica)');
  await expect(canvasNode(bea, 'Billing DB (replica)')).toBeVisible();
  await select(bea, 'Product usage events');
  await inspector(bea).getByLabel('Title').fill('Usage events');
  await expect(canvasNode(ann, 'Usage events')).toBeVisible();

  // Ann's last step is hers, even though Bea edited after it.
  const undo = ann.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /Edit node/);
  await ann.getByRole('region', { name: 'Canvas' }).click({ position: { x: 12, y: 12 } });
  await undo.click();
  for (const page of [ann, bea]) {
    await expect(canvasNode(page, 'Billing database')).toBeVisible();
    await expect(canvasNode(page, 'Usage events')).toBeVisible();
  }
  await expect(undo).toBeDisabled();
  await ann.getByRole('button', { name: 'Redo' }).click();
  await expect(canvasNode(bea, 'Billing DB (replica)')).toBeVisible();
  await fileSettles(workshop.file, (plan) => Boolean(nodeTitled(plan, 'Billing DB (replica)') && nodeTitled(plan, 'Usage events')));
});

test('a viewer sees every change live and can make none', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const vic = await workshop.join(workshop.links.viewer, 'Vic');
  await expect(vic.getByText('You are watching this workshop as a viewer', { exact: true })).toBeVisible();

  // Nothing offers an edit; what a key still asks for (Delete, Duplicate) changes nothing.
  await expect(vic.getByRole('button', { name: 'Add Note', exact: true })).toBeDisabled();
  await select(vic, 'Churn model v3');
  await expect(inspector(vic).getByLabel('Title')).toBeDisabled();
  await vic.keyboard.press('Delete');
  await vic.keyboard.press('Control+d');

  // Then Ann edits; once the viewer sees her edit, none of the viewer's attempts is anywhere.
  await select(ann, 'Churn model v3');
  await inspector(ann).getByLabel('Title').fill('Churn model v4');
  await expect(canvasNode(vic, 'Churn model v4')).toBeVisible();
  for (const page of [ann, vic]) await expect(canvasRegion(page).locator('.react-flow__node')).toHaveCount(10);
  const saved = await fileSettles(workshop.file, (plan) => nodeTitled(plan, 'Churn model v4') !== undefined);
  expect(saved.nodes).toHaveLength(10);
});

test('the file on disk ends as everyone sees it, and is a valid plan', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  await ann.getByRole('button', { name: 'Add Service', exact: true }).click();
  await expect(canvasNode(bea, 'Service')).toBeVisible();
  await select(bea, 'Service');
  await inspector(bea).getByLabel('Title').fill('Scoring API');
  await expect(canvasNode(ann, 'Scoring API')).toBeVisible();
  await workshop.stop();

  const plan = await planOnDisk(workshop.file);
  const titles = (plan.nodes ?? []).map((n) => n.title).sort();
  for (const page of [ann, bea]) {
    const shown = await canvasRegion(page).locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(shown.sort()).toEqual(titles);
  }
  const validate = await run(process.execPath, [join(REPO_ROOT, 'bin/handoff.js'), 'validate', workshop.file]).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
  // 0: no error findings; 1: the sample's own readiness errors. 2 would be a file that is not a valid plan.
  expect(validate).toBeLessThan(2);
});

/** How many updates this page's browser keeps of the workshop's document (y-indexeddb's store). */
function storedUpdates(page: Page, planId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('updates').objectStore('updates').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
    `${planId}:${new URL(page.url()).host}`,
  );
}

test('edits made while the host is away are kept, and merge when it is back', async ({ workshop }) => {
  const planId = (await planOnDisk(workshop.file)).id;
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  await select(ann, 'Drift and outcome monitoring');
  await select(bea, 'CRM call list');

  await workshop.stop();
  for (const page of [ann, bea]) await expect(page.getByRole('status', { name: /^Offline/ })).toBeVisible();
  // Bea keeps her tab open; Ann closes hers once her browser has stored her edit.
  await inspector(bea).getByLabel('Title').fill('CRM call list (weekly)');
  const stored = await storedUpdates(ann, planId);
  await inspector(ann).getByLabel('Title').fill('Drift monitoring');
  await expect.poll(() => storedUpdates(ann, planId)).toBeGreaterThan(stored);
  const annsBrowser = ann.context();
  await ann.close();

  await workshop.restart();
  await expect(bea.getByRole('status', { name: 'Live · saved by the host' })).toBeVisible({ timeout: 30_000 });
  const back = await annsBrowser.newPage();
  await back.goto(workshop.links.facilitator);
  const dialog = back.getByRole('dialog', { name: 'Join the workshop' });
  await expect(dialog.getByLabel('Your name'), 'the name is remembered').toHaveValue('Ann');
  await dialog.getByRole('button', { name: 'Join' }).click();

  for (const page of [back, bea]) {
    await expect(canvasNode(page, 'CRM call list (weekly)')).toBeVisible();
    await expect(canvasNode(page, 'Drift monitoring')).toBeVisible();
  }
  const saved = await fileSettles(workshop.file, (plan) => Boolean(nodeTitled(plan, 'CRM call list (weekly)') && nodeTitled(plan, 'Drift monitoring')));
  expect(saved.nodes, 'nothing doubled').toHaveLength(10);
});

test('what a client writes that is not a valid plan shows as a finding and is never saved', async ({ workshop }) => {
  const planId = (await planOnDisk(workshop.file)).id;
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');

  // Any Hocuspocus client may join with a participant's token, and write anything.
  const url = new URL(workshop.links.participant);
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `ws://${url.host}/collab`, WebSocketPolyfill: WebSocket });
  const client = new HocuspocusProvider({ websocketProvider: socket, name: planId, token: new URLSearchParams(url.hash.slice(1)).get('token'), document: doc });
  client.attach();
  try {
    await new Promise<void>((resolve) => (client.isSynced ? resolve() : client.on('synced', () => resolve())));
    const model = () => listMap(doc, 'nodes').get('n-model') as Y.Map<unknown>;
    model().set('type', 'modle');

    const readiness = ann.getByRole('region', { name: 'Readiness' });
    await expect(readiness.getByText('Kept out of the plan: nodes n-model: type: "modle" is not a node type')).toBeVisible();
    await expect(canvasNode(ann, 'Churn model v3')).toHaveCount(0);
    // The host keeps it out of the file too, which stays a valid plan meanwhile.
    await fileSettles(workshop.file, (plan) => !plan.nodes?.some((n) => n.id === 'n-model'));

    model().set('type', 'model');
    await expect(canvasNode(ann, 'Churn model v3')).toBeVisible();
    await expect(readiness.getByText(/Kept out of the plan/)).toHaveCount(0);
    await fileSettles(workshop.file, (plan) => plan.nodes?.find((n) => n.id === 'n-model')?.type === 'model');
  } finally {
    client.destroy();
    socket.destroy();
  }
});

test('after the facilitator changes the links, an old link is told it no longer works', async ({ workshop }) => {
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const facilitator = new URL(workshop.links.facilitator);
  const rotated = await fetch(new URL('/api/call/rotateWorkshopLinks', facilitator), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${new URLSearchParams(facilitator.hash.slice(1)).get('token')}` },
    body: '{}',
  });
  expect(rotated.ok).toBe(true);
  await expect(bea.getByRole('dialog', { name: 'This workshop link no longer works' })).toBeVisible({ timeout: 20_000 });
  await expect(bea.getByRole('status', { name: /^Offline/ })).toBeVisible();
});
