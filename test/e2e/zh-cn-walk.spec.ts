// A walk through the editor in a browser whose language is Chinese (zh-CN):
// start screen → template → new nodes → inspector → readiness → export dialog.
// At each stop every text a person can see or a screen reader announces
// (visible text, accessible names, tooltips, placeholders) is collected, plan
// content is taken out, and any English word left over fails the test, except
// the product names and acronyms listed below.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../shared/i18n/index';
import { RULES } from '../../shared/rules/registry';
import { createPlanFromTemplate } from '../../shared/templates/index';
import { canvasNode, showWholePlan } from './support/canvas';
import { expect, REPO_ROOT, test } from './support/serve';

/**
 * Names and acronyms that stay as they are in Chinese software, and the rule ids
 * (identifiers of the plan format, which scripts and the documents name as they are).
 */
const KEPT_IN_LATIN = [
  ...RULES.map((rule) => rule.id),
  'Handoff Studio',
  'Handoff',
  'PDF',
  'HTML',
  'Markdown',
  'Mermaid',
  'SVG',
  'PNG',
  'CSV',
  'JSON',
  'Jira',
  'GitHub',
  'RACI',
  'KPI',
  'SLA',
  'CRM',
  'ERP',
  'BI',
  'ETL',
  'ML',
  'IT',
  'API',
  'URL',
  'QR',
  'REST',
  'gRPC',
  'ID',
  // Keys on the keyboard, as shortcut hints write them.
  'Ctrl',
  'Shift',
  'Alt',
  'Cmd',
  'Enter',
  'Esc',
  'Escape',
  'Tab',
  'Del',
  'Delete',
  'Backspace',
  'F2',
  'English',
  // Tools and units Chinese documentation writes in Latin letters.
  'wiki',
  'git',
  'gh',
  'KB',
  'MB',
  'A4',
];

const zh = createTranslator('zh-CN');
const TEMPLATE_ID = 'batch-scoring';
const TEMPLATE_NAME = zh.content('Batch scoring into a business application');

/** The fields of a plan that hold text a person wrote (not ids, closed-list values or dates). */
const TEXT_FIELDS = new Set(['title', 'summary', 'description', 'notes', 'tech', 'volume', 'retention', 'acceptance', 'text', 'category', 'name', 'role', 'label', 'contract', 'frequency', 'objective', 'customerImpact', 'problem', 'resolution', 'kpis']);

/** Every text the plan made from the template holds: plan content, which is never translated. */
function planTexts(): string[] {
  const plan = createPlanFromTemplate(TEMPLATE_ID, { lang: 'zh-CN', planId: 'walk' });
  const texts: string[] = [];
  const collect = (value: unknown, field = ''): void => {
    if (typeof value === 'string') {
      if (TEXT_FIELDS.has(field)) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, field));
    else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) collect(v, key);
  };
  collect(plan);
  return texts.filter((t) => t.length > 1);
}

/** The texts of the page a person can see or hear: text nodes of visible elements, accessible names, tooltips, placeholders. */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const visible = (el: Element): boolean => {
      if (el.closest('[aria-hidden="true"]')) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('script, style, svg text, [data-plan-content]')) continue;
      if (visible(parent)) out.add(text);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]'))) {
      if (!visible(el)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attribute)?.trim();
        if (value) out.add(value);
      }
    }
    // An option's text is read when the picker opens.
    for (const option of Array.from(document.querySelectorAll('select option'))) {
      const select = option.closest('select');
      if (select && visible(select) && option.textContent?.trim()) out.add(option.textContent.trim());
    }
    return [...out];
  });
}

/** What is left of a text once plan content and the kept names are taken out: English words, if any. */
function englishLeft(text: string, content: readonly string[]): string[] {
  let rest = text;
  for (const piece of content) if (piece && rest.includes(piece)) rest = rest.split(piece).join(' ');
  for (const kept of [...KEPT_IN_LATIN].sort((a, b) => b.length - a.length)) rest = rest.replace(new RegExp(`(?<![\\w-])${kept.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), ' ');
  // A suggested file name ends in its extension (.pdf, .md): part of the name, not a word.
  rest = rest.replace(/\.[a-z]{2,4}\b/g, ' ');
  // A word: two or more Latin letters (units such as "ms", "px", versions and file names are not words of the interface).
  return (rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []).filter((word) => !/^(ms|px|v\d)/.test(word));
}

async function expectNoEnglish(page: Page, stop: string, content: readonly string[]): Promise<void> {
  const texts = await interfaceTexts(page);
  const english = texts.map((text) => ({ text, words: englishLeft(text, content) })).filter((t) => t.words.length > 0);
  expect(english, `English left on "${stop}"`).toEqual([]);
}

test.use({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });

test('the editor speaks Chinese from the start screen to the export dialog', async ({ page, served }) => {
  const content = planTexts();
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: TEMPLATE_NAME })).toBeVisible();
  // The start screen lists the folder's plans: their titles and file names are plan content too.
  for (const file of (await readdir(served.dir)).filter((name) => name.endsWith('.handoff.json'))) {
    content.push(file, (JSON.parse(await readFile(join(served.dir, file), 'utf8')) as { title: string }).title);
  }
  content.push(served.dir, basename(served.dir));
  await expectNoEnglish(page, 'start screen', content);

  await page.getByRole('button', { name: TEMPLATE_NAME }).click();
  const firstNode = zh.content('Customer database');
  await expect(canvasNode(page, firstNode)).toBeVisible();
  await expectNoEnglish(page, 'editor', content);

  // Two new parts from the palette: their titles are the node types' Chinese names.
  for (const type of ['data-source', 'dashboard'] as const) {
    const name = zh.t(`vocab.nodeType.${type}`);
    await page.getByRole('button', { name: zh.t('ui.canvas.palette.add', { type: name }) }).click();
    content.push(name);
  }
  await showWholePlan(page);
  await expectNoEnglish(page, 'editor with new nodes', content);

  await canvasNode(page, firstNode).click();
  await expect(page.locator('.inspector input').first()).toBeVisible();
  await expectNoEnglish(page, 'inspector', content);
  // Kept for people to look at (test/artifacts/, not committed): the editor in Chinese, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.screenshot({ path: join(REPO_ROOT, 'test/artifacts', `editor-zh-CN-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await expect(page.locator('.readiness, [data-panel="readiness"]').first()).toBeVisible();
  await expectNoEnglish(page, 'readiness', content);

  await page.getByRole('button', { name: zh.t('ui.app.topBar.export') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The preview is the document itself (in the document's language, Chinese here): plan content and all.
  await expectNoEnglish(page, 'export dialog', content);
});
