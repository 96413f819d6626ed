// Facilitation end to end: `handoff workshop` on a temporary copy of the sample plan,
// a facilitator and two participants in browser contexts of their own. The timer
// counts down alike on every screen (one of them with a clock three minutes off), a
// dot vote keeps each person's dots to themselves until the reveal, "Bring everyone
// here" moves the others' views, and a comment one posts reaches everyone and the file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { commentsOf, voteRoundsOf } from '../../shared/model/facilitation';
import { canvasNode, canvasRegion } from './support/canvas';
import { REPO_ROOT } from './support/serve';
import { expect, fileSettles, planOnDisk, test } from './support/workshop';

const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');
// Three browsers and a host on a shared two-core machine: more time than one page needs.
test.describe.configure({ timeout: 120_000 });

/** The facilitator opens the facilitation tools from the top bar. */
async function openTools(page: Page): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Editor tools' }).getByRole('button', { name: 'Facilitate' }).click();
  return page.getByRole('region', { name: 'Facilitation' });
}

const timer = (page: Page): Locator => page.getByRole('region', { name: 'Timer' });
const voteCard = (page: Page): Locator => page.getByRole('region', { name: 'Vote', exact: true });
const results = (page: Page): Locator => page.getByRole('region', { name: 'Vote results' });
const inspector = (page: Page): Locator => page.getByRole('region', { name: 'Inspector' });
const comments = (page: Page): Locator => inspector(page).getByRole('region', { name: 'Comments' });



/**
 * Joins in a context whose clock runs `skewMs` ahead of the machine's (Date.now only,
 * which is what the page reads the time from), as a laptop with a wrong clock would.
 */
async function joinSkewed(browser: Browser, link: string, name: string, skewMs: number): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript((skew) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + skew;
  }, skewMs);
  const page = await context.newPage();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the workshop' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(canvasRegion(page)).toBeVisible();
  return page;
}

/** Seconds left on a page's countdown ("4:05" → 245). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await timer(page).getByTestId('timer-time').textContent()) ?? '';
  const match = /^(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`not a countdown: ${JSON.stringify(text)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The flow point at the centre of a page's canvas, and its zoom. */
function viewOf(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const { m11: zoom, m41: tx, m42: ty } = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: (pane.width / 2 - tx) / zoom, y: (pane.height / 2 - ty) / zoom, zoom };
  });
}

/** A page's view once it has stopped moving (a wheel zoom may still be drawing). */
async function settledView(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  let last = await viewOf(page);
  await expect
    .poll(async () => {
      const now = await viewOf(page);
      const same = now.x === last.x && now.y === last.y && now.zoom === last.zoom;
      last = now;
      return same;
    }, { intervals: [200] })
    .toBe(true);
  return last;
}

/** True when two views show the same place at the same zoom (within rounding). */
const sameView = (a: { x: number; y: number; zoom: number }, b: { x: number; y: number; zoom: number }) =>
  Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.x - b.x) < 4 && Math.abs(a.y - b.y) < 4;

async function sideBySide(pages: Page[], file: string): Promise<void> {
  const shots = await Promise.all(pages.map((page) => page.screenshot()));
  const board = await pages[0].context().newPage();
  await board.setViewportSize({ width: pages.length * 1440 + (pages.length - 1) * 24, height: 900 });
  await board.setContent(
    `<body style="margin:0;display:flex;gap:24px;background:#222">${shots.map((png) => `<img src="data:image/png;base64,${png.toString('base64')}" width="1440" height="900">`).join('')}</body>`,
  );
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, file), await board.screenshot());
  await board.close();
}

