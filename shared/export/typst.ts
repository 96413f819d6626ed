// The requirements document as Typst source, for the PDF the CLI prints
// (electron/services/typst-pdf.ts compiles it). Typst lays out long tables about
// six times faster than Chromium prints them and numbers the pages of its table
// of contents, which a browser's print cannot. Page, margins, header, footer,
// fonts and colours come from ./print-layout.ts like the HTML print's.
//
// Every piece of plan text enters the source as a Typst string literal (code
// mode, escaped by `str`), never as markup, so no plan text can format or run
// anything.
import { createTranslator, type Translator } from '../i18n/index.js';
import type { Block, Cell, RequirementsDocument, Section } from './model.js';
import { teamColour } from './palette.js';
import { renderDiagramSvg } from './svg.js';
import { DIAGRAM_HELPER, typstDiagram } from './typst-diagram.js';
import { DOCUMENT_COLOURS, PRINT_LAYOUT, SANS_FONT_STACK, SECTIONS_ON_NEW_PAGE } from './print-layout.js';

/** A Typst string literal holding `text` exactly. */
export function str(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (code < 0x20 || code === 0x7f) out += `\\u{${code.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}

/** The CSS font stack's families, in order, for Typst's per-glyph fallback (generic names dropped). */
export function typstFontFamilies(stack: string = SANS_FONT_STACK): string[] {
  const families = stack
    .split(',')
    .map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
    .filter((f) => f && !/^(sans-serif|serif|monospace|system-ui)$/.test(f));
  // What a browser's generic sans-serif usually resolves to on Linux, for the glyphs (✓, arrows) the others lack.
  return [...families, 'DejaVu Sans'];
}

const MONO_FAMILIES = ['JetBrains Mono', 'SF Mono', 'Consolas', 'DejaVu Sans Mono', 'Liberation Mono', 'Noto Sans Mono CJK SC'];
const HEADER_TITLE_MAX = 90;
/** A cell longer than this (a compact RACI's list of systems) may fill a page, so its table must be free to break. */
const SHORT_CELL_CHARS = 600;

const list = (items: string[]) => `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
const mm = (n: number) => `${n}mm`;

/**
 * "Page {page} of {total}" as Typst content: the catalog's words around the page
 * counters, so a language can put the numbers where its grammar wants them.
 */
function pageOf(tr: Translator): string {
  const [before, between, after] = tr.t('document.pageOf', { page: '\u0000', total: '\u0000' }).split('\u0000').map(markup);
  return `${before}#counter(page).display()${between}#counter(page).final().first()${after ?? ''}`;
}

/** Catalog text (ours, not the plan's) as Typst markup: the characters markup acts on are escaped. */
function markup(text: string): string {
  return text.replace(/[\\#*_$@<>[\]`~=/+-]/g, (ch) => `\\${ch}`);
}

/**
 * The text language: Typst breaks Chinese lines between any two characters, keeps
 * closing punctuation off a line's start and spaces CJK and Latin runs when it
 * knows the text is Chinese; the Chinese face comes first so punctuation is full width.
 */
function textSettings(doc: RequirementsDocument): string {
  if (doc.lang !== 'zh-CN') return `font: ${list(typstFontFamilies().map(str))}`;
  const fonts = ['Noto Sans CJK SC', ...typstFontFamilies().filter((f) => f !== 'Noto Sans CJK SC')];
  return `font: ${list(fonts.map(str))}, lang: "zh", region: "cn"`;
}

/** The page, the type and the helpers every block uses. */
function preamble(doc: RequirementsDocument, tr: Translator): string {
  const { marginsMm } = PRINT_LAYOUT;
  const title = doc.title.length > HEADER_TITLE_MAX ? `${doc.title.slice(0, HEADER_TITLE_MAX - 1).trimEnd()}…` : doc.title;
  const colours = Object.entries(DOCUMENT_COLOURS)
    .map(([name, value]) => `${str(name)}: rgb(${str(value)})`)
    .join(', ');
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.exportDate);
  return `#let c = (${colours})
#set document(title: ${str(tr.t('document.htmlTitle', { title: doc.title }))}, author: "Handoff Studio"${
    date ? `, date: datetime(year: ${Number(date[1])}, month: ${Number(date[2])}, day: ${Number(date[3])})` : ''
  })
#set page(
  paper: ${str(PRINT_LAYOUT.paper.toLowerCase())},
  margin: (top: ${mm(marginsMm.top)}, right: ${mm(marginsMm.right)}, bottom: ${mm(marginsMm.bottom)}, left: ${mm(marginsMm.left)}),
  header-ascent: 35%,
  header: {
    set text(6.5pt, fill: c.muted)
    grid(columns: (1fr, auto), column-gutter: 12pt, ${str(title)}, ${str(tr.t('document.headerLabel'))})
    v(-3pt)
    line(length: 100%, stroke: 0.4pt + c.rule)
  },
  footer: context align(right, text(6.5pt, fill: c.muted)[${pageOf(tr)}]),
)
#set text(${textSettings(doc)}, size: 9.5pt, fill: c.ink, fallback: true)
#set par(leading: 0.55em, spacing: 0.9em)
#set heading(numbering: "1")
#show heading: set text(weight: "bold", fill: rgb("#111827"))
#show heading.where(level: 1): it => block(width: 100%, above: 22pt, below: 10pt, sticky: true, stroke: (bottom: 1.5pt + c.ink), inset: (bottom: 5pt),
  text(14pt)[#if it.numbering != none { box(width: 1.6em, text(fill: c.accent, counter(heading).display())) }#it.body])
#show heading.where(level: 2): it => block(above: 14pt, below: 6pt, sticky: true, text(10.5pt, fill: rgb("#323f4b"), it.body))
#show outline.entry.where(level: 1): it => block(above: 5pt, link(it.element.location(), [#box(width: 1.8em, text(fill: c.accent, weight: "bold", it.prefix()))#it.inner()]))
#let badge(t, tone) = if tone == "muted" { text(fill: c.muted, t) } else {
  highlight(fill: c.at(tone + "-bg"), extent: 2pt, radius: 2pt, text(fill: c.at(tone), weight: "semibold", t))
}
#let cell(t, d: none, tone: none) = {
  if tone == none { t } else { badge(t, tone) }
  if d != none { linebreak(); text(size: 0.92em, fill: c.muted, d) }
}
#let grid-table(widths, size, head, ..cells) = {
  set text(size)
  table(
    columns: widths,
    inset: (x: 5pt, y: 4pt),
    // The rule under the header is the header cells' own: a stroke that is a function would run for every cell.
    stroke: (top: none, x: none, bottom: 0.5pt + c.rule),
    fill: (x, y) => if y == 0 { c.band } else if calc.even(y) { rgb("#f8f9fb") },
    table.header(..head.map(h => table.cell(stroke: (bottom: 1pt + c.faint), text(6.5pt, weight: "bold", fill: rgb("#3e4c59"), tracking: 0.03em, upper(h))))),
    ..cells,
  )
}
#let facts(..rows) = table(
  columns: (24%, 1fr), inset: (x: 0pt, y: 4pt), column-gutter: 12pt, stroke: (top: none, x: none, bottom: 0.5pt + c.rule),
  ..rows.pos().map(((k, v)) => (text(fill: c.muted, weight: "semibold", k), v)).flatten(),
)
#let task(done, t, details, warn) = (
  box(width: 8pt, height: 8pt, radius: 1.5pt, baseline: 1pt,
    stroke: 1pt + if done { c.ok } else if warn { c.warning } else { rgb("#7b8794") },
    fill: if done { c.ok }, align(center + horizon, text(6.5pt, fill: white, weight: "bold", if done { "✓" }))),
  { text(fill: if done { c.muted } else { c.ink }, t); linebreak(); text(7.5pt, fill: if warn and not done { c.warning } else { c.muted }, details) },
)
#let tasks(..items) = table(columns: (14pt, 1fr), inset: (x: 0pt, y: 4pt), stroke: (top: none, x: none, bottom: 0.5pt + c.rule), ..items.pos().flatten())
#let swatch(fill, stroke) = box(width: 10pt, height: 7pt, radius: 1pt, fill: rgb(fill), stroke: 1pt + rgb(stroke), baseline: 1pt)
${DIAGRAM_HELPER}`;
}

function cell(c: Cell): string {
  const extra = `${c.detail ? `, d: ${str(c.detail)}` : ''}${c.tone ? `, tone: ${str(c.tone)}` : ''}`;
  return extra ? `cell(${str(c.text)}${extra})` : str(c.text);
}

const WIDE_CHARS = '\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\uff00-\\uff60';
const WIDE = new RegExp(`[${WIDE_CHARS}]`, 'g');
const HAS_WIDE = new RegExp(`[${WIDE_CHARS}]`);

/** Width in Latin characters: CJK characters take two. */
const units = (text: string) => text.length + (text.match(WIDE)?.length ?? 0);

/**
 * The longest run without a break opportunity: a word, or one character of a CJK
 * run. `cjkWord` widens that to a short CJK run: in a Chinese document, labels such
 * as 数据源 read badly when broken, so a column keeps room for a few characters.
 */
function longestWord(text: string, cjkWord = 2): number {
  let longest = 0;
  for (const word of text.split(/[\s/-]+/)) longest = Math.max(longest, HAS_WIDE.test(word) ? Math.min(units(word), cjkWord) : word.length);
  return longest;
}

/**
 * Column widths as fractions of the line, the way a browser lays out an automatic
 * table (each column gets its longest word, the rest of the line goes by how much
 * text the column holds), estimated in characters from the text rather than
 * measured: Typst's own `auto` columns measure every cell and cost far more on
 * long tables.
 */
export function columnWeights(columns: string[], rows: Cell[][], lineChars = 120, cjkWord = 2): number[] {
  const min = columns.map((title) => Math.min(24, longestWord(title, cjkWord) + 1));
  const max = columns.map((title) => title.length + 1);
  for (const row of rows) {
    row.forEach((c, i) => {
      const texts = c.detail ? [c.text, c.detail] : [c.text];
      for (const text of texts) {
        min[i] = Math.max(min[i], Math.min(24, longestWord(text, cjkWord)));
        max[i] = Math.max(max[i], Math.min(lineChars, units(text)));
      }
    });
  }
  const pad = 2;
  const minTotal = min.reduce((a, b) => a + b + pad, 0);
  const spare = Math.max(0, lineChars - minTotal);
  const stretch = max.reduce((a, m, i) => a + (m - min[i]), 0) || 1;
  return min.map((m, i) => Math.max(1, Math.round(m + pad + (spare * (max[i] - m)) / stretch)));
}

/**
 * A JSON array one item per line (the findings appendix): the same data on a
 * tenth of the pages, since paper cannot fold indented JSON away.
 */
export function compactJsonList(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || value.length === 0) return text;
    return `[\n${value.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
  } catch {
    return text;
  }
}

function block(b: Block, doc: RequirementsDocument, tr: Translator): string {
  switch (b.kind) {
    case 'heading':
      return `#heading(level: 2, numbering: none, outlined: false, ${str(b.text)})`;
    case 'paragraph': {
      if (!b.tone) return `#par(${str(b.text)})`;
      const fill = b.tone === 'ok' || b.tone === 'error' ? `, fill: c.${b.tone}` : '';
      return `#par(text(weight: "semibold"${fill}, ${str(b.text)}))`;
    }
    case 'facts':
      return `#facts(${b.items.map((f) => `(${str(f.label)}, ${cell(f.value)})`).join(', ')})`;
    case 'table': {
      if (!b.rows.length) return b.empty ? `#par(emph(text(fill: c.muted, ${str(b.empty)})))` : '';
      const widths = list(columnWeights(b.columns, b.rows, 120, doc.lang === 'zh-CN' ? 8 : 2).map((w) => `${w}fr`));
      const size = b.columns.length > 6 ? '8pt' : '8.5pt';
      const cells = b.rows.map((r) => r.map(cell).join(', ')).join(',\n');
      const table = `grid-table(${widths}, ${size}, ${list(b.columns.map(str))},\n${cells})`;
      // Short tables stay on one page; long ones (many rows, or a few rows of long lists) break with the header repeated.
      const short = b.rows.length <= 6 && b.rows.every((r) => r.every((c) => c.text.length + (c.detail?.length ?? 0) <= SHORT_CELL_CHARS));
      return short ? `#block(breakable: false, ${table})` : `#${table}`;
    }
    case 'tasks':
      if (!b.items.length) return b.empty ? `#par(emph(text(fill: c.muted, ${str(b.empty)})))` : '';
      return `#tasks(${b.items.map((t) => `task(${t.done}, ${str(t.text)}, ${str(t.details.join(' · '))}, ${t.tone === 'warning'})`).join(',\n')})`;
    case 'diagram': {
      const d = b.diagram;
      if (!d.nodes.length) return `#par(emph(text(fill: c.muted, ${str(b.empty)})))`;
      const legend = d.teams.map((t, i) => legendItem(teamColour(i), t.name));
      if (d.nodes.some((n) => n.teamIndex === null)) legend.push(legendItem(teamColour(null), tr.t('document.noOwnerTeam')));
      legend.push(`box[#box(width: 16pt, baseline: -2.5pt, line(length: 16pt, stroke: 1.6pt + rgb("#3e4c59"))) #${str(tr.t('document.crossesTeams'))}]`);
      return (
        `#block(width: 100%, stroke: 0.5pt + c.rule, radius: 4pt, fill: rgb("#fcfcfd"), clip: true, inset: 4pt,\n` +
        `  ${typstDiagram(renderDiagramSvg(d, doc.title, tr), '138mm')})\n` +
        `#text(7.5pt, fill: c.muted, ${legend.join(' + h(12pt) + ')})`
      );
    }
    case 'code':
      // Plain monospaced lines, not `raw`: Typst's raw blocks cost about 1 ms a line.
      return (
        `#block(width: 100%, fill: c.band, stroke: 0.5pt + c.rule, radius: 4pt, inset: 8pt)[#set par(linebreaks: "simple", justify: false)\n` +
        `#text(font: ${list(MONO_FAMILIES.map(str))}, size: 7.5pt, ${str(b.language === 'json' ? compactJsonList(b.text) : b.text)})]`
      );
  }
}

