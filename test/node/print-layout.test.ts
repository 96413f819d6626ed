// One print layout (shared/export/print-layout.ts) for every way the requirements
// document is printed: the stylesheet's @page rules, playwright-core's page.pdf
// (CLI, `handoff serve`) and Electron's printToPDF (desktop). The options objects
// are built by pure functions, so they are checked here without Electron.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../shared/export/index.js';
import { HTML_STYLE } from '../../shared/export/html-style.js';
import {
  PRINT_FOOTER_TEMPLATE,
  PRINT_LAYOUT,
  PRINT_PAGE_CSS,
  SANS_FONT_STACK,
  electronPdfOptions,
  playwrightPdfOptions,
  printHeaderTemplate,
} from '../../shared/export/print-layout.js';
import { loadSample } from '../unit/support/sample-plan.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const MM_PER_INCH = 25.4;

describe('the print layout', () => {
  it('gives both engines the same page: paper, CSS page size, margins, header, footer, outline and tags', () => {
    const title = 'Subscriber churn scoring';
    const chromium = playwrightPdfOptions(title);
    const electron = electronPdfOptions(title);
    for (const options of [chromium, electron]) {
      expect(options).toMatchObject({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        landscape: false,
        headerTemplate: printHeaderTemplate(title),
        footerTemplate: PRINT_FOOTER_TEMPLATE,
      });
    }
    expect(chromium.format).toBe(PRINT_LAYOUT.paper);
    expect(electron.pageSize).toBe(PRINT_LAYOUT.paper);
    const { marginsMm } = PRINT_LAYOUT;
    expect(chromium.margin).toEqual({ top: `${marginsMm.top}mm`, right: `${marginsMm.right}mm`, bottom: `${marginsMm.bottom}mm`, left: `${marginsMm.left}mm` });
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(electron.margins[side] * MM_PER_INCH).toBeCloseTo(marginsMm[side], 10);
    }
    expect([chromium.outline, chromium.tagged]).toEqual([true, true]);
    expect([electron.generateDocumentOutline, electron.generateTaggedPDF]).toEqual([true, true]);
  });

  it('is the page the stylesheet asks for, portrait with a landscape page for the pipeline diagram', () => {
    expect(PRINT_PAGE_CSS).toBe('@page{size:A4;margin:18mm 15mm 16mm 15mm}\n@page wide{size:A4 landscape}');
    expect(HTML_STYLE).toContain(PRINT_PAGE_CSS);
    expect(HTML_STYLE).toContain(`section#pipeline-diagram{page:${PRINT_LAYOUT.widePage}}`);
    expect(HTML_STYLE).toContain(`html{font-family:${SANS_FONT_STACK};`);
    const html = renderHtml(loadSample(), { exportDate: '2026-11-20', appVersion: '0.1.0' });
    expect(html).toContain(PRINT_PAGE_CSS);
  });

  it('runs the header and footer in the document font, inset by the page margins', () => {
    const { left, right } = PRINT_LAYOUT.marginsMm;
    for (const template of [printHeaderTemplate('x'), PRINT_FOOTER_TEMPLATE]) {
      expect(template).toContain(`font-family:${SANS_FONT_STACK};`);
      expect(template).toContain(`margin:0 ${right}mm 0 ${left}mm`);
    }
    expect(printHeaderTemplate('x')).toContain(`<span>${PRINT_LAYOUT.headerLabel}</span>`);
    expect(PRINT_FOOTER_TEMPLATE).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('shows the plan title in the header as text, never as markup', () => {
    const header = printHeaderTemplate(`Evil | <script>alert("x")</script> & 'co'`);
    expect(header).toContain('Evil | &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(header).not.toContain('<script>');
  });

  it('is what both print paths pass, with no page settings of their own', () => {
    // The desktop printer imports electron, so both printers are read rather than run here
    // (test/node/pdf.test.ts runs the Chromium one).
    const cli = read('electron/services/pdf.ts');
    const desktop = read('electron/shell/print-pdf.ts');
    expect(cli).toContain('await page.pdf(playwrightPdfOptions(options.title))');
    expect(desktop).toContain('printToPDF(electronPdfOptions(title))');
    for (const source of [cli, desktop]) {
      expect(source).not.toMatch(/headerTemplate|footerTemplate|margins?\s*:|pageSize|format:\s*'A4'|font-family/);
    }
  });
});
