// How the requirements document sits on paper, defined once for every way it is
// printed: the stylesheet's @page rules (a browser's own Print), Chromium driven
// by playwright-core (CLI, `handoff serve`) and Electron's printToPDF (desktop).
// Each engine names the same options differently; the two functions at the end
// translate this one layout into their option objects. The Typst print of the
// CLI (./typst.ts) takes its page, margins, header, footer, fonts and colours
// from here too.
import { escapeHtml } from './escape.js';
import type { SectionId } from './model.js';

/** The document's sans-serif stack; CJK fonts are in it so Chinese or Japanese titles render. */
export const SANS_FONT_STACK = `'Inter', 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', sans-serif`;

/** The document's colours: the HTML stylesheet's custom properties and the Typst print's palette. */
export const DOCUMENT_COLOURS = {
  ink: '#1f2933',
  muted: '#616e7c',
  faint: '#9aa5b1',
  rule: '#d9dee5',
  band: '#f3f5f8',
  accent: '#2f6fb3',
  ok: '#1e7a4c',
  'ok-bg': '#e5f4ec',
  error: '#b3261e',
  'error-bg': '#fbe9e7',
  warning: '#8a5a00',
  'warning-bg': '#fdf3dc',
  info: '#245b94',
  'info-bg': '#e7f0fa',
} as const;

/**
 * Sections that start on a new printed page; the short ones run on after the section
 * before (document control follows the contents on the first page).
 */
export const SECTIONS_ON_NEW_PAGE: ReadonlySet<SectionId> = new Set<SectionId>([
  'pipeline-diagram',
  'system-inventory',
  'requirements',
  'checklists',
  'readiness-findings',
]);

export const PRINT_LAYOUT = {
  paper: 'A4',
  /** Page margins; the running header and footer are drawn inside the top and bottom ones. */
  marginsMm: { top: 18, right: 15, bottom: 16, left: 15 },
  /** The named page for sections too wide for portrait (the pipeline diagram): landscape. */
  widePage: 'wide',
  /** Shown at the right of every page header. */
  headerLabel: 'IT requirements',
} as const;

const { paper, marginsMm, widePage } = PRINT_LAYOUT;

/** The stylesheet's page rules: portrait pages, and the landscape page that wide sections ask for. */
export const PRINT_PAGE_CSS =
  `@page{size:${paper};margin:${marginsMm.top}mm ${marginsMm.right}mm ${marginsMm.bottom}mm ${marginsMm.left}mm}\n` +
  `@page ${widePage}{size:${paper} landscape}`;

// Header and footer templates render in a page of their own, without the
// document's stylesheet: everything they need is inline.
const TEMPLATE_TEXT = `font-family:${SANS_FONT_STACK};font-size:8px;color:#616e7c;width:100%;margin:0 ${marginsMm.right}mm 0 ${marginsMm.left}mm`;

/** The running header: the plan title (escaped like any plan text) and the document's name. */
export function printHeaderTemplate(title: string): string {
  return (
    `<div style="${TEMPLATE_TEXT};display:flex;justify-content:space-between;border-bottom:0.5px solid #d9dee5;padding-bottom:3px">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;max-width:75%">${escapeHtml(title)}</span>` +
    `<span>${PRINT_LAYOUT.headerLabel}</span></div>`
  );
}

/** The running footer: "Page N of M" (Chromium fills in the numbers). */
export const PRINT_FOOTER_TEMPLATE = `<div style="${TEMPLATE_TEXT};text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/**
 * The options both engines share, in neutral names. The page size is the
 * stylesheet's (`preferCSSPageSize`), so wide sections turn landscape; `paper`
 * and the margins are what the engine falls back to.
 */
function printOptions(title: string) {
  return {
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: printHeaderTemplate(title),
    footerTemplate: PRINT_FOOTER_TEMPLATE,
  } as const;
}

/** Options for playwright-core's `page.pdf`: the HTML export printed by Chromium (benchmarks, people's own browsers print the same @page rules). */
export function playwrightPdfOptions(title: string) {
  return {
    ...printOptions(title),
    format: paper,
    landscape: false,
    margin: { top: `${marginsMm.top}mm`, right: `${marginsMm.right}mm`, bottom: `${marginsMm.bottom}mm`, left: `${marginsMm.left}mm` },
    outline: true,
    tagged: true,
  };
}