test('the timer shows the same time on every screen, also one whose clock is off', async ({ workshop, browser }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const cy = await joinSkewed(browser, workshop.links.participant, 'Cy', 3 * 60_000);
  try {
    // Participants see no timer until it runs; the facilitator has its controls.
    await expect(timer(bea)).toHaveCount(0);
    await openTools(ann);
    await timer(ann).getByLabel('Minutes').fill('5');
    await timer(ann).getByRole('button', { name: 'Start timer' }).click();
    for (const page of [ann, bea, cy]) await expect(timer(page).getByTestId('timer-time')).toHaveText(/^4:5\d$/);
    await expect(timer(bea).getByRole('button', { name: 'Start timer' })).toHaveCount(0);

    const readings = await Promise.all([ann, bea, cy].map(secondsLeft));
    expect(Math.max(...readings) - Math.min(...readings), `countdowns ${readings.join(', ')}`).toBeLessThanOrEqual(1);

    // Paused, every screen shows the same time; a minute more shows everywhere too.
    await timer(ann).getByRole('button', { name: 'Pause timer' }).click();
    await expect(timer(bea)).toContainText('Paused');
    const paused = await secondsLeft(ann);
    for (const page of [bea, cy]) await expect.poll(() => secondsLeft(page)).toBe(paused);
    await timer(ann).getByRole('button', { name: 'Add 1 minute' }).click();
    for (const page of [ann, bea, cy]) await expect.poll(() => secondsLeft(page)).toBe(paused + 60);

    await timer(ann).getByRole('button', { name: 'Start timer' }).click();
    await expect(timer(cy)).not.toContainText('Paused');
    const again = await Promise.all([ann, bea, cy].map(secondsLeft));
    expect(Math.max(...again) - Math.min(...again), `countdowns ${again.join(', ')}`).toBeLessThanOrEqual(1);

    await timer(ann).getByRole('button', { name: 'Stop timer' }).click();
    await expect(timer(bea)).toHaveCount(0);
    await expect(timer(cy)).toHaveCount(0);
  } finally {
    await cy.context().close();
  }
});

test('a dot vote: each sees only their own dots until the reveal, then everyone sees the totals', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const cy = await workshop.join(workshop.links.participant, 'Cy');
  const question = 'Which part is riskiest?';

  await expect(bea.getByRole('button', { name: 'Facilitate' })).toHaveCount(0);
  await (await openTools(ann)).getByRole('button', { name: 'Start vote' }).click();
  const dialog = ann.getByRole('dialog', { name: 'Start a dot vote' });
  await dialog.getByLabel('Question').fill(question);
  await expect(dialog.getByLabel('Votes per person')).toHaveValue('3');
  await dialog.getByRole('button', { name: 'Start vote' }).click();
  for (const page of [ann, bea, cy]) {
    await expect(voteCard(page)).toContainText(question);
    await expect(voteCard(page)).toContainText('3 left');
  }
  await expect(voteCard(bea).getByRole('button', { name: 'Reveal votes' })).toHaveCount(0);

  const dots = (page: Page, title: string) => canvasNode(page, title).getByLabel(/^Your votes: \d+$/);
  const vote = (page: Page, title: string) => canvasNode(page, title).getByRole('button', { name: `Vote for ${title}`, exact: true }).click();
  await vote(bea, 'Churn model v3');
  await expect(voteCard(bea)).toContainText('2 left');
  await vote(bea, 'Churn model v3');
  await expect(voteCard(bea)).toContainText('1 left');
  await vote(bea, 'Billing database');
  await expect(voteCard(bea)).toContainText('0 left');
  await expect(dots(bea, 'Churn model v3')).toHaveAccessibleName('Your votes: 2');
  await expect(canvasNode(bea, 'Nightly scoring').getByRole('button', { name: 'Vote for Nightly scoring' })).toBeDisabled();

  await vote(cy, 'Billing database');
  await expect(voteCard(cy)).toContainText('2 left');
  await vote(cy, 'Billing database');
  await expect(voteCard(cy)).toContainText('1 left');
  await expect(dots(cy, 'Billing database')).toHaveAccessibleName('Your votes: 2');
  // Cy's ballot has come back from the host, Bea's long before: neither shows the other's dots, nor does Ann's screen.
  await expect(dots(cy, 'Churn model v3')).toHaveAccessibleName('Your votes: 0');
  await expect(dots(bea, 'Billing database')).toHaveAccessibleName('Your votes: 1');
  await expect(dots(ann, 'Churn model v3')).toHaveAccessibleName('Your votes: 0');
  await expect(voteCard(ann)).toContainText('3 left');
  // Nothing of the ballots is in the plan (the host holds them).
  expect(voteRoundsOf(await planOnDisk(workshop.file))).toEqual([]);

  await sideBySide([ann, bea], 'facilitation-vote.png');

  await voteCard(ann).getByRole('button', { name: 'Reveal votes' }).click();
  for (const page of [ann, bea, cy]) {
    await expect(voteCard(page)).toHaveCount(0);
    await expect(results(page)).toContainText(question);
    const rows = results(page).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Billing database');
    await expect(rows.nth(0)).toContainText('3');
    await expect(rows.nth(1)).toContainText('Churn model v3');
    await expect(rows.nth(1)).toContainText('2');
    await expect(canvasNode(page, 'Billing database').getByLabel('3 votes')).toBeVisible();
    await expect(canvasNode(page, 'Churn model v3').getByLabel('2 votes')).toBeVisible();
  }
  await sideBySide([ann, bea], 'facilitation-revealed.png');

  const plan = await fileSettles(workshop.file, (p) => voteRoundsOf(p).length === 1);
  const [round] = voteRoundsOf(plan);
  expect(round.question).toBe(question);
  expect(round.voters).toBe(2);
  const titleOf = (id?: string) => plan.nodes?.find((n) => n.id === id)?.title;
  expect(round.totals.map((t) => [titleOf(t.target.id), t.count])).toEqual([
    ['Billing database', 3],
    ['Churn model v3', 2],
  ]);
});

