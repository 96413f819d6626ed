// More facilitation end to end, on a real `handoff workshop` with a facilitator and
// participants in browser contexts of their own: the agenda (presenting a frame moves
// everyone's view to it), the private brainstorm (a note stays on its author's screen
// until the facilitator reveals it), locking a node (a participant cannot change it and
// is told why) and ending the workshop from the tools (the record lands in the file).
import type { Locator, Page } from '@playwright/test';
import { commentsOf, workshopRecordsOf } from '../../shared/model/facilitation';
import { canvasNode, canvasRegion, viewAtRest } from './support/canvas';
import { expect, fileSettles, test } from './support/workshop';

// Several browsers and a host on a shared two-core machine: more time than one page needs.
test.describe.configure({ timeout: 120_000 });

/** The facilitator opens the facilitation tools from the top bar. */
async function openTools(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Editor tools' }).getByRole('button', { name: 'Facilitate' }).click();
  return page.getByRole('region', { name: 'Facilitation' });
}

const inspector = (page: Page): Locator => page.getByRole('region', { name: 'Inspector' });
const toast = (page: Page, text: string | RegExp): Locator => page.getByRole('status').filter({ hasText: text });

interface View {
  x: number;
  y: number;
  zoom: number;
}

/** The flow point at the centre of a page's canvas, and its zoom. */
function viewOf(page: Page): Promise<View> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const { m11: zoom, m41: tx, m42: ty } = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: (pane.width / 2 - tx) / zoom, y: (pane.height / 2 - ty) / zoom, zoom };
  });
}

/** True when a view is centred where another is, at about its zoom (a frame is fitted with a little padding). */
const showsSamePlace = (a: View, b: View) => Math.abs(a.x - b.x) < 10 && Math.abs(a.y - b.y) < 10 && Math.abs(a.zoom / b.zoom - 1) < 0.08;

/** True when a node lies wholly inside the page's canvas. */
async function inView(page: Page, title: string): Promise<boolean> {
  const [node, canvas] = await Promise.all([canvasNode(page, title).boundingBox(), canvasRegion(page).boundingBox()]);
  return Boolean(node && canvas && node.x >= canvas.x && node.y >= canvas.y && node.x + node.width <= canvas.x + canvas.width && node.y + node.height <= canvas.y + canvas.height);
}

