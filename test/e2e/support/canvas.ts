// Helpers for driving the canvas the way a person does: by the names people see.
import type { Locator, Page } from '@playwright/test';

export function canvasRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Canvas' });
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
