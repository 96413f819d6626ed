// The requirements document, rendered as Markdown or HTML (the PDF is the HTML printed
// by Chromium: electron/services/pdf.ts). See ./document.ts for what it contains.
import type { Plan } from '../model/types.js';
import { buildRequirementsDocument } from './document.js';
import { documentToHtml } from './html.js';
import { documentToMarkdown } from './markdown.js';
import type { ExportOptions } from './model.js';

export { buildRequirementsDocument, buildDiagram, SECTION_TITLES } from './document.js';
export { renderMermaid, mermaidLabel } from './mermaid.js';
export { renderDiagramSvg } from './svg.js';
export { escapeHtml } from './escape.js';
export { renderBacklog, backlogItems, backlogToJiraCsv, backlogToGithubIssues, backlogFileName, JIRA_COLUMNS } from './backlog.js';
export type { BacklogFormat, BacklogItem, BacklogOptions, GithubIssue } from './backlog.js';
export { recordExport, lastExportOf, changesSinceLastExport } from './export-record.js';
export type { ExportRecord, ChangesSinceExport } from './export-record.js';
export type * from './model.js';
export { SECTION_IDS } from './model.js';

export type ExportFormat = 'md' | 'html' | 'pdf';

export function renderMarkdown(plan: Plan, opts: ExportOptions): string {
  return documentToMarkdown(buildRequirementsDocument(plan, opts));
}

export function renderHtml(plan: Plan, opts: ExportOptions): string {
  return documentToHtml(buildRequirementsDocument(plan, opts));
}

/**
 * The file name an export is offered under: the title as a slug plus the extension,
 * "Subscriber churn scoring" → "subscriber-churn-scoring.md". Letters of any script
 * are kept ("客户流失评分.pdf"); characters no file system accepts are dropped.
 */
export function exportFileName(plan: Pick<Plan, 'title' | 'id'>, format: ExportFormat): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '');
  const base = slug(plan.title) || slug(plan.id) || 'plan';
  return `${base}.${format}`;
}