/** Adds a frame of the facilitator's current view to the agenda, through its dialog. */
async function addFrame(page: Page, tools: Locator, title: string): Promise<void> {
  await tools.getByRole('button', { name: 'Add frame' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a frame to the agenda' });
  await dialog.getByLabel('Frame title').fill(title);
  await dialog.getByRole('button', { name: 'Add frame' }).click();
  await expect(dialog).toHaveCount(0);
}

test('presenting the agenda takes every screen to the frame shown, step by step', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const tools = await openTools(ann);
  const agenda = tools.getByRole('region', { name: 'Agenda' });
  await expect(agenda).toContainText('Frame a part of the canvas to step through it with everyone.');
  await expect(agenda.getByRole('button', { name: 'Present' })).toBeDisabled();

  // Frame 1: the whole plan, as Ann sees it now.
  await addFrame(ann, tools, 'Whole pipeline');
  const whole = await viewOf(ann);
  // Frame 2: Ann zooms in on the end of the pipeline.
  const scoring = (await canvasNode(ann, 'Nightly scoring').boundingBox())!;
  await ann.mouse.move(scoring.x + scoring.width / 2, scoring.y + scoring.height / 2);
  for (let i = 0; i < 4; i++) await ann.mouse.wheel(0, -240);
  await expect.poll(async () => (await viewOf(ann)).zoom).toBeGreaterThan(whole.zoom * 1.5);
  await viewAtRest(ann);
  const closeUp = await viewOf(ann);
  await addFrame(ann, tools, 'Scoring close up');
  await expect(agenda.getByRole('listitem')).toHaveText(['Whole pipeline×', 'Scoring close up×']);

  // Bea looks somewhere else of her own: at the start of the pipeline, close up.
  const billing = (await canvasNode(bea, 'Billing database').boundingBox())!;
  await bea.mouse.move(billing.x + billing.width / 2, billing.y + billing.height / 2);
  for (let i = 0; i < 4; i++) await bea.mouse.wheel(0, -240);
  await expect.poll(() => inView(bea, 'Nightly scoring')).toBe(false);

  // Present: the first frame shows on Bea's screen; its step is the current one in Ann's list.
  await agenda.getByRole('button', { name: 'Present' }).click();
  await expect.poll(async () => showsSamePlace(await viewOf(bea), whole)).toBe(true);
  expect(await inView(bea, 'Nightly scoring')).toBe(true);
  expect(await inView(bea, 'Billing database')).toBe(true);
  await expect(agenda.getByRole('button', { name: 'Whole pipeline', exact: true })).toHaveAttribute('aria-current', 'step');
  await expect(agenda.getByRole('button', { name: 'Previous' })).toBeDisabled();

  // Next: the close-up, on both screens.
  await agenda.getByRole('button', { name: 'Next' }).click();
  await expect.poll(async () => showsSamePlace(await viewOf(bea), closeUp)).toBe(true);
  await expect.poll(() => inView(bea, 'Billing database')).toBe(false);
  expect(await inView(bea, 'Nightly scoring')).toBe(true);
  await expect(agenda.getByRole('button', { name: 'Scoring close up', exact: true })).toHaveAttribute('aria-current', 'step');
  await expect(agenda.getByRole('button', { name: 'Next' })).toBeDisabled();

  // Previous goes back; Stop presenting leaves everyone where they are and offers Present again.
  await agenda.getByRole('button', { name: 'Previous' }).click();
  await expect.poll(async () => showsSamePlace(await viewOf(bea), whole)).toBe(true);
  await agenda.getByRole('button', { name: 'Stop presenting' }).click();
  await expect(agenda.getByRole('button', { name: 'Present' })).toBeEnabled();
  await expect(agenda.getByRole('button', { name: 'Whole pipeline', exact: true })).not.toHaveAttribute('aria-current', 'step');
});

test('a private brainstorm: a note stays on its author\'s screen until the reveal, then shows for everyone without a name', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const cy = await workshop.join(workshop.links.participant, 'Cy');
  const idea = 'Score weekly accounts first';
  const tools = await openTools(ann);
  const room = tools.getByRole('region', { name: 'Room' });
  await room.getByLabel('Reveal without names').check();
  await room.getByRole('button', { name: 'Start private brainstorm' }).click();
  const brainstormStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'Private brainstorm' });
  await expect(brainstormStatus(bea)).toContainText('(0 so far)');

  await bea.getByRole('button', { name: 'Add sticky note' }).click();
  const dialog = bea.getByRole('dialog', { name: 'Add a sticky note' });
  await dialog.getByLabel('Note').fill(idea);
  await dialog.getByRole('button', { name: 'Add note' }).click();
  await expect(bea.getByRole('note', { name: `Your private note: ${idea}` })).toContainText('Only you see this until the reveal');
  await expect(brainstormStatus(bea)).toContainText('(1 so far)');

  // A comment Bea posts after her note reaches the others and the file; her note does not.
  await canvasNode(bea, 'CRM call list').click();
  await inspector(bea).getByRole('region', { name: 'Comments' }).getByLabel('Add a comment').fill('Marker after the private note');
  await inspector(bea).getByRole('region', { name: 'Comments' }).getByRole('button', { name: 'Post comment' }).click();
  for (const page of [ann, cy]) {
    await canvasNode(page, 'CRM call list').click();
    await expect(inspector(page).getByRole('article', { name: 'Comment by Bea' })).toContainText('Marker after the private note');
    await expect(page.getByRole('note').filter({ hasText: idea })).toHaveCount(0);
  }
  const before = await fileSettles(workshop.file, (p) => commentsOf(p).some((c) => c.text === 'Marker after the private note'));
  expect(commentsOf(before).map((c) => c.text)).not.toContain(idea);

  // The reveal: Bea's note is on every canvas, without her name, and in the file.
  await room.getByRole('button', { name: 'Reveal notes' }).click();
  await expect(toast(bea, 'Your note is on the canvas for everyone.')).toBeVisible();
  for (const page of [ann, bea, cy]) {
    const note = page.getByRole('note', { name: `Sticky note: ${idea}` });
    await expect(note).toBeVisible();
    await expect(note).not.toContainText('Bea');
    await expect(brainstormStatus(page)).toHaveCount(0);
  }
  await expect(bea.getByRole('note', { name: `Your private note: ${idea}` })).toHaveCount(0);
  const after = await fileSettles(workshop.file, (p) => commentsOf(p).some((c) => c.text === idea));
  expect(commentsOf(after).find((c) => c.text === idea)).toMatchObject({ author: '', target: { kind: 'plan' }, sticky: { x: expect.any(Number), y: expect.any(Number) } });
});