test('"Bring everyone here" moves the others\' views; a follower\'s view tracks whom they follow', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const cy = await workshop.join(workshop.links.participant, 'Cy');

  // Ann zooms in on one part of the plan (away from her tools, which keep the wheel to themselves).
  const box = (await canvasRegion(ann).boundingBox())!;
  await ann.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.55);
  for (let i = 0; i < 4; i++) await ann.mouse.wheel(0, -240);
  await expect.poll(async () => (await viewOf(ann)).zoom).toBeGreaterThan((await viewOf(bea)).zoom * 1.5);
  const target = await settledView(ann);
  await (await openTools(ann)).getByRole('button', { name: 'Bring everyone here' }).click();
  for (const page of [bea, cy]) await expect.poll(async () => sameView(await viewOf(page), target)).toBe(true);

  // Cy follows Bea; Bea pans; Cy's view goes along.
  await cy.getByRole('region', { name: 'Participants' }).getByRole('button', { name: 'Follow Bea' }).click();
  const beaBox = (await canvasRegion(bea).boundingBox())!;
  await bea.mouse.move(beaBox.x + beaBox.width * 0.5, beaBox.y + beaBox.height * 0.5);
  for (let i = 0; i < 3; i++) await bea.mouse.wheel(0, 200);
  await expect.poll(async () => (await viewOf(bea)).zoom).toBeLessThan(target.zoom * 0.8);
  const beaView = await settledView(bea);
  await expect.poll(async () => sameView(await viewOf(cy), beaView)).toBe(true);
  // Cy's own zoom ends the following.
  const cyBox = (await canvasRegion(cy).boundingBox())!;
  await cy.mouse.move(cyBox.x + cyBox.width * 0.5, cyBox.y + cyBox.height * 0.5);
  await cy.mouse.wheel(0, -200);
  await expect(cy.getByRole('region', { name: 'Participants' }).getByRole('button', { name: 'Follow Bea' })).toHaveAttribute('aria-pressed', 'false');
});

test('a comment one posts appears for everyone, resolves for everyone and reaches the file', async ({ workshop }) => {
  const ann = await workshop.join(workshop.links.facilitator, 'Ann');
  const bea = await workshop.join(workshop.links.participant, 'Bea');
  const cy = await workshop.join(workshop.links.participant, 'Cy');
  const text = 'Who restarts this when it fails at night?';

  for (const page of [ann, bea, cy]) {
    await canvasNode(page, 'Nightly scoring').click();
    await expect(inspector(page).getByRole('heading', { level: 2, name: 'Nightly scoring' })).toBeVisible();
  }
  await comments(bea).getByLabel('Add a comment').fill(text);
  await comments(bea).getByRole('button', { name: 'Post comment' }).click();
  for (const page of [ann, bea, cy]) {
    const thread = comments(page).getByRole('article', { name: 'Comment by Bea' });
    await expect(thread).toContainText(text);
    await expect(canvasNode(page, 'Nightly scoring').getByLabel('1 open comment')).toBeVisible();
  }

  await comments(ann).getByRole('article', { name: 'Comment by Bea' }).getByRole('button', { name: 'Resolve' }).click();
  await expect(comments(cy).getByRole('article', { name: 'Comment by Bea' })).toContainText('Resolved by Ann');
  await expect(comments(bea).getByRole('article', { name: 'Comment by Bea' }).getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(canvasNode(bea, 'Nightly scoring').getByLabel('1 open comment')).toHaveCount(0);

  const plan = await fileSettles(workshop.file, (p) => commentsOf(p).some((c) => c.text === text && c.resolved === true));
  const comment = commentsOf(plan).find((c) => c.text === text)!;
  expect(comment).toMatchObject({ author: 'Bea', resolvedBy: 'Ann', target: { kind: 'node', id: plan.nodes?.find((n) => n.title === 'Nightly scoring')?.id } });
});
