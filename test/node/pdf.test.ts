// The PDF export, printed by the installed Chromium as a user's export would be:
// read back with pdftotext, page 1 and a middle page rendered with pdftoppm into
// test/artifacts/ (kept for a person to look at).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, findChromium, printHtmlToPdf } from '../../electron/services/pdf.js';
import { renderHtml } from '../../shared/export/index.js';
import { parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import { loadSample } from '../unit/support/sample-plan.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };

function loadFixture(name: string): Plan {
  const result = parsePlan(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Prints the plan's HTML export to test/artifacts/<name>.pdf and returns its path. */
async function exportPdf(plan: Plan, name: string): Promise<{ file: string; ms: number }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const started = performance.now();
  const pdf = await printHtmlToPdf(renderHtml(plan, OPTS), { title: plan.title });
  const ms = performance.now() - started;
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  return { file, ms };
}

/** The PDF's text in reading order, runs of white space (including wrapped lines) as one space. */
const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Each page's size in points, width by height, from pdfinfo. */
const pageSizes = (file: string): [number, number][] =>
  [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pageCount(file)), file], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

/** Renders one page at 60 dpi to test/artifacts/<name>-page<N>.png and returns the PNG's path. */
function renderPage(file: string, page: number, name: string): string {
  const prefix = path.join(ARTIFACTS, `${name}-page${page}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

/** Browser processes still running as children of this test process. */
const childBrowsers = () =>
  execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => /chrom/i.test(name));

describe('printHtmlToPdf', () => {
  it('prints the sample plan: title, table values, page header and footer', async () => {
    const { file, ms } = await exportPdf(loadSample(), 'export-sample');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    expect(text).toContain('Subscriber churn scoring');
    expect(text).toContain('Billing database');
    expect(text).toContain('Platform Engineering');
    expect(text).toContain('Masked replica view');
    expect(text).toContain('Not ready for Productionization');
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(4);
    const middle = pdfText(file, 4);
    expect(middle).toContain(`Page 4 of ${pages}`);
    expect(middle).toMatch(/^ ?Subscriber churn scoring .*IT requirements/); // the running header, first on the page
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    // The print layout's A4 pages: portrait, and landscape for the pipeline diagram only.
    const diagramPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) => /Pipeline diagram \d+ systems and/.test(pdfText(file, page)));
    expect(diagramPage).toBeDefined();
    expect(pageSizes(file)).toEqual(Array.from({ length: pages }, (_, i) => (i + 1 === diagramPage ? [842, 595] : [595, 842])));
    for (const page of [1, 4]) expect(statSync(renderPage(file, page, 'export-sample')).size).toBeGreaterThan(10_000);
    console.log(`sample plan PDF: ${pages} pages in ${Math.round(ms)} ms`);
    expect(childBrowsers()).toEqual([]);
  });

  it('prints Chinese text in the body and in the page header', async () => {
    const { file } = await exportPdf(loadFixture('export-chinese.handoff.json'), 'export-chinese');
    const text = pdfText(file);
    expect(text).toContain('客户流失评分');
    expect(text).toContain('计费数据库');
    expect(text).toContain('平台工程部');
    expect(text).toContain('Platform Engineering');
    expect(text).toContain('只能通过脱敏副本读取数据。');
    expect(pdfText(file, 2)).toMatch(/^ ?客户流失评分 .*IT requirements/);
    renderPage(file, 1, 'export-chinese');
  });

  it('shows a hostile title in the page header as text, not markup', async () => {
    const plan = loadFixture('export-hostile.handoff.json');
    const { file } = await exportPdf(plan, 'export-hostile');
    expect(pdfText(file, 2)).toContain('Evil | `plan` <script>alert(1)</script>');
    expect(pdfText(file)).toContain('accept | </td></tr><tr>');
  });

  it('names what to install when no browser is found', async () => {
    const previous = process.env['HANDOFF_CHROMIUM'];
    process.env['HANDOFF_CHROMIUM'] = '/nonexistent/chromium';
    try {
      const attempt = printHtmlToPdf('<p>x</p>', { title: 'x' });
      await expect(attempt).rejects.toBeInstanceOf(ChromiumNotFoundError);
      await expect(attempt).rejects.toThrow(/Install Chromium or Google Chrome \(Debian: apt-get install chromium\), or set HANDOFF_CHROMIUM/);
    } finally {
      if (previous === undefined) delete process.env['HANDOFF_CHROMIUM'];
      else process.env['HANDOFF_CHROMIUM'] = previous;
    }
  });
});

describe('findChromium', () => {
  it('uses HANDOFF_CHROMIUM when it names an executable, and only then', () => {
    expect(findChromium({ HANDOFF_CHROMIUM: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
    expect(findChromium({ HANDOFF_CHROMIUM: '/nonexistent/chromium' })).toBeNull();
    const notExecutable = path.join(ARTIFACTS, 'export-not-a-browser.txt');
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(notExecutable, 'not a browser', { mode: 0o644 });
    chmodSync(notExecutable, 0o644);
    expect(findChromium({ HANDOFF_CHROMIUM: notExecutable })).toBeNull();
    expect(findChromium({ HANDOFF_CHROMIUM: '/usr/bin' })).toBeNull(); // a directory is not a browser
  });

  it('falls back to the usual install paths', () => {
    expect(findChromium({})).toBe('/usr/bin/chromium');
  });
});
