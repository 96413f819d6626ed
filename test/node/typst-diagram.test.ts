// The pipeline diagram in the Typst print (shared/export/typst-diagram.ts): small
// diagrams stay one SVG image; large ones are drawn without the SVG's text and
// Typst sets the labels at the SVG's places. Typeset for real and read back with
// pdftotext -bbox; the page is rendered to test/artifacts/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { typesetDocumentPdf } from '../../electron/services/typst-pdf.js';
import { buildRequirementsDocument } from '../../shared/export/index.js';
import { renderDiagramSvg } from '../../shared/export/svg.js';
import { NATIVE_TEXT_ABOVE, typstDiagram } from '../../shared/export/typst-diagram.js';
import { createTranslator } from '../../shared/i18n/index.js';
import { generatePlan } from '../../bench/generate.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };

function diagramOf(nodes: number) {
  const plan = generatePlan(nodes);
  const doc = buildRequirementsDocument(plan, OPTS);
  const block = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'diagram');
  if (block?.kind !== 'diagram') throw new Error('no diagram');
  return { plan, doc, svg: renderDiagramSvg(block.diagram, doc.title, createTranslator('en')) };
}

const labelCount = (svg: string) => (svg.match(/<tspan|<text class="(?!node-title)/g) ?? []).length;

describe('typstDiagram', () => {
  it('keeps a small diagram one SVG image, text and all', () => {
    const { svg } = diagramOf(10);
    expect(labelCount(svg)).toBeLessThanOrEqual(NATIVE_TEXT_ABOVE);
    const code = typstDiagram(svg, '138mm');
    expect(code).toMatch(/^image\(bytes\(/);
    expect(code).toContain('<text class=\\"node-title');
  });

  it('draws a large diagram without SVG text and places every label as Typst text on the landscape page', () => {
    const { plan, doc, svg } = diagramOf(120);
    expect(labelCount(svg)).toBeGreaterThan(NATIVE_TEXT_ABOVE);
    const code = typstDiagram(svg, '138mm');
    expect(code).toMatch(/^diagram-with-labels\(/);
    expect(code).not.toContain('<text');
    // One label tuple per SVG label: (x, y, "class", "text", fill, middle).
    expect(code.match(/\((-?[\d.]+), (-?[\d.]+), "[\w-]+", /g)).toHaveLength(labelCount(svg));

    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'typst-diagram-120.pdf');
    writeFileSync(file, typesetDocumentPdf(doc));
    const page = Number(/Page\s+(\d+) size:\s+841\.89 x 595/.exec(execFileSync('pdfinfo', ['-f', '1', '-l', '6', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))![1]);
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const words = [...bbox.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
    // Every node's title is on the page, left to right in the order of the first row of the grid.
    const first = (plan.nodes ?? []).slice(0, 3).map((n) => words.find((w, i) => w.text === n.title.split(' ')[0] && words[i + 1]?.text === n.title.split(' ')[1]));
    expect(first.every(Boolean)).toBe(true);
    expect(first[0]!.x).toBeLessThan(first[1]!.x);
    expect(first[1]!.x).toBeLessThan(first[2]!.x);
    // Inside the diagram's box: below the heading, within the page's margins.
    for (const w of first) {
      expect(w!.x).toBeGreaterThan(42);
      expect(w!.y).toBeGreaterThan(100);
      expect(w!.y).toBeLessThan(595 - 45);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), file, path.join(ARTIFACTS, 'typst-diagram-120')], { stdio: 'ignore' });
  });
});
