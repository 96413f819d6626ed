// The requirements document as GitHub-flavoured Markdown: headings, tables, task
// lists for checklists, the diagram as a Mermaid code block. Plan text goes through
// ./markdown-escape.ts; the structure is ours, so it stays simple and fast.
import { createTranslator, type Translator } from '../i18n/index.js';
import type { Block, Cell, RequirementsDocument } from './model.js';
import { escapeMarkdownInline as inline, escapeMarkdownLine as line, fencedCode } from './markdown-escape.js';
import { renderMermaid } from './mermaid.js';

function cellText(c: Cell): string {
  return c.detail ? `${inline(c.text)} — *${inline(c.detail)}*` : inline(c.text);
}

function table(columns: string[], rows: string[][]): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [row(columns.map(inline)), row(columns.map(() => '---')), ...rows.map(row)].join('\n');
}

function renderBlock(block: Block, tr: Translator): string {
  switch (block.kind) {
    case 'heading':
      return `### ${inline(block.text)}`;
    case 'paragraph':
      return line(block.text);
    case 'facts':
      return table([tr.t('document.item'), tr.t('document.value')], block.items.map((f) => [inline(f.label), cellText(f.value)]));
    case 'table':
      if (!block.rows.length) return block.empty ? line(block.empty) : '';
      return table(block.columns, block.rows.map((r) => r.map(cellText)));
    case 'tasks':
      if (!block.items.length) return block.empty ? line(block.empty) : '';
      return block.items
        .map((t) => `- [${t.done ? 'x' : ' '}] ${inline(t.text)} — *${inline(t.details.join(' · '))}*`)
        .join('\n');
    case 'diagram':
      return block.diagram.nodes.length ? fencedCode(renderMermaid(block.diagram), 'mermaid') : line(block.empty);
    case 'code':
      return fencedCode(block.text, block.language);
  }
}

/** GitHub's heading anchor for a heading text (lowercase, punctuation dropped, spaces to hyphens). */
export function githubSlug(value: string): string {
  return value
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function documentToMarkdown(doc: RequirementsDocument): string {
  const tr = createTranslator(doc.lang);
  const parts: string[] = [`# ${inline(tr.t('document.title', { title: doc.title }))}`];
  if (doc.summary.trim()) parts.push(line(doc.summary));
  parts.push(
    tr.t('document.markdownMeta', {
      phase: inline(doc.phaseLabel),
      readiness: inline(doc.readiness.text),
      date: inline(doc.exportDate),
      version: inline(doc.appVersion),
    }),
    `## ${inline(tr.t('document.contents'))}`,
    doc.sections.map((s, i) => `${i + 1}. [${inline(s.title)}](#${githubSlug(`${i + 1}. ${s.title}`)})`).join('\n'),
  );
  doc.sections.forEach((section, i) => {
    parts.push(`## ${i + 1}. ${inline(section.title)}`, ...section.blocks.map((b) => renderBlock(b, tr)).filter(Boolean));
  });
  return parts.join('\n\n') + '\n';
}