test('a locked node: a participant cannot change it and is told why; unlocked, she can', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  await canvasNode(ann, 'Nightly scoring').click();
  await inspector(ann).getByRole('button', { name: 'Lock node' }).click();
  await expect(inspector(ann).getByRole('button', { name: 'Unlock node' })).toHaveAttribute('aria-pressed', 'true');
  await expect(inspector(ann)).toContainText('Participants cannot change this node.');

  await canvasNode(bea, 'Nightly scoring').click();
  await expect(inspector(bea).getByRole('note')).toHaveText('Locked: The facilitator has locked this node.');
  await expect(inspector(bea).getByLabel('Title', { exact: true })).toBeDisabled();
  // No facilitator's button for her, and comments stay open under the lock.
  await expect(inspector(bea).getByRole('button', { name: 'Unlock node' })).toHaveCount(0);
  await expect(inspector(bea).getByRole('region', { name: 'Comments' }).getByLabel('Add a comment')).toBeEnabled();

  // Delete on the canvas is refused with the reason, and the node stays on both screens.
  await canvasNode(bea, 'Nightly scoring').click();
  await bea.keyboard.press('Delete');
  await expect(toast(bea, 'The facilitator has locked “Nightly scoring”.')).toBeVisible();
  for (const page of [ann, bea]) await expect(canvasNode(page, 'Nightly scoring')).toBeVisible();

  // Once Ann unlocks it, Bea can rename it, and Ann sees the new name.
  await inspector(ann).getByRole('button', { name: 'Unlock node' }).click();
  await canvasNode(bea, 'Nightly scoring').click();
  await expect(inspector(bea).getByRole('heading', { level: 2, name: 'Nightly scoring' })).toBeVisible();
  await expect(inspector(bea).getByRole('note')).toHaveCount(0);
  const title = inspector(bea).getByLabel('Title', { exact: true });
  await expect(title).toBeEnabled();
  await title.fill('Nightly scoring job');
  await title.press('Tab');
  await expect(canvasNode(ann, 'Nightly scoring job')).toBeVisible();
});

test('End workshop from the tools writes the record and the decisions into the plan file', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  await workshop.join(workshop.links.participant, 'Bea');
  const tools = await openTools(ann);
  await tools.getByRole('region', { name: 'Room' }).getByRole('button', { name: 'End workshop' }).click();
  const dialog = ann.getByRole('dialog', { name: 'End the workshop' });
  await dialog.getByLabel('Decisions taken (one per line, optional)').fill('Score weekly accounts first\n\nThe CRM team owns the call list');
  await dialog.getByRole('button', { name: 'End workshop' }).click();
  const ended = ann.getByRole('dialog', { name: 'Workshop ended' });
  await expect(ended).toContainText('The workshop record is in the plan');
  await expect(dialog).toHaveCount(0);

  const plan = await fileSettles(workshop.file, (p) => workshopRecordsOf(p).length === 1);
  const [record] = workshopRecordsOf(plan);
  expect(record.attendees).toEqual(expect.arrayContaining([{ name: 'Ann', role: 'facilitator' }, { name: 'Bea', role: 'participant' }]));
  expect(record.decisionIds).toHaveLength(2);
  const decisions = record.decisionIds.map((id) => plan.questions?.find((q) => q.id === id));
  expect(decisions).toEqual([
    expect.objectContaining({ kind: 'decision', text: 'Score weekly accounts first' }),
    expect.objectContaining({ kind: 'decision', text: 'The CRM team owns the call list' }),
  ]);
  expect(Date.parse(record.endedAt)).toBeGreaterThanOrEqual(Date.parse(record.startedAt));
});
