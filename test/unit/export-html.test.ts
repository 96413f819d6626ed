// The HTML export: one self-contained file without scripts, every section with
// its anchor, the diagram as inline SVG, print rules, and plan text always escaped.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml, SECTION_IDS } from '../../shared/export/index.js';
import { parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import { loadSample } from './support/sample-plan.js';

const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };

function loadFixture(name: string): Plan {
  const result = parsePlan(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Every element name the exporter itself writes; anything else would have come from plan text. */
const OUR_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'p', 'h1', 'h2', 'h3', 'dl', 'div', 'dt', 'dd', 'strong',
  'nav', 'ol', 'li', 'a', 'span', 'main', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'figure',
  'figcaption', 'pre', 'code', 'footer', 'svg', 'defs', 'marker', 'path', 'g', 'rect', 'text', 'tspan',
]);
const tagsIn = (html: string) => new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
/** Event-handler attributes inside real tags (escaped plan text cannot contain "<", so this reads only our markup). */
const handlerAttributes = (html: string) => (html.match(/<[a-zA-Z][^>]*>/g) ?? []).filter((tag) => /\son[a-z]+\s*=/i.test(tag));
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

describe('renderHtml on the sample plan', () => {
  const html = renderHtml(loadSample(), OPTS);

  it('is a complete, self-contained document without scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Subscriber churn scoring — IT requirements</title>');
    expect(html).not.toMatch(/<script/i);
    expect(handlerAttributes(html)).toEqual([]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i); // nothing loaded from elsewhere
    expect(html).not.toMatch(/<link\b|@import|url\((?!#)/i); // url(#arrow) is the SVG's own marker
    expect([...tagsIn(html)].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
  });

  it('has a table of contents linking to every section, in order', () => {
    const toc = between(html, '<nav class="toc"', '</nav>');
    expect([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual([...SECTION_IDS]);
    const sectionIds = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sectionIds).toEqual([...SECTION_IDS]);
    expect(html).toContain('<h2><span class="num">4</span>System inventory</h2>');
  });

  it('draws the diagram as inline SVG: a box per system, a path per flow', () => {
    const svg = between(html, '<svg', '</svg>');
    expect(svg).toContain('viewBox="-24 -24 1748 372"');
    expect(svg.match(/<g class="node"/g)).toHaveLength(9); // the note is not a system
    expect(svg.match(/<rect /g)).toHaveLength(9);
    expect(svg.match(/<path class="edge[ "]/g)).toHaveLength(8);
    expect(svg.match(/<path class="edge cross"/g)).toHaveLength(4);
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('>Billing database</tspan>');
    expect(svg).toContain('>DATA SOURCE</text>');
    expect(svg).toContain('>REST · daily</text>');
    expect(between(html, '<figcaption', '</figcaption>')).toContain('Platform Engineering');
  });

  it('shows table values from the plan', () => {
    const inventory = between(html, '<section id="system-inventory"', '</section>');
    expect(inventory).toContain('<td>Billing database<div class="detail">Invoices, payments and plan changes.</div></td>');
    expect(inventory).toContain('<td>Platform Engineering</td>');
    expect(between(html, '<section id="integrations"', '</section>')).toContain('<span class="tone tone-warning">Not agreed</span>');
    expect(between(html, '<section id="checklists"', '</section>')).toContain('<li class="done"><span class="box" aria-label="done">✓</span><span class="task-text">Document every feature with its source columns</span>');
  });

  it('carries a print stylesheet: A4 pages, page breaks, repeated table headers, unsplit rows, CJK fonts', () => {
    expect(html).toContain('@page{size:A4;');
    expect(html).toContain('@media print');
    expect(html).toContain('section.new-page{break-before:page}');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toMatch(/tr,[^{]*\{break-inside:avoid\}/);
    expect(html).toContain("'Noto Sans CJK SC'");
    expect(html).toContain('<section id="pipeline-diagram" class="major new-page">');
  });

  it('is the same text every time', () => {
    expect(renderHtml(loadSample(), OPTS)).toBe(html);
  });
});

describe('renderHtml on a hostile plan', () => {
  const plan = loadFixture('export-hostile.handoff.json');
  const html = renderHtml(plan, OPTS);

  it('writes no element, attribute or script that plan text asked for', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe|<img|<b>|<br>|<\/td><\/tr><tr><td>injected/i);
    expect([...tagsIn(html)].filter((t) => !OUR_TAGS.has(t))).toEqual([]);
    expect(handlerAttributes(html)).toEqual([]);
  });

  it('shows the hostile text escaped, in the title, the tables and the diagram', () => {
    expect(html).toContain(`<title>${escapeHtml(plan.title)} — IT requirements</title>`);
    expect(html).toContain('&lt;script&gt;alert(&quot;node&quot;)&lt;/script&gt;');
    expect(html).toContain('accept | &lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;injected');
    expect(html).toContain('<td>&lt;iframe src=&quot;//evil.example&quot;&gt;&lt;/iframe&gt;</td>');
    const svg = between(html, '<svg', '</svg>');
    expect(svg.match(/<g class="node"/g)).toHaveLength(4);
    expect(svg).toContain('data-type="data-source"');
    expect(svg).not.toContain('</svg><script>');
  });

  it('keeps every table row the width of its header', () => {
    for (const table of html.match(/<table class="grid[^"]*">[\s\S]*?<\/table>/g) ?? []) {
      const head = (between(table, '<thead>', '</thead>').match(/<th /g) ?? []).length;
      for (const row of table.split('<tbody>')[1].match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
        expect((row.match(/<td>/g) ?? []).length).toBe(head);
      }
    }
  });
});
