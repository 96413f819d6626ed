// One print layout (shared/export/print-layout.ts) for every way the requirements
// document is printed: the PDF typeset by Typst, the same for the CLI and every host
// (`handoff serve`, workshops, the desktop app), and the HTML export's @page rules,
// which Chromium (and a person's own browser) prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../electron/server/index.js';
import { renderHtml } from '../../shared/export/index.js';
import { HTML_STYLE } from '../../shared/export/html-style.js';
import {
  PRINT_FOOTER_TEMPLATE,
  PRINT_LAYOUT,
  PRINT_PAGE_CSS,
  SANS_FONT_STACK,
  playwrightPdfOptions,
  printHeaderTemplate,
} from '../../shared/export/print-layout.js';
import { loadSample } from '../unit/support/sample-plan.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('the print layout', () => {
  it('gives Chromium the page of the layout: paper, margins, header, footer, outline and tags', () => {
    const title = 'Subscriber churn scoring';
    const chromium = playwrightPdfOptions(title);
    expect(chromium).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      landscape: false,
      headerTemplate: printHeaderTemplate(title),
      footerTemplate: PRINT_FOOTER_TEMPLATE,
      format: PRINT_LAYOUT.paper,
    });
    const { marginsMm } = PRINT_LAYOUT;
    expect(chromium.margin).toEqual({ top: `${marginsMm.top}mm`, right: `${marginsMm.right}mm`, bottom: `${marginsMm.bottom}mm`, left: `${marginsMm.left}mm` });
    expect([chromium.outline, chromium.tagged]).toEqual([true, true]);
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

  it('gives the same pages whoever prints: the CLI and a host (serve, workshop, desktop) typeset one way', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'handoff-print-'));
    const file = path.join(work, 'churn.handoff.json');
    writeFileSync(file, read('examples/churn-scoring.handoff.json'));
    try {
      const cliPdf = path.join(work, 'cli.pdf');
      const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/handoff.js'), 'export', file, '--format', 'pdf', '-o', cliPdf], {
        encoding: 'utf8',
        env: { ...process.env, HANDOFF_EXPORT_DATE: '2026-11-20' },
      });
      // Exit 1: the sample has an error finding (the document is written all the same).
      expect(cli.status).toBe(1);
      const server = await startServer({ dir: work, port: 0, dataDir: path.join(work, 'data'), announce: false, rendererDir: path.join(work, 'none') });
      try {
        const answer = await fetch(`${server.url}api/call/renderPdf`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ planText: read('examples/churn-scoring.handoff.json'), exportDate: '2026-11-20' }),
        });
        expect(answer.status).toBe(200);
        writeFileSync(path.join(work, 'host.pdf'), Buffer.from(((await answer.json()) as { base64: string }).base64, 'base64'));
      } finally {
        await server.close();
      }
      const text = (name: string) => spawnSync('pdftotext', ['-layout', path.join(work, name), '-'], { encoding: 'utf8' }).stdout;
      const pages = (name: string) => /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path.join(work, name)], { encoding: 'utf8' }).stdout)?.[1];
      expect(text('host.pdf')).toBe(text('cli.pdf'));
      expect(pages('host.pdf')).toBe(pages('cli.pdf'));
      expect(text('cli.pdf')).toContain('Contents');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
