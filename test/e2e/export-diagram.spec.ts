// The pipeline diagram on its own (issue 14, "Export"): from the export dialog,
// the sample plan's diagram as a standalone SVG file and as a PNG drawn from it
// at twice its size, checked as the files that land in the downloads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openPlan } from './panel-helpers';
import { EXAMPLES_DIR, expect, SAMPLE_PLAN, test } from './support/serve';

interface SamplePlan {
  nodes: { type: string; title: string }[];
}

async function exportFromDialog(page: Page, button: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export requirements document' });
  await expect(dialog).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  return download;
}

test('exports the diagram as a standalone SVG that draws every node of the plan', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  const download = await exportFromDialog(page, 'Export diagram as SVG…');
  expect(download.suggestedFilename()).toBe('subscriber-churn-scoring-diagram.svg');
  const file = testInfo.outputPath('diagram.svg');
  await download.saveAs(file);
  const svg = await readFile(file, 'utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);

  // Parsed as XML by the browser: no parse error, an <svg> root in the SVG namespace
  // with a size of its own, and each node's title (wrapped over tspans) as drawn text.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      hasStyle: root.querySelector('style')?.textContent?.includes('font-family') ?? false,
      titles: [...root.querySelectorAll('.node-title')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed).toMatchObject({ root: 'svg', namespace: 'http://www.w3.org/2000/svg', hasStyle: true });
  expect(parsed.width).toBeGreaterThan(400);
  expect(parsed.height).toBeGreaterThan(100);
  const plan = JSON.parse(await readFile(join(EXAMPLES_DIR, SAMPLE_PLAN), 'utf8')) as SamplePlan;
  const drawn = plan.nodes.filter((n) => n.type !== 'note').map((n) => n.title);
  expect(parsed.titles.sort()).toEqual(drawn.sort());
});

test('exports the diagram as a PNG at twice the SVG size', async ({ page, served }, testInfo) => {
  await openPlan(page, served);
  const download = await exportFromDialog(page, 'Export diagram as PNG…');
  expect(download.suggestedFilename()).toBe('subscriber-churn-scoring-diagram.png');
  const file = testInfo.outputPath('diagram.png');
  await download.saveAs(file);
  const png = await readFile(file);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The first chunk is IHDR: width and height as big-endian 32-bit numbers.
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(800);
  expect(height).toBeGreaterThanOrEqual(200);
  expect(png.length).toBeGreaterThan(10_000);
});
