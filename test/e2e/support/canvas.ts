// Helpers for driving the canvas the way a person does: by the names people see.
import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas, by its name in English or Chinese (the language tests run the editor in). */
export function canvasRegion(page: Page): Locator {
  return page.getByRole('region', { name: /^(Canvas|画布)$/ });
}

/** A node on the canvas by its title (its accessible name). */
export function canvasNode(page: Page, title: string): Locator {
  return canvasRegion(page).getByRole('group', { name: title, exact: true });
}

/** Presses the mouse on one element and releases it over another, moving in steps like a hand. */
export async function dragFromTo(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('drag source or target is not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** Draws a flow from one node's right-hand handle to another node's left-hand handle (any side connects). */
export async function connectNodes(page: Page, sourceTitle: string, targetTitle: string): Promise<void> {
  const source = canvasNode(page, sourceTitle).locator('.react-flow__handle-right');
  const target = canvasNode(page, targetTitle).locator('.react-flow__handle-left');
  await dragFromTo(page, source, target);
}

/** The view has reached where the plan opens (the opening zoom may jump it once after the first paint). */
export async function openingViewSettled(page: Page): Promise<void> {
  await canvasRegion(page).and(page.locator('[data-view="opened"]')).waitFor();
}

/**
 * The whole plan in view (Fit view, F), so every node can be reached by the mouse:
 * at the opening zoom the end of the pipeline may lie under the inspector.
 */
export async function showWholePlan(page: Page): Promise<void> {
  await openingViewSettled(page);
  await canvasRegion(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await viewAtRest(page);
}

/** Fit view and zooms animate: resolves once the view has stopped moving. */
export async function viewAtRest(page: Page): Promise<void> {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await expect
    .poll(async () => {
      const before = await transform();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return before === (await transform());
    })
    .toBe(true);
}
