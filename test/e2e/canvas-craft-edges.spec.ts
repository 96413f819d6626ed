// Issue 14, edges that route: any side connects, flows are drawn with right angles
// and take the facing sides, a flow's end moves to another node, a refused
// connection says why, a flow can be drawn straight or curved (saved as `route`),
// and Connect to… makes a flow from the keyboard.

import type { Page } from '@playwright/test';
import { canvasNode, dragFromTo } from './support/canvas';
import { expect, test } from './support/serve';
import { openSample, savedPlan } from './support/sample';

const flow = (page: Page, from: string, to: string) => page.getByRole('group', { name: `Flow from ${from} to ${to}` });

/** Clicks a flow's line a quarter of the way along (a straight line has no box to click by). */
async function clickFlow(page: Page, from: string, to: string): Promise<void> {
  const at = await flow(page, from, to)
    .locator('path.react-flow__edge-path')
    .evaluate((el: SVGPathElement) => {
      const p = el.getPointAtLength(el.getTotalLength() / 4);
      const m = el.getScreenCTM()!;
      return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
    });
  await page.mouse.click(at.x, at.y);
}

test('flows connect from any side, run at right angles between facing sides, and the model flows down into its evaluation', async ({ page, served }) => {
  await openSample(page, served.url);
  // Every plan node has a handle on each side.
  for (const side of ['top', 'right', 'bottom', 'left']) {
    await expect(canvasNode(page, 'Churn model v3').locator(`.react-flow__handle-${side}`)).toHaveCount(1);
  }
  // Model → evaluation sits below: the flow leaves the bottom and enters the top, with right-angle bends only.
  const path = flow(page, 'Churn model v3', 'Backtest and fairness review').locator('path.react-flow__edge-path');
  const d = (await path.getAttribute('d'))!;
  expect(d).not.toMatch(/C/);
  const model = (await canvasNode(page, 'Churn model v3').boundingBox())!;
  const start = (await path.evaluate((el: SVGPathElement) => {
    const p = el.getPointAtLength(0);
    const m = el.getScreenCTM()!;
    return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
  }));
  expect(Math.abs(start.y - (model.y + model.height))).toBeLessThan(8);

  // A flow drawn from the top handle of one node to the bottom handle of another.
  await dragFromTo(page, canvasNode(page, 'CRM call list').locator('.react-flow__handle-top'), canvasNode(page, 'Drift and outcome monitoring').locator('.react-flow__handle-bottom'));
  await expect(flow(page, 'CRM call list', 'Drift and outcome monitoring')).toHaveCount(1);
});

test('a refused connection says why: the same flow twice, or a node to itself', async ({ page, served }) => {
  await openSample(page, served.url);
  await dragFromTo(page, canvasNode(page, 'Billing database').locator('.react-flow__handle-right'), canvasNode(page, 'Churn feature pipeline').locator('.react-flow__handle-left'));
  await expect(page.getByText(/There is already a flow from Billing database to Churn feature pipeline/)).toBeVisible();
  await expect(flow(page, 'Billing database', 'Churn feature pipeline')).toHaveCount(1);
  await dragFromTo(page, canvasNode(page, 'Churn model v3').locator('.react-flow__handle-right'), canvasNode(page, 'Churn model v3').locator('.react-flow__handle-left'));
  await expect(page.getByText(/A flow cannot start and end at the same node \(Churn model v3\)/)).toBeVisible();
});

test('dragging the end of a selected flow onto a handle of another node reconnects it, as one undo step', async ({ page, served }) => {
  await openSample(page, served.url);
  await clickFlow(page, 'Nightly scoring', 'CRM call list');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByText('Connection')).toBeVisible();
  const end = flow(page, 'Nightly scoring', 'CRM call list').locator('.react-flow__edgeupdater-target');
  await expect(end).toHaveCount(1);
  await dragFromTo(page, end, canvasNode(page, 'Backtest and fairness review').locator('.react-flow__handle-right'));
  await expect(flow(page, 'Nightly scoring', 'Backtest and fairness review')).toHaveCount(1);
  await expect(flow(page, 'Nightly scoring', 'CRM call list')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Reconnect flow/);
  const plan = await savedPlan(page, served.dir);
  const idOf = (title: string) => plan.nodes?.find((n) => n.title === title)?.id;
  expect(plan.edges?.some((e) => e.source === idOf('Nightly scoring') && e.target === idOf('Backtest and fairness review'))).toBe(true);
  expect(plan.edges?.some((e) => e.source === idOf('Nightly scoring') && e.target === idOf('CRM call list'))).toBe(false);
});

test('a flow drawn straight or curved is saved as its route', async ({ page, served }) => {
  await openSample(page, served.url);
  await clickFlow(page, 'Churn model v3', 'Backtest and fairness review');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Line').selectOption({ label: 'Curved' });
  const path = flow(page, 'Churn model v3', 'Backtest and fairness review').locator('path.react-flow__edge-path');
  await expect(path).toHaveAttribute('d', /C/);
  const plan = await savedPlan(page, served.dir);
  const model = plan.nodes!.find((n) => n.title === 'Churn model v3')!;
  expect(plan.edges!.find((e) => e.source === model.id && (e as { route?: string }).route === 'curved')).toBeTruthy();
});

test('Connect to… makes a flow from the keyboard, finding the target by typing', async ({ page, served }) => {
  await openSample(page, served.url);
  await canvasNode(page, 'Drift and outcome monitoring').click();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect Drift and outcome monitoring to…' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('billing');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(flow(page, 'Drift and outcome monitoring', 'Billing database')).toHaveCount(1);
});