function legendItem(colour: { fill: string; stroke: string }, name: string): string {
  return `box[#swatch(${str(colour.fill)}, ${str(colour.stroke)}) #${str(name)}]`;
}

function section(s: Section, doc: RequirementsDocument, tr: Translator): string {
  const body = `#heading(level: 1, ${str(s.title)}) <${s.id}>\n${s.blocks.map((b) => block(b, doc, tr)).join('\n')}`;
  // The diagram gets a landscape page of its own, like the HTML print's wide page.
  if (s.id === 'pipeline-diagram') return `#page(flipped: true)[\n${body}\n]`;
  return SECTIONS_ON_NEW_PAGE.has(s.id) ? `#pagebreak(weak: true)\n${body}` : body;
}

export function documentToTypst(doc: RequirementsDocument): string {
  const tr = createTranslator(doc.lang);
  const readinessTone = doc.readiness.ready ? 'ok' : 'error';
  const meta: [string, string][] = [
    [tr.t('document.control.planId'), doc.planId],
    [tr.t('document.control.currentPhase'), doc.phaseLabel],
    [tr.t('document.exported'), doc.exportDate],
    [tr.t('document.control.appVersion'), tr.t('document.appVersion', { version: doc.appVersion })],
  ];
  const metaCells = meta
    .map(([k, v]) => `[#text(6.5pt, weight: "bold", fill: c.muted, tracking: 0.1em, upper(${str(k)}))\\ #text(weight: "semibold", ${str(v)})]`)
    .join(', ');
  return `${preamble(doc, tr)}
#text(7.5pt, weight: "bold", fill: c.accent, tracking: 0.14em, upper(${str(tr.t('document.documentKind'))}))
#v(2pt)
#text(22pt, weight: "bold", fill: rgb("#111827"), ${str(doc.title)})
${doc.summary.trim() ? `#par(text(11pt, fill: rgb("#323f4b"), ${str(doc.summary)}))` : ''}
#v(6pt)
#block(width: 100%, stroke: 0.5pt + c.rule, radius: 4pt, clip: true,
  grid(columns: (1fr,) * 4, inset: (x: 9pt, y: 7pt), stroke: (x, y) => if x > 0 { (left: 0.5pt + c.rule) }, ${metaCells}))
#block(width: 100%, fill: c.at(${str(`${readinessTone}-bg`)}), stroke: (left: 3pt + c.${readinessTone}), radius: 4pt, inset: 8pt,
  text(fill: c.${readinessTone})[#text(7pt, weight: "bold", tracking: 0.1em, ${str(tr.t('document.readiness').toUpperCase())}) #h(6pt) #${str(doc.readiness.text)}])
#v(8pt)
#heading(level: 1, numbering: none, outlined: false, ${str(tr.t('document.contents'))})
#outline(title: none, depth: 1, indent: 0pt)
${doc.sections.map((s) => section(s, doc, tr)).join('\n')}
#v(24pt)
#line(length: 100%, stroke: 0.5pt + c.rule)
#text(7.5pt, fill: c.muted, ${str(tr.t('document.generated', { version: doc.appVersion, date: doc.exportDate, planId: doc.planId }))})
`;
}
