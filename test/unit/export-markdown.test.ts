// The Markdown export: GFM read back with micromark's GFM parser (what GitHub's
// renderer follows), and its Mermaid flowchart read back with Mermaid's own
// flowchart parser (mermaid 11 in Node).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import type { Code, Heading, List, Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDiagram, mermaidLabel, renderMarkdown, renderMermaid } from '../../shared/export/index.js';
import { escapeMarkdownInline, escapeMarkdownLine, fencedCode } from '../../shared/export/markdown-escape.js';
import { parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import { loadSample } from './support/sample-plan.js';

const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };

function loadFixture(name: string): Plan {
  const result = parsePlan(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

// ------------------------------------------------------------ Markdown, read back

const parseMarkdown = (md: string): Root => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function all<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found as Extract<Nodes, { type: T }>[];
}

const tableRows = (table: Table) => table.children.map((row) => row.children.map((c) => toString(c)));
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

// ------------------------------------------------------------ Mermaid, read back

interface Flowchart {
  vertices: { id: string; text: string; type: string }[];
  edges: { start: string; end: string; text: string }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
}

let readFlowchart: (text: string) => Promise<Flowchart>;

/** Mermaid writes entity codes as placeholders while parsing (#35; → ﬂ°°35¶ß); turn them back into characters. */
function decodeMermaid(text: string): string {
  if (/ﬂ°(?!°)/.test(text)) throw new Error(`named entity left in label: ${text}`);
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

beforeAll(async () => {
  // Mermaid sanitises labels with DOMPurify, which needs a browser window. Parsing
  // only needs its hooks to exist, so give the window-less instance no-op ones.
  const { default: purify } = await import('dompurify');
  const shim = purify as unknown as Record<string, unknown>;
  if (typeof shim['addHook'] !== 'function') {
    shim['addHook'] = () => {};
    shim['removeHook'] = () => {};
    shim['removeHooks'] = () => {};
    shim['sanitize'] = (value: unknown) => String(value);
  }
  const { default: mermaid } = await import('mermaid');
  readFlowchart = async (text) => {
    await mermaid.parse(text); // throws on a syntax error
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as unknown as {
      getVertices(): Map<string, { id: string; text: string; type: string }>;
      getEdges(): { start: string; end: string; text: string }[];
      getSubGraphs(): { id: string; title: string; nodes: string[] }[];
    };
    const subgraphs = db.getSubGraphs().map((s) => ({ id: s.id, title: decodeMermaid(s.title), nodes: s.nodes }));
    // `style team_0 …` records a vertex entry that Mermaid applies to the subgraph of that id: not a node.
    const groupIds = new Set(subgraphs.map((s) => s.id));
    return {
      vertices: [...db.getVertices().values()]
        .filter((v) => !groupIds.has(v.id))
        .map((v) => ({ id: v.id, text: decodeMermaid(v.text), type: v.type })),
      edges: db.getEdges().map((e) => ({ start: e.start, end: e.end, text: decodeMermaid(e.text) })),
      subgraphs,
    };
  };
}, 30_000);

describe('renderMarkdown on the sample plan', () => {
  const md = renderMarkdown(loadSample(), OPTS);
  const tree = parseMarkdown(md);

  it('has the title and the fourteen numbered sections in order', () => {
    const headings = all(tree, 'heading') as Heading[];
    expect(toString(headings[0])).toBe('Subscriber churn scoring: IT requirements');
    expect(headings.filter((h) => h.depth === 2).map((h) => toString(h))).toEqual([
      'Contents',
      '1. Document control',
      '2. Business context and KPIs',
      '3. Pipeline diagram',
      '4. System inventory',
      '5. Integrations',
      '6. Handoff points',
      '7. Sign-offs',
      '8. RACI matrix',
      '9. Requirements',
      '10. Checklists by phase',
      '11. ML Test Score',
      '12. Phases and milestones',
      '13. Open questions, risks and decisions',
      '14. Workshop record',
      '15. Readiness findings',
    ]);
    expect(md).toContain('[Pipeline diagram](#3-pipeline-diagram)');
  });

  it('writes tables GitHub renders, with values from the plan', () => {
    const tables = all(tree, 'table');
    const inventory = tables.find((t) => toString(t.children[0]).startsWith('System') && t.children[0].children.length === 7)!;
    expect(tableRows(inventory)[1]).toEqual([
      'Billing database — Invoices, payments and plan changes.',
      'Data source',
      'Platform Engineering',
      'Platform Engineering',
      'Chen Wei',
      '—',
      'Restricted, personal data — retention 7 years',
    ]);
    expect(md).toContain('| Plan id | plan-churn-scoring |');
  });

  it('writes checklists as task lists', () => {
    expect(md).toContain('- [x] Document every feature with its source columns — *Churn feature pipeline · assigned to Ben Okafor*');
    expect(md).toContain('- [ ] Share the prototype notebook with Platform Engineering');
    const tasks = all(tree, 'listItem').filter((i) => typeof i.checked === 'boolean');
    expect(tasks.map((t) => t.checked)).toEqual([true, false, false, false, false]);
  });

  it('ends with the findings as JSON that parses to the spec shape', () => {
    const json = (all(tree, 'code') as Code[]).find((c) => c.lang === 'json')!;
    expect(JSON.parse(json.value).map((f: { ruleId: string }) => f.ruleId)).toEqual(['privacy-review', 'integration-contract', 'phase-gate']);
  });

  it('has a Mermaid flowchart that Mermaid parses: shapes by type, subgraphs by team, labelled edges', async () => {
    const code = (all(tree, 'code') as Code[]).find((c) => c.lang === 'mermaid')!;
    const chart = await readFlowchart(code.value);
    expect(chart.vertices.map((v) => [v.text, v.type])).toEqual([
      ['Churn feature pipeline', 'subroutine'],
      ['Weekly retraining', 'subroutine'],
      ['Churn model v3', 'hexagon'],
      ['Backtest and fairness review', 'trapezoid'],
      ['Billing database', 'cylinder'],
      ['Product usage events', 'cylinder'],
      ['Nightly scoring', 'subroutine'],
      ['Drift and outcome monitoring', 'inv_trapezoid'],
      ['CRM call list', 'stadium'],
    ]);
    expect(chart.subgraphs.map((s) => [s.title, s.nodes.length]).sort()).toEqual([
      ['CRM Applications', 1],
      ['Customer Analytics', 4],
      ['Platform Engineering', 4],
    ]);
    expect(chart.edges).toHaveLength(8);
    expect(chart.edges.map((e) => e.text)).toContain('REST · daily');
  });

  it('is the same text every time', () => {
    expect(renderMarkdown(loadSample(), OPTS)).toBe(md);
  });
});

describe('renderMarkdown on a hostile plan', () => {
  const plan = loadFixture('export-hostile.handoff.json');
  const md = renderMarkdown(plan, OPTS);
  const tree = parseMarkdown(md);

  it('lets no plan text become HTML', () => {
    expect(all(tree, 'html')).toEqual([]);
    // A raw "<script" may appear only inside a code block (the findings JSON), where it is text.
    const codeRanges = all(tree, 'code').map((c) => [c.position!.start.offset!, c.position!.end.offset!]);
    for (const match of md.matchAll(/(?<!\\)<script/gi)) {
      expect(codeRanges.some(([from, to]) => match.index >= from && match.index < to)).toBe(true);
    }
  });

  it('keeps every table intact: hostile text stays inside its cell', () => {
    const tables = all(tree, 'table');
    for (const table of tables) {
      const width = table.children[0].children.length;
      for (const row of table.children) expect(row.children).toHaveLength(width);
    }
    const inventory = tables.find((t) => t.children[0].children.length === 7)!;
    const node = plan.nodes![0];
    expect(tableRows(inventory)[1][0]).toBe(`${oneLine(node.title)} — ${node.description}`);
    const flows = tables.find((t) => toString(t.children[0].children[0]) === 'Flow')!;
    expect(tableRows(flows)[1][4]).toBe('| broken | table |');
  });

  it('keeps headings, task lists and code blocks where they belong', () => {
    expect((all(tree, 'heading') as Heading[]).filter((h) => h.depth === 2)).toHaveLength(16);
    expect(all(tree, 'code').map((c) => c.lang)).toEqual(['mermaid', 'json']);
    const tasks = all(tree, 'listItem').filter((i) => typeof i.checked === 'boolean');
    expect(tasks).toHaveLength(2);
    expect(toString(tasks[0])).toContain('[ ] fake task | x - [x] another');
    const lists = all(tree, 'list') as List[];
    expect(lists.every((l) => l.children.length > 0)).toBe(true);
  });

  it('writes a Mermaid flowchart whose labels come back exactly as the plan wrote them', async () => {
    const code = (all(tree, 'code') as Code[]).find((c) => c.lang === 'mermaid')!;
    expect(code.value).toBe(renderMermaid(buildDiagram(plan)).trimEnd());
    const chart = await readFlowchart(code.value);
    const drawn = plan.nodes!.filter((n) => n.type !== 'note');
    expect(chart.vertices.map((v) => v.text).sort()).toEqual(drawn.map((n) => n.title.replace(/\s+/g, ' ').trim()).sort());
    expect(chart.vertices.every((v) => /^n_[A-Za-z0-9_]+$/.test(v.id))).toBe(true);
    expect(chart.edges).toHaveLength(3); // the edge to a missing node is left out, not invented
    expect(chart.edges[0].text).toBe('a|b]"c · REST · daily; %%{init}%% <br>');
    expect(chart.subgraphs.map((s) => s.title)).toEqual(plan.teams!.map((t) => t.name));
  });
});

describe('mermaidLabel', () => {
  const HOSTILE = ['|', '`', '<', '>', '/', 'script', ']', '[', '"', "'", '\n', '%%', '%', ';', '#', 'quot', '35', '&', '{', '}', '(', ')', ':', '-->', 'end', ' ', 'a', '中', '\\'];

  it('round-trips any text through a node label, an edge label and a subgraph title', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')), async (text) => {
        const expected = text.replace(/\s+/g, ' ').trim();
        fc.pre(expected.length > 0);
        const label = mermaidLabel(text);
        const chart = await readFlowchart(
          `flowchart LR\n  subgraph t_0["${label}"]\n    n_a["${label}"]\n  end\n  n_b{{"${label}"}}\n  n_a -->|"${label}"| n_b\n`,
        );
        expect(chart.vertices.map((v) => v.text)).toEqual([expected, expected]);
        expect(chart.edges.map((e) => e.text)).toEqual([expected]);
        expect(chart.subgraphs.map((s) => s.title)).toEqual([expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('uses only characters that are inert inside a quoted label', () => {
    expect(mermaidLabel('a | `b` <script>"c"</script> ] %% ; # d\ne')).toBe(
      'a #124; #96;b#96; #60;script#62;#34;c#34;#60;/script#62; #93; #37;#37; #59; #35; d e',
    );
  });
});

describe('the Markdown escaper', () => {
  const PIECES = ['|', '`', '``', '<', '>', '<script>', '</td>', ']', '[', '[ ]', '[x]', '(', ')', '!', '"', "'", '\n', '\n\n', '  ', '\t',
    '*', '**', '_', '__', '~', '~~', '$', '#', '##', '-', '---', '+', '=', '===', '1.', '2)', '&', '&amp;', '&#35;', '\\', ':', '^', '{', '}',
    'a', 'word', ' ', '中文', 'www.example.com', 'http://x.y', 'HTTPS://', 'www.', '@user', 'a@b.co', 'mailto:', '%%'];
  const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));
  const expected = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('keeps any text as that text in a table cell, a paragraph, a task item and a heading', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        fc.pre(expected(text).length > 0);
        const md = [
          `### ${escapeMarkdownInline(text)}`,
          escapeMarkdownLine(text),
          `- [ ] ${escapeMarkdownInline(text)}`,
          `| A | B |\n| --- | --- |\n| ${escapeMarkdownInline(text)} | x |`,
        ].join('\n\n');
        const tree = parseMarkdown(md);
        expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list', 'table']);
        const [heading, paragraph, list, table] = tree.children;
        expect(toString(heading)).toBe(expected(text));
        expect(toString(paragraph)).toBe(expected(text));
        expect((list as List).children).toHaveLength(1);
        expect((list as List).children[0].checked).toBe(false);
        expect(toString(list)).toBe(expected(text));
        expect(tableRows(table as Table)).toEqual([['A', 'B'], [expected(text), 'x']]);
        expect(all(tree, 'html')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves plain text alone and escapes only what Markdown would act on', () => {
    expect(escapeMarkdownInline('Churn model v3 (weekly), 2026-11-20: churn_billing_v1')).toBe('Churn model v3 (weekly), 2026-11-20: churn_billing_v1');
    expect(escapeMarkdownInline('a | `b` <script> [x] *y* _z_ ~s~ $m$ #1 &amp;')).toBe('a \\| \\`b\\` \\<script\\> \\[x\\] \\*y\\* \\_z\\_ \\~s\\~ \\$m\\$ \\#1 \\&amp;');
    expect(escapeMarkdownLine('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdownLine('- not a list')).toBe('\\- not a list');
  });

  it('fences code with more backticks than the code holds', () => {
    const tree = parseMarkdown(fencedCode('a\n````\n```mermaid\nb', 'json'));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'code', lang: 'json', value: 'a\n````\n```mermaid\nb' });
  });
});
